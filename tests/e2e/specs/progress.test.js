// Progress that is never lost: blocked, corrupt and full storage, two tabs, every kind of
// imported file, export then import, delete my data, private mode, and the printable
// completion record. Each case checks that nothing is lost and what message the learner sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  suite, serveStatic, Session, answerQuiz, MODULES, COURSE_ID, COURSE_VERSION, moduleIds, progressFile, finishedCourse, PROGRESS_KEY, CORRUPT_PREFIX, PROGRESS_VERSION,
} from '../harness.js';

const { env, withSession } = suite({ before, after });

/** Text as the learner reads it, without Fluent's invisible isolation marks. */
const plain = (s) => s.replace(/[\u2068\u2069]/g, '').trim();

/** Opens the step that holds question set `setId` of `module` and answers it. */
async function answerQuizOf(s, module, setId, page = s.page) {
  const step = moduleIds(module).stepOf[setId];
  await page.goto(`${s.baseUrl}#/m/${module}/${step}`);
  await answerQuiz(page, setId);
}

/** The state and score of every module on the course map. */
async function mapStates(page) {
  await page.locator('.module-card').nth(MODULES.length - 1).waitFor();
  const cards = await page.locator('.module-card').evaluateAll((all) => all.map((c) => [
    c.dataset.module,
    c.querySelector('.module-state').textContent,
    c.querySelector('.module-score')?.textContent ?? null,
  ]));
  return cards.map(([id, state, score]) => [id, plain(state), score === null ? null : plain(score)]);
}

/** Clicks `target` and returns the text of the file it downloads. */
async function downloadText(page, target) {
  const [download] = await Promise.all([page.waitForEvent('download'), target.click()]);
  return readFileSync(await download.path(), 'utf8');
}

/** Every localStorage key of the page. */
const storageKeys = (page) => page.evaluate(() => Object.keys(localStorage).sort());

const BANNER = '.banner';

/** What the import preview says of the ids of a file that the course does not have. */
const leftOut = (ids) => `Ces parties n'existent plus dans ce cours et ne seront pas importées : ${ids}. Le fichier vient peut-être d'une autre version du cours.`;
const FULL = "Il n'y a plus de place pour enregistrer ton avancement. Ta dernière sauvegarde est gardée. Exporte ton fichier pour ne rien perdre.";

test('blocked storage: the course still works in memory, a banner says so, and export keeps the answers', () =>
  withSession({}, async (s) => {
    await s.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    });
    await s.start();
    assert.equal(plain(await s.text(`${BANNER} p`)),
      "Ce navigateur ne permet pas d'enregistrer ton avancement. Tu peux continuer, mais il sera perdu à la fermeture de la page, sauf si tu l'exportes.");
    await answerQuizOf(s, '00-bienvenue', 'decouvrir');
    await s.page.goto(`${s.baseUrl}#/`);
    const states = Object.fromEntries((await mapStates(s.page)).map(([id, state]) => [id, state]));
    assert.equal(states['00-bienvenue'], 'En cours');
    const file = JSON.parse(await downloadText(s.page, s.page.locator(BANNER).getByRole('button', { name: 'Exporter maintenant' })));
    assert.ok(file.modules['00-bienvenue'].quiz_best.decouvrir, 'the answered set is in the exported file');
    assert.equal(file.locale.code, 'fr');
  }));

test('a corrupt save: the backup is loaded, the corrupt copy kept under amane.<course>.corrupt.*, and a banner says so', () =>
  withSession({}, async (s) => {
    await s.start('#/m/00-bienvenue/1');
    await s.waitStored('bienvenue');
    await s.page.goto(`${s.baseUrl}#/m/00-bienvenue/2`);
    await s.waitStored('avancer');
    const garbage = '{"format":"amane-progress","vers';
    await s.storageSet(PROGRESS_KEY, garbage);
    await s.page.goto(`${s.baseUrl}#/`);
    await s.reload();
    assert.equal(plain(await s.text(`${BANNER} p`)),
      'Ton avancement enregistré était abîmé : la dernière copie en bon état a été reprise. Tes tout derniers changements peuvent manquer.');
    const corrupt = (await storageKeys(s.page)).filter((k) => k.startsWith(CORRUPT_PREFIX));
    assert.equal(corrupt.length, 1);
    assert.equal(await s.storageGet(corrupt[0]), garbage);
    const main = JSON.parse(await s.storageGet(PROGRESS_KEY));
    assert.deepEqual(main.modules['00-bienvenue'].steps_read, ['bienvenue']);
    const states = Object.fromEntries((await mapStates(s.page)).map(([id, state]) => [id, state]));
    assert.equal(states['00-bienvenue'], 'En cours');
  }));

