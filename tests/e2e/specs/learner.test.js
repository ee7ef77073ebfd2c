// A learner completes the sample module on a phone-sized screen, once with the mouse and once
// with the keyboard alone: the reader's progress bar and previous/next, every question type, a
// scenario to each of its endings with its consequences and path recap, a worse retry and a
// worse replay keeping the best score, and the course map showing the engine's numbers (the
// same figures core/tests/welcome_module.rs computes with the engine). The keyboard run then
// switches the language and exports the progress. Also: the help page's contacts, and the
// `amane-ready` mark the benchmark reads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { suite, plain, message, moduleIds, PROGRESS_KEY } from '../harness.js';

const { withSession } = suite({ before, after });
const MODULE = '00-bienvenue';
const STEPS = moduleIds(MODULE).steps;

/** The fieldset of question `id`. */
const question = (s, id) => s.page.locator(`fieldset[data-question="${id}"]`);

/** Acts on an element: a click, or with `keyboard`, Tab until it has focus then `key`. */
async function act(s, locator, { keyboard = false, key = 'Enter' } = {}) {
  if (!keyboard) return locator.click();
  await s.tabTo(locator);
  return s.page.keyboard.press(key);
}

/**
 * Picks the option labelled `text`: a click, or with the keyboard Space on a checkbox, and for
 * a radio group Tab into the group then arrow keys until the option is checked.
 */
async function pick(s, q, text, keyboard) {
  const input = q.locator('.option', { hasText: text }).locator('input');
  if (!keyboard) return input.click();
  if ((await input.getAttribute('type')) === 'checkbox') return act(s, input, { keyboard, key: 'Space' });
  await s.tabTo(input, { group: true });
  for (let i = 0; i < 10 && !(await input.isChecked()); i++) await s.page.keyboard.press('ArrowDown');
  assert.ok(await input.isChecked(), `${text} chosen with the arrow keys`);
}

/**
 * Asserts that `feedback` is a polite live region that took focus and now says `said`
 * (waiting up to 3 s: focus moves once the feedback is painted).
 */
async function assertFeedback(feedback, said, what) {
  assert.equal(await feedback.getAttribute('aria-live'), 'polite', `${what}: a live region`);
  await feedback.evaluate((el) => new Promise((done) => {
    const until = Date.now() + 3000;
    const poll = () => (el === document.activeElement || Date.now() > until ? done() : requestAnimationFrame(poll));
    poll();
  }));
  assert.ok(await feedback.evaluate((el) => el === document.activeElement), `${what}: focus is on the feedback`);
  assert.match(plain(await feedback.innerText()), said, `${what}: the live region says it`);
}

/** Checks a question and asserts the feedback took focus and its live region says `verdict`. */
async function check(s, q, verdict, keyboard) {
  await act(s, q.getByRole('button', { name: 'Vérifier' }), { keyboard });
  await q.locator('.feedback .verdict').waitFor();
  await assertFeedback(q.locator('.feedback'), verdict, `question ${await q.getAttribute('data-question')}`);
}

/** Reorders an ordering question into `wanted` with its move-up buttons. */
async function order(s, q, wanted, keyboard) {
  for (let target = 0; target < wanted.length; target++) {
    for (;;) {
      const texts = await q.locator('.order-item .option-text').allInnerTexts();
      const at = texts.findIndex((t) => t.trim() === wanted[target]);
      if (at === target) break;
      const item = q.locator('.order-item').nth(at);
      await act(s, item.getByRole('button', { name: /Monter/ }), { keyboard });
    }
  }
}

/** Matches each left item to the right-hand text in `pairs`. */
async function match(s, q, pairs, keyboard) {
  for (const [left, right] of pairs) {
    const select = q.locator('.match-row', { hasText: left }).locator('select');
    if (!keyboard) {
      await select.selectOption({ label: right });
      continue;
    }
    await act(s, select, { keyboard, key: 'Home' });
    for (let i = 0; i < 10 && (await select.evaluate((e) => e.selectedOptions[0].text)) !== right; i++) {
      await s.page.keyboard.press('ArrowDown');
    }
  }
}

/**
 * The three roads through the sample scenario: each choice (start of its text, full text, the
 * consequence the content gives it), the ending and the points earned (best path: 2).
 */