test('storage filled by another app: the old save stays intact, the learner is told, and nothing is lost on screen or on reload', () =>
  withSession({}, async (s) => {
    await s.start('#/m/00-bienvenue/1');
    await s.waitStored('bienvenue');
    const before = await s.storageGet(PROGRESS_KEY);
    const filled = await s.page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
        const value = 'x'.repeat(size);
        for (;;) {
          try { localStorage.setItem(`other-app.fill${n++}`, value); } catch (e) {
            if (e.name !== 'QuotaExceededError') throw e;
            break;
          }
        }
      }
      return n;
    });
    assert.ok(filled > 10, 'the storage was filled');
    await answerQuizOf(s, '00-bienvenue', 'decouvrir');
    assert.equal(plain(await s.text(`${BANNER} p`)), FULL);
    assert.equal(await s.storageGet(PROGRESS_KEY), before, 'the last good save is intact');
    assert.ok(await s.page.locator('.quiz-result').isVisible(), 'the answers stay on screen');
    const file = JSON.parse(await downloadText(s.page, s.page.locator(BANNER).getByRole('button', { name: 'Exporter maintenant' })));
    assert.ok(file.modules['00-bienvenue'].quiz_best.decouvrir, 'the export holds the unsaved answers');
    await s.page.goto(`${s.baseUrl}#/`);
    await s.reload();
    assert.equal(await s.page.locator('.language-picker').count(), 0, 'the saved language is still read');
    const states = Object.fromEntries((await mapStates(s.page)).map(([id, state]) => [id, state]));
    assert.equal(states['00-bienvenue'], 'En cours', 'the saved progress is still read');
  }));

test('two tabs answering different questions: both answers are kept in both tabs and in storage', () =>
  withSession({}, async (s) => {
    await s.start();
    const other = await s.context.newPage();
    s.watch(other);
    await other.goto(s.baseUrl);
    await other.waitForSelector('main h1');
    await answerQuizOf(s, '00-bienvenue', 'decouvrir');
    await answerQuizOf(s, '01-ma-vie-en-ligne', 'vie-en-ligne', other);
    const merged = (module) => `document.querySelector('.module-card[data-module="${module}"] .module-state')?.textContent === 'En cours'`;
    for (const page of [s.page, other]) {
      await page.goto(`${s.baseUrl}#/`);
      await page.waitForFunction(merged('00-bienvenue'));
      await page.waitForFunction(merged('01-ma-vie-en-ligne'));
    }
    const stored = JSON.parse(await s.storageGet(PROGRESS_KEY));
    assert.ok(stored.modules['00-bienvenue'].quiz_best.decouvrir);
    assert.ok(stored.modules['01-ma-vie-en-ligne'].quiz_best['vie-en-ligne']);
    const here = await mapStates(s.page);
    const there = await mapStates(other);
    assert.deepEqual(here, there);
    const states = Object.fromEntries(here.map(([id, state, score]) => [id, [state, score]]));
    for (const id of ['00-bienvenue', '01-ma-vie-en-ligne']) {
      assert.equal(states[id][0], 'En cours', id);
      assert.match(states[id][1], /^Score : \d+/, id);
    }
  }));

test('imports: each refused file says why, one with only unknown ids adds nothing, a BOM is accepted, and a version 1 file is migrated', () =>
  withSession({}, async (s) => {
    await s.start('#/my-data');
    const cases = [
      ['x'.repeat(300 * 1024), "Ce fichier est trop gros. Un fichier de progression d'Amane fait au plus 256 Ko."],
      ['['.repeat(10000) + ']'.repeat(10000), 'Ce fichier est mal construit : il contient trop de niveaux imbriqués.'],
      [progressFile({ '00-bienvenue': { quiz_best: { decouvrir: { earned: 'NAN', max: 100 } } } }).replace('"NAN"', 'NaN'),
        'Ce fichier contient des nombres invalides. Il a peut-être été modifié à la main.'],
      [JSON.stringify({ format: 'amane-progress', version: PROGRESS_VERSION + 1, course: COURSE_ID }),
        `Ce fichier vient d'une version plus récente d'Amane (format ${PROGRESS_VERSION + 1}). Mets l'application à jour, puis réessaie.`],
      [progressFile({ '00-bienvenue': { steps_read: ['bienvenue\u202Eeunevneib'] } }),
        "Ce fichier contient des caractères invisibles ou qui inversent le texte. Il n'a pas été importé, par sécurité."],
      [progressFile({ '00-bienvenue\u202E': {} }),
        "Ce fichier contient des caractères invisibles ou qui inversent le texte. Il n'a pas été importé, par sécurité."],
    ];
    const before = await s.storageGet(PROGRESS_KEY);
    for (const [bytes, message] of cases) {
      assert.equal(await s.importFile(bytes), message);
    }
    assert.equal(await s.storageGet(PROGRESS_KEY), before, 'a refused file changes nothing');

    // Not refused: a file with nothing this course has says so and lists what it leaves out.
    assert.equal(await s.importFile(progressFile({ '99-inconnu': { steps_read: ['a'] } })),
      `Ce fichier n'apporte rien de nouveau : ton avancement est déjà à jour.\n${leftOut('99-inconnu')}`);
    assert.equal(await s.page.getByRole('button', { name: 'Importer', exact: true }).count(), 0, 'nothing to confirm');
    assert.equal(await s.storageGet(PROGRESS_KEY), before, 'a file with nothing known changes nothing');

    const bom = '\uFEFF' + progressFile({ '00-bienvenue': { steps_read: ['bienvenue'] } });
    assert.equal(await s.importFile(bom), 'Ce fichier va ajouter :\n1 module commencé\n1 étape lue\nImporter');
    await s.clickRole('button', 'Importer');
    assert.equal(plain(await s.text('.import-done')), 'Fichier importé : ton avancement est à jour.');

    const v1 = JSON.stringify({ format: 'amane-progress', version: 1, course: COURSE_ID,
      modules: { '00-bienvenue': { read: ['avancer'], scores: { decouvrir: 100 } } } });
    assert.equal(await s.importFile(v1), 'Ce fichier va ajouter :\n1 étape lue\n1 score amélioré\nImporter');
    await s.clickRole('button', 'Importer');
    await s.page.locator('.import-done').waitFor();
    const stored = JSON.parse(await s.storageGet(PROGRESS_KEY));
    assert.equal(stored.version, PROGRESS_VERSION, 'stored in the current version');
    assert.deepEqual(stored.modules['00-bienvenue'].steps_read, ['avancer', 'bienvenue']);
    assert.deepEqual(stored.modules['00-bienvenue'].quiz_best.decouvrir, { earned: 100, max: 100 });
  }));

test('a file from an older version of the course: the preview lists what it adds and what it leaves out, and only the known steps are imported', () =>
  withSession({}, async (s) => {
    await s.start('#/my-data');
    const { steps } = moduleIds('00-bienvenue');
    const file = progressFile({
      '00-bienvenue': { steps_read: [...steps, 'ancienne-etape'] },
      '99-inconnu': { steps_read: ['a'] },
    });
    assert.equal(await s.importFile(file), [
      'Ce fichier va ajouter :',
      '1 module commencé',
      steps.length === 1 ? '1 étape lue' : `${steps.length} étapes lues`,
      leftOut('00-bienvenue/ancienne-etape, 99-inconnu'),
      'Importer',
    ].join('\n'));
    await s.clickRole('button', 'Importer');
    assert.equal(plain(await s.text('.import-done')), 'Fichier importé : ton avancement est à jour.');
    const stored = JSON.parse(await s.storageGet(PROGRESS_KEY));
    assert.deepEqual(Object.keys(stored.modules), ['00-bienvenue'], 'the unknown module is not stored');
    assert.deepEqual(stored.modules['00-bienvenue'].steps_read, [...steps].sort(), 'the renamed step is not stored');
  }));