const ROADS = {
  good: {
    choices: [['Elle exporte sa progression', 'Elle exporte sa progression, puis efface ses données', /Ça lui prend trente secondes\./]],
    ending: 'Bonne fin', points: 'Points : 2 sur 2',
  },
  bad: {
    choices: [['Elle part tout de suite', 'Elle part tout de suite en laissant la page ouverte', /Elle court à son entraînement\./]],
    ending: 'Mauvaise fin', points: 'Points : 0 sur 2',
  },
  mixed: {
    choices: [
      ['Elle ferme seulement', 'Elle ferme seulement l\'onglet', /C'est un début, mais ses réponses restent dans le navigateur\./],
      ['Elle demande à l\'animatrice', 'Elle demande à l\'animatrice de l\'aider à effacer ses données', /L'animatrice lui montre la page « Mes données »\./],
    ],
    ending: 'Fin mitigée', points: 'Points : 2 sur 2',
  },
};

/**
 * Plays the scenario along `road`: after each choice, focus is on the feedback, whose live
 * region gives the consequence (and at the ending its judgement and points); at the ending,
 * "Ton chemin" recaps the scenes and the choices taken.
 */
async function play(s, road, keyboard) {
  const scenario = s.page.locator('.scenario');
  const feedback = scenario.locator('.scenario-feedback');
  const path = [];
  for (const [start, full, consequence] of road.choices) {
    path.push([plain(await scenario.locator('.node-title').innerText()), full]);
    await act(s, scenario.locator('button.choice', { hasText: start }), { keyboard });
    await assertFeedback(feedback, consequence, `the choice "${start}"`);
    assert.equal(plain(await feedback.locator('.consequence .chosen').innerText()).trim(), full);
  }
  await assertFeedback(feedback, new RegExp(`${road.ending}[\\s\\S]*${road.points}`), `the ending "${road.ending}"`);
  assert.equal(plain(await scenario.locator('.ending-label').innerText()), road.ending);
  assert.equal(plain(await scenario.locator('h3').innerText()), 'Ton chemin');
  const recap = await scenario.locator('.recap > li').evaluateAll((items) => items.map((li) => [
    li.querySelector('.recap-node').innerText, li.querySelector(':scope > .chosen').innerText,
  ].map((t) => t.replace(/[\u2068\u2069]/g, '').trim())));
  assert.deepEqual(recap, path, 'the path recap lists each scene and the choice taken there');
}

/** Waits until the page's main heading reads `text` (routes render asynchronously). */
const heading = (s, text) => s.page.locator('main h1', { hasText: text }).waitFor();

/** Goes to the next (or, with `name`, another) step through its link. */
const next = (s, keyboard, name = 'Suivant') => act(s, s.page.getByRole('link', { name, exact: true }), { keyboard });

/** Asserts the reader shows step `n` of the sample module: heading, count and progress bar. */
async function assertStep(s, n, title) {
  await heading(s, title);
  assert.equal(await s.text('.step-count'), `Étape ${n} sur ${STEPS.length}`);
  const bar = s.page.locator('main progress');
  assert.deepEqual([await bar.getAttribute('value'), await bar.getAttribute('max')], [String(n), String(STEPS.length)]);
  assert.equal(await bar.evaluate((el) => el.position), n / STEPS.length, 'the bar is filled to match');
}

/**
 * Answers the sample question set: `wrong` answers two questions (partly) wrong (7 of 9
 * points), otherwise all are right.
 */
async function answerQuiz(s, keyboard, wrong) {
  const single = question(s, 'ou-progression');
  if (wrong) {
    await pick(s, single, 'Sur un serveur', keyboard);
    await check(s, single, /Ce n'est pas la bonne réponse/, keyboard);
    assert.match(await single.innerText(), /Non : Amane n'envoie rien sur internet\./);
    assert.match(await single.innerText(), /Tu l'as choisie : ce n'est pas juste\./);
  } else {
    await act(s, single.getByRole('button', { name: 'Vérifier' }), { keyboard });
    assert.match(await single.innerText(), /Réponds à toutes les questions avant de vérifier\./);
    await pick(s, single, 'Sur cet appareil', keyboard);
    await check(s, single, /Bonne réponse/, keyboard);
  }

  const multiple = question(s, 'ordinateur-partage');
  await pick(s, multiple, 'Exporter ta progression', keyboard);
  if (wrong) {
    await check(s, multiple, /En partie juste[\s\S]*Ton score : 1 sur 2/, keyboard);
    assert.match(await multiple.innerText(), /Celle-ci était juste aussi\./);
  } else {
    await pick(s, multiple, 'Effacer tes données', keyboard);
    await check(s, multiple, /Bonne réponse[\s\S]*Ton score : 2 sur 2/, keyboard);
  }

  const tf = question(s, 'sortie-rapide');
  await pick(s, tf, 'Faux', keyboard);
  await check(s, tf, /Bonne réponse/, keyboard);

  const ordering = question(s, 'parcours');
  await order(s, ordering, ['Choisir ta langue', 'Ouvrir un module dans « Les modules »',
    'Lire les étapes une par une', 'Voir ton résultat'], keyboard);
  await check(s, ordering, /Bonne réponse/, keyboard);

  const matching = question(s, 'encadres');
  await match(s, matching, [['Astuce', 'Un conseil pratique'], ['Attention', 'Un risque à éviter'],
    ['Si cela t\'arrive', 'Où trouver de l\'aide']], keyboard);
  await check(s, matching, /Bonne réponse/, keyboard);
}

/** The sample module's card on the course map. */
const card = (s) => s.page.locator(`[data-module="${MODULE}"]`);

async function completeModule(s, keyboard) {
  await s.start();
  assert.equal(plain(await card(s).locator('.module-state').innerText()), 'Pas commencé');
  assert.equal(await card(s).locator('.module-score').count(), 0, 'no score before the module is opened');
  await act(s, card(s).locator('h2 a'), { keyboard });
  await assertStep(s, 1, 'Bienvenue !');
  await next(s, keyboard);
  await assertStep(s, 2, 'Comment avancer');
  await next(s, keyboard, 'Précédent');
  await assertStep(s, 1, 'Bienvenue !');
  await next(s, keyboard);
  await assertStep(s, 2, 'Comment avancer');
  await next(s, keyboard);
  await assertStep(s, 3, 'Les questions');

  await answerQuiz(s, keyboard, true);
  // 0 + 1 + 1 + 2 + 3 of 9 points: 77 % rounded down.
  assert.match(await s.text('.quiz-result'), /Ton meilleur score : 77/);
  await act(s, s.page.getByRole('button', { name: 'Réessayer' }), { keyboard });
  await answerQuiz(s, keyboard, false);
  assert.match(await s.text('.quiz-result'), /Ton meilleur score : 100/);
  // A worse attempt after full marks: the best score stays.
  await act(s, s.page.getByRole('button', { name: 'Réessayer' }), { keyboard });
  await answerQuiz(s, keyboard, true);
  assert.match(await s.text('.quiz-result'), /Ton meilleur score : 100/);

  await next(s, keyboard);
  await assertStep(s, 4, 'Les histoires à choix');
  await play(s, ROADS.good, keyboard);
  await act(s, s.page.getByRole('button', { name: 'Rejouer' }), { keyboard });
  await play(s, ROADS.mixed, keyboard);
  assert.match(await s.text('.scenario'), /Et si tu avais choisi autrement/);
  // The bad ending last: 0 points this time, the best (2 of 2) is kept.
  await act(s, s.page.getByRole('button', { name: 'Rejouer' }), { keyboard });
  await play(s, ROADS.bad, keyboard);

  await next(s, keyboard);
  await assertStep(s, 5, 'À toi de jouer');
  await next(s, keyboard, 'Terminer le module');
  await heading(s, 'Bilan du module');
  // Best scores kept: quiz 9 of 9 and scenario 2 of 2 → 11 of 11 (the engine's figures).
  assert.match(await s.text('.summary-score'), /Ton score : 100/);
  assert.match(await s.text('main'), /Points : 11 sur 11/);
  assert.equal(await s.text('.summary-status'), 'Module réussi, bravo !');

  await act(s, s.page.getByRole('link', { name: 'Retour aux modules' }), { keyboard });
  assert.equal(plain(await card(s).locator('.module-state').innerText()), 'Terminé');
  assert.match(plain(await card(s).locator('.module-score').innerText()), /Score : 100/);
  const stored = JSON.parse(await s.storageGet(PROGRESS_KEY)).modules[MODULE];
  assert.deepEqual(stored.scenario_endings['ordinateur-partage'].sort(), ['donnees-effacees', 'effacees-plus-tard', 'oubli']);
  assert.deepEqual(stored.scenario_best['ordinateur-partage'], { earned: 200, max: 200 });
  assert.deepEqual(stored.quiz_best.decouvrir, { earned: 900, max: 900 });
}

/**
 * On the course map, with the keyboard: the header's language menu changed with the arrow
 * keys (the map follows, the module stays done), then back to French.
 */
async function switchLanguage(s) {
  const menu = s.page.locator('header select');
  await s.tabTo(menu, { back: true });
  for (const [key, code, dir] of [['ArrowDown', 'ar', 'rtl'], ['ArrowDown', 'ary', 'rtl'], ['Home', 'fr', 'ltr']]) {
    await s.page.keyboard.press(key);
    await s.page.waitForFunction((c) => document.documentElement.lang === c, code);
    assert.equal(await s.page.getAttribute('html', 'dir'), dir);
    assert.equal(await s.text('main h1'), message(code, 'map-title'));
    await card(s).locator('.module-state', { hasText: message(code, 'map-module-done') }).waitFor();
    assert.ok(await menu.evaluate((el) => el === document.activeElement), `focus stays on the menu in ${code}`);
  }
}

/** "Mes données" reached from the header with the keyboard, and the progress exported. */
async function exportProgress(s) {
  await s.tabTo(s.page.getByRole('link', { name: 'Mes données', exact: true }));
  await s.page.keyboard.press('Enter');
  await s.page.waitForURL(/#\/my-data$/);
  await heading(s, 'Mes données');
  await s.tabTo(s.page.getByRole('button', { name: 'Télécharger mon fichier' }));
  const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.keyboard.press('Enter')]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(file.format, 'amane-progress');
  const module = file.modules[MODULE];
  assert.deepEqual([...module.steps_read].sort(), [...STEPS].sort(), 'every step read is in the file');
  assert.deepEqual(module.quiz_best.decouvrir, { earned: 900, max: 900 });
  assert.deepEqual(module.scenario_best['ordinateur-partage'], { earned: 200, max: 200 });
}

test('the sample module can be completed with the mouse on a phone', () =>
  withSession({ viewport: { width: 360, height: 640 } }, async (s) => {
    await completeModule(s, false);
    const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
    assert.equal(overflow, false, 'no horizontal scroll at 360 px');
  }));

test('with the keyboard alone: the module completed, a scenario to each ending, the language switched and the progress exported, focus on the feedback after each answer', () =>
  withSession({ viewport: { width: 360, height: 640 }, keyboard: true }, async (s) => {
    const clicks = [];
    await s.page.exposeFunction('amaneClicked', (what) => clicks.push(what));
    await s.page.addInitScript(() => ['mousedown', 'touchstart'].forEach((type) => document.addEventListener(type,
      (e) => window.amaneClicked(`${type} on ${e.target.tagName}`), true)));
    await completeModule(s, true);
    await switchLanguage(s);
    await exportProgress(s);
    assert.deepEqual(clicks, [], 'no mouse or touch used');
  }));

test('the help page lists the contacts written in content/help', () =>
  withSession({}, async (s) => {
    await s.start('#/help');
    const contacts = s.page.locator('.help-section', { has: s.page.locator('h3', { hasText: 'Où trouver de l\'aide' }) });
    await contacts.waitFor();
    assert.match(plain(await contacts.innerText()), /Le 2511 : pour les enfants et les jeunes de moins de 18 ans\./);
    assert.match(plain(await contacts.innerText()), /www\.e-blagh\.ma/);
    assert.match(plain(await s.text('.help-section')), /19 : la police/);
    assert.doesNotMatch(await s.text('main'), /Affichez ces numéros dans la salle/, 'no trainer note for learners');
  }));

test('the page marks amane-ready once, when the first lesson step is interactive', () =>
  withSession({}, async (s) => {
    const marks = () => s.page.evaluate(() => performance.getEntriesByName('amane-ready', 'mark').length);
    await s.start();
    await card(s).waitFor();
    assert.equal(await marks(), 0, 'not on the course map');
    await card(s).locator('h2 a').click();
    await heading(s, 'Bienvenue !');
    await s.page.waitForFunction(() => performance.getEntriesByName('amane-ready', 'mark').length > 0);
    await next(s, false);
    await heading(s, 'Comment avancer');
    await next(s, false, 'Précédent');
    await heading(s, 'Bienvenue !');
    await s.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.equal(await marks(), 1, 'exactly one amane-ready mark after three steps opened');
  }));