test('export then import on a cleared profile restores the same map states and scores', async () => {
  let file;
  let states;
  await withSession({}, async (s) => {
    await s.start('#/m/00-bienvenue/1');
    await answerQuizOf(s, '00-bienvenue', 'decouvrir');
    await answerQuizOf(s, '01-ma-vie-en-ligne', 'vie-en-ligne');
    await s.page.goto(`${s.baseUrl}#/`);
    states = await mapStates(s.page);
    await s.page.goto(`${s.baseUrl}#/my-data`);
    file = await downloadText(s.page, s.page.getByRole('button', { name: 'Télécharger mon fichier' }));
  });
  assert.ok(states.some(([, state]) => state === 'En cours'));
  await withSession({}, async (s) => {
    await s.start('#/my-data');
    assert.equal(await s.storageGet(PROGRESS_KEY).then((t) => JSON.parse(t).modules['00-bienvenue']), undefined);
    assert.match(await s.importFile(file), /^Ce fichier va ajouter :/);
    await s.clickRole('button', 'Importer');
    await s.page.locator('.import-done').waitFor();
    await s.page.goto(`${s.baseUrl}#/`);
    assert.deepEqual(await mapStates(s.page), states);
  });
});

test("delete my data removes every amane.* key and leaves other apps' keys and other origins untouched", () =>
  withSession({}, async (s) => {
    // The same course served from another origin (another port), open in the same browser.
    const other = await serveStatic();
    try {
      const elsewhere = await s.context.newPage();
      s.watch(elsewhere);
      assert.notEqual(new URL(other.url).origin, new URL(s.baseUrl).origin);
      await elsewhere.goto(`${other.url}#/`);
      await elsewhere.locator('.language-picker button', { hasText: 'Français' }).click();
      await elsewhere.goto(`${other.url}#/m/00-bienvenue/1`);
      await elsewhere.waitForFunction((key) => (localStorage.getItem(key) || '').includes('bienvenue'), PROGRESS_KEY);
      await elsewhere.evaluate(() => localStorage.setItem('other-app.key', 'keep me too'));
      const kept = await elsewhere.evaluate(() => ({ ...localStorage }));
      assert.ok(kept[PROGRESS_KEY], 'the other origin has its own progress');

      await s.start('#/m/00-bienvenue/1');
      await s.storageSet('other-app.key', 'keep me');
      await s.storageSet('amane.corrupt.1', 'old');
      await s.page.goto(`${s.baseUrl}#/my-data`);
      await s.clickRole('button', 'Supprimer mes données');
      await s.clickRole('button', 'Oui, tout supprimer');
      assert.equal(plain(await s.text('main [role=status]')), 'Tes données ont été supprimées de cet appareil.');
      assert.deepEqual(await storageKeys(s.page), ['other-app.key']);
      assert.equal(await s.storageGet('other-app.key'), 'keep me');

      assert.deepEqual(await elsewhere.evaluate(() => ({ ...localStorage })), kept, 'the other origin keeps every key');
    } finally {
      other.stop();
    }
  }));

test('private mode: nothing stays on the device, progress stays on screen, export works, turning it off saves again', () =>
  withSession({}, async (s) => {
    await s.start('#/m/00-bienvenue/1');
    await s.waitStored('bienvenue');
    await s.storageSet('other-app.key', 'keep me');
    await s.page.goto(`${s.baseUrl}#/my-data`);
    await s.clickRole('button', 'Activer le mode privé');
    assert.match(plain(await s.text('.confirm')), /si tu recharges ou fermes la page/);
    await s.clickRole('button', "Oui, ne rien garder sur l'appareil");
    assert.deepEqual(await storageKeys(s.page), ['other-app.key']);
    assert.equal(plain(await s.text(`${BANNER} p`)), 'Mode privé : rien n\'est enregistré sur cet appareil.');

    await answerQuizOf(s, '00-bienvenue', 'decouvrir');
    assert.deepEqual(await storageKeys(s.page), ['other-app.key'], 'answers are not written to the device');
    await s.page.goto(`${s.baseUrl}#/`);
    const states = Object.fromEntries((await mapStates(s.page)).map(([id, state]) => [id, state]));
    assert.equal(states['00-bienvenue'], 'En cours', 'progress stays on screen');
    const file = JSON.parse(await downloadText(s.page, s.page.locator(BANNER).getByRole('button', { name: 'Exporter maintenant' })));
    assert.deepEqual(file.modules['00-bienvenue'].steps_read.includes('bienvenue'), true);
    assert.ok(file.modules['00-bienvenue'].quiz_best.decouvrir);

    await s.page.goto(`${s.baseUrl}#/my-data`);
    await s.page.locator('main').getByRole('button', { name: 'Désactiver le mode privé' }).click();
    assert.equal(plain(await s.text('main [role=status]')),
      'Mode privé désactivé : ton avancement est de nouveau enregistré sur cet appareil.');
    const stored = JSON.parse(await s.storageGet(PROGRESS_KEY));
    assert.ok(stored.modules['00-bienvenue'].quiz_best.decouvrir, 'saved again');
    assert.equal(await s.page.locator(BANNER).count(), 0);

    await s.clickRole('button', 'Activer le mode privé');
    await s.clickRole('button', "Oui, ne rien garder sur l'appareil");
    await s.reload();
    assert.equal(await s.page.locator('.language-picker').count(), 1, 'a reload starts over, as the page said');
  }));

/** Whether Cache Storage holds the course file `path` (relative to the app) for offline use. */
const kept = (s, path) => s.page.evaluate((url) => caches.match(url).then((r) => !!r), new URL(path, s.baseUrl).href);

/** Waits until the service worker controls the page and keeps the course file `path`. */
const untilKept = (s, path) => s.page.waitForFunction(
  (url) => navigator.serviceWorker.controller && caches.match(url).then((r) => !!r),
  new URL(path, s.baseUrl).href, { timeout: 60000 });

/** The names of the caches that hold course files. */
const contentCaches = (s) => s.page.evaluate(() => caches.keys().then((k) => k.filter((n) => / content /.test(n))));

test('private mode removes the course files kept for offline use and keeps none; so does deleting my data', () =>
  withSession({}, async (s) => {
    const welcome = 'content/modules/00-bienvenue/fr.md';
    const sextortion = 'content/modules/06-sextorsion-et-images-intimes/fr.md';
    await s.start('#/m/00-bienvenue/1');
    await untilKept(s, welcome);

    await s.page.goto(`${s.baseUrl}#/my-data`);
    await s.clickRole('button', 'Activer le mode privé');
    await s.clickRole('button', "Oui, ne rien garder sur l'appareil");
    await s.page.waitForFunction(() => caches.keys().then((k) => !k.some((n) => / content /.test(n))));
    assert.equal(await kept(s, welcome), false, 'what was kept before is removed');

    // A module opened in private mode is fetched without being kept anywhere.
    await s.page.goto(`${s.baseUrl}#/m/06-sextorsion-et-images-intimes/1`);
    await s.page.waitForSelector('main[data-route="step"]');
    await s.page.waitForFunction((url) => performance.getEntriesByName(url).some((e) => e.responseEnd > 0),
      new URL(sextortion, s.baseUrl).href);
    assert.equal(await kept(s, sextortion), false, 'the module opened in private mode is not kept');
    assert.deepEqual(await contentCaches(s), []);

    // Back on the device: files are kept again, until "delete my data" removes them.
    await s.page.goto(`${s.baseUrl}#/my-data`);
    await s.page.locator('main').getByRole('button', { name: 'Désactiver le mode privé' }).click();
    const lesson = 'content/modules/01-ma-vie-en-ligne/fr.md';
    await s.page.goto(`${s.baseUrl}#/m/01-ma-vie-en-ligne/1`);
    await untilKept(s, lesson);
    await s.page.goto(`${s.baseUrl}#/my-data`);
    await s.clickRole('button', 'Supprimer mes données');
    await s.clickRole('button', 'Oui, tout supprimer');
    await s.page.waitForFunction(() => caches.keys().then((k) => !k.some((n) => / content /.test(n))));
    assert.equal(await kept(s, lesson), false);
  }));

test('the completion record: what is left before, then a one-page printable record after finishing', async () => {
  const context = await env.browser.newContext({ locale: 'fr-FR', timezoneId: 'Africa/Casablanca', viewport: { width: 360, height: 640 } });
  const s = new Session(context, await context.newPage(), env.server.url);
  try {
    await s.start('#/certificate');
    assert.equal(plain(await s.text('.record-not-finished')),
      `Encore ${MODULES.length} modules à terminer pour obtenir ton relevé.`);
    assert.equal(await s.page.locator('.record-remaining li').count(), MODULES.length);
    await s.page.goto(`${s.baseUrl}#/`);
    await mapStates(s.page);
    assert.equal(await s.page.locator('.record-link').count(), 0, 'no record link before the end');

    await s.page.goto(`${s.baseUrl}#/my-data`);
    assert.match(await s.importFile(finishedCourse()), /^Ce fichier va ajouter :/);
    await s.clickRole('button', 'Importer');
    await s.page.locator('.import-done').waitFor();
    await s.page.goto(`${s.baseUrl}#/`);
    assert.equal(plain(await s.text('.record-link p')), 'Bravo, tu as terminé tous les modules !');
    await s.clickText('Voir et imprimer mon relevé');
    await s.page.locator('.record').waitFor();
    assert.equal(await s.page.getAttribute('main', 'data-route'), 'certificate');

    await s.page.getByLabel('Ton nom (il reste sur cet appareil)').fill('Salma Benali');
    assert.equal(plain(await s.text('.record-name')), 'Parcours suivi par Salma Benali');
    const rows = await s.page.locator('.record-modules tbody tr').evaluateAll((trs) => trs.map((tr) => [
      tr.dataset.module, tr.querySelector('.record-score').textContent, tr.querySelector('.record-day').textContent,
    ]));
    assert.deepEqual(rows.map(([id]) => id), MODULES);
    rows.forEach(([id, score, day], n) => {
      const scored = moduleIds(id).quizzes.length + moduleIds(id).scenarios.length > 0;
      assert.equal(score, scored ? '100\u202F%' : 'Sans exercice noté', id);
      assert.equal(day, `${String(1 + n).padStart(2, '0')}/10/2026`, id);
    });
    const last = MODULES.length;
    assert.equal(plain(await s.text('.record-date')), `Date : ${last === 1 ? '1er' : last} octobre 2026`);
    assert.equal(plain(await s.text('.record-version')), `Version du cours : ${COURSE_VERSION}`);
    assert.match(await s.text('.record'), /Ce n'est pas un diplôme/);
    assert.equal(await s.storageGet(PROGRESS_KEY).then((t) => t.includes('Salma')), false, 'the name is kept nowhere');

    await s.page.emulateMedia({ media: 'print' });
    for (const hidden of ['header.top', '.record-tools', '.quick-exit', '.skip-link']) {
      assert.equal(await s.page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
    }
    assert.ok(await s.page.locator('.record').isVisible());
    assert.ok(await s.page.locator('.record-name').isVisible());
    const pdf = (await s.page.pdf({ format: 'A4' })).toString('latin1');
    assert.equal(pdf.match(/\/Type\s*\/Page[^s]/g).length, 1, 'the record prints on one page');
    s.assertClean();
  } finally {
    await s.close();
  }
});
