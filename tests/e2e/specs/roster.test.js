// Class results in trainer mode, in French and Arabic: 45 learners' results files and 3 broken
// ones loaded at once, one row per learner (a learner's three files merged), each broken file
// listed with its reason while the others load, the table downloaded as CSV and read back, kept
// on the device only on request and deleted; and a learner's own results file, exported from
// "My data" with their name typed once, accepted by the table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { suite, plain, resultsFile, COURSE_ID, COURSE_VERSION, MODULES } from '../harness.js';

const { withSession } = suite({ before, after });

const RESULTS = '#/trainer/results';
const KEPT_KEY = `amane.${COURSE_ID}.class-results`;
const NAME_KEY = `amane.${COURSE_ID}.learner-name`;

const FIRST = ['Salma', 'Hamza', 'Nadia', 'Omar', 'Khadija', 'Mehdi', 'فاطمة الزهراء', 'يوسف', 'سلمى'];
const LAST = ['Benali', 'Tazi', 'Alaoui', 'بنعلي', 'العلوي'];
/** The learner who sent three files, spelled three ways; the newest spelling is shown. */
const YOUSSEF = [
  ['Youssef El Idrissi', { passed: 2, scores: [40], day: 20, exported: Date.UTC(2026, 10, 1) }],
  ['youssef  el idrissi', { passed: 3, scores: [55], day: 22, exported: Date.UTC(2026, 10, 2) }],
  ['YOUSSEF EL IDRISSI', { passed: 1, scores: [85], day: 24, exported: Date.UTC(2026, 10, 3) }],
];

/** 42 learners with one file each and one with three: 45 files, 43 learners. */
function classFiles() {
  const files = [];
  for (let n = 0; n < 42; n++) {
    const name = `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length)]}`;
    const scores = [30, 60, 90].slice(0, n % 4);
    files.push({ name: `resultats-${n}.json`, text: resultsFile(name, { passed: n % MODULES.length, scores }) });
  }
  YOUSSEF.forEach(([name, options], n) => files.push({ name: `youssef-${n}.json`, text: resultsFile(name, options) }));
  return files;
}

/** Three files the table refuses: not JSON, another course's results, too big to read. */
const BROKEN = [
  { name: 'notes.txt', text: 'Liste des présents : Salma, Hamza' },
  { name: 'autre-cours.json', text: resultsFile('Amina Tazi', { course: 'autre-cours' }) },
  { name: 'trop-gros.json', text: ' '.repeat(300_000) },
];

/** What the trainer reads, per language. */
const TEXT = {
  fr: {
    language: 'Français',
    browser: 'fr-FR',
    title: 'Résultats du groupe',
    reasons: {
      'notes.txt': /^Ce n'est pas un fichier de résultats d'Amane\.$/,
      'autre-cours.json': /^Ce sont les résultats d'un autre cours \(autre-cours\)\.$/,
      'trop-gros.json': /^Trop gros \(293 Ko\) : un fichier de résultats fait au plus 260 Ko\.$/,
    },
    modules: (n) => `${n} sur ${MODULES.length}`,
    passed: 'réussi',
    nameColumn: 'Nom',
    keep: 'Garder ce tableau sur cet appareil',
    kept: 'Ce tableau est gardé sur cet appareil.',
    remove: 'Supprimer le tableau gardé',
    csv: 'Télécharger le tableau (CSV)',
  },
  ar: {
    language: 'العربية',
    browser: 'ar-MA',
    title: 'نتائج المجموعة',
    reasons: {
      'notes.txt': /^هذا ليس ملف نتائج من أمان\.$/,
      'autre-cours.json': /^هذه نتائج دورة أخرى \(autre-cours\)\.$/,
      'trop-gros.json': /^كبير جدًا \(293 كيلوبايت\): لا يتجاوز ملف النتائج 260 كيلوبايت\.$/,
    },
    modules: (n) => `${n} من ${MODULES.length}`,
    passed: 'ناجح',
    nameColumn: 'الاسم',
    keep: 'احفظ هذا الجدول على هذا الجهاز',
    kept: 'هذا الجدول محفوظ على هذا الجهاز.',
    remove: 'احذف الجدول المحفوظ',
    csv: 'نزّل الجدول (CSV)',
  },
};

/** Picks `files` all at once in the page's file field. */
async function pick(page, files) {
  await page.locator('.results-drop input[type=file]').setInputFiles(
    files.map(({ name, text }) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })),
  );
}

/** Waits for `count` rows in the table and returns each row's cells as text. */
async function tableRows(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('.results-table tbody tr').length === n, count);
  return page.locator('.results-table tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.children].map((c) => c.textContent.replace(/[\u2068\u2069]/g, '').trim())));
}

/** Clicks `target` and returns the name and the bytes of the file it downloads. */
async function download(page, target) {
  const [file] = await Promise.all([page.waitForEvent('download'), target.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

for (const [code, t] of Object.entries(TEXT)) {
  test(`${code}: 45 results files and 3 broken ones give one row per learner, three reasons, a CSV, and a table kept then deleted`, () =>
    withSession({ locale: t.browser, viewport: { width: 1280, height: 800 } }, async (s) => {
      await s.start('#/trainer', t.language);
      await s.page.getByRole('link', { name: t.title }).click();
      await s.page.waitForSelector('main[data-route="trainer-results"] h1');
      assert.equal(await s.text('main h1'), t.title);

      await pick(s.page, [...classFiles(), ...BROKEN]);
      const rows = await tableRows(s.page, 43);
      const reasons = await s.page.locator('.results-refused li').evaluateAll((items) => items.map((li) => [
        li.querySelector('.results-file').textContent, li.querySelector('.results-reason').textContent,
      ]));
      assert.deepEqual(reasons.map(([file]) => file), BROKEN.map((f) => f.name));
      for (const [file, reason] of reasons) assert.match(plain(reason), t.reasons[file], file);

      const youssef = rows.filter((r) => /youssef/i.test(r[0]));
      assert.equal(youssef.length, 1, 'three files of one learner make one row');
      const [name, modules, score, day, attempts, version] = youssef[0];
      assert.equal(name, 'YOUSSEF EL IDRISSI', 'the newest file names the learner');
      assert.equal(modules, t.modules(3));
      assert.match(score, new RegExp(`^85\\s?%\\s·\\s${t.passed}$`));
      assert.equal(day, '25/10/2026');
      assert.equal(attempts, '3', 'the attempts of the three files are joined');
      assert.equal(version, COURSE_VERSION);
      assert.ok(rows.some((r) => r[0] === 'فاطمة الزهراء بنعلي'), 'an Arabic name is shown as written');

      const csv = await download(s.page, s.page.getByRole('button', { name: t.csv }));
      assert.match(csv.name, /^amane-class-results-\d{4}-\d{2}-\d{2}\.csv$/);
      assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark');
      const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
      assert.equal(lines.pop(), '', 'every line ends with CRLF');
      assert.equal(lines.length, 44, 'a header and one line per learner');
      assert.equal(lines[0].split(',')[0], t.nameColumn);
      assert.ok(lines.includes(`YOUSSEF EL IDRISSI,3,85,25/10/2026,3,${COURSE_VERSION}`), lines.join('\n'));
      assert.ok(lines.some((l) => l.startsWith('فاطمة الزهراء بنعلي,')), 'the Arabic name is intact in the CSV');

      assert.equal(await s.storageGet(KEPT_KEY), null, 'nothing is stored until the trainer asks');
      await s.page.getByRole('button', { name: t.keep }).click();
      assert.equal(await s.text('.results-status'), t.kept);
      await s.reload();
      assert.deepEqual(await tableRows(s.page, 43), rows, 'the kept table comes back after a reload');
      assert.equal(await s.page.locator('.results-refused').count(), 0, 'refused files are not kept');

      await s.page.getByRole('button', { name: t.remove }).click();
      await tableRows(s.page, 0);
      assert.equal(await s.storageGet(KEPT_KEY), null);
      await s.reload();
      await s.page.locator('.results-empty').waitFor();
      assert.equal(await s.page.locator('.results-table').count(), 0);
    }));
}

test('a kept table goes with "Delete my data"', () =>
  withSession({}, async (s) => {
    await s.start(RESULTS);
    await pick(s.page, classFiles().slice(0, 3));
    await tableRows(s.page, 3);
    await s.page.getByRole('button', { name: TEXT.fr.keep }).click();
    assert.ok(await s.storageGet(KEPT_KEY));
    await s.goto('#/my-data');
    await s.page.locator('[aria-labelledby="delete-title"] button').click();
    await s.page.locator('[aria-labelledby="delete-title"] .danger').click();
    assert.equal(await s.storageGet(KEPT_KEY), null);
  }));

test("a learner's results file from My data, named once, is accepted by the class results", () =>
  withSession({}, async (s) => {
    await s.start('#/my-data');
    const button = s.page.getByRole('button', { name: 'Télécharger mes résultats pour la formation' });
    await button.click();
    assert.equal(await s.text('#results-name-error'), "Écris d'abord ton nom, en lettres visibles (80 au plus).");
    assert.equal(await s.page.evaluate(() => document.activeElement.id), 'results-name', 'focus goes to the name');

    await s.page.getByLabel('Ton nom (gardé sur cet appareil pour la prochaine fois)').fill('  سلمى   بنعلي ');
    const file = await download(s.page, button);
    assert.match(file.name, /^amane-results-سلمى-بنعلي-\d{4}-\d{2}-\d{2}\.json$/);
    const results = JSON.parse(file.bytes.toString('utf8'));
    assert.deepEqual(Object.keys(results), ['format', 'version', 'course', 'course_version', 'learner', 'exported_ms', 'progress']);
    assert.equal(results.learner, 'سلمى بنعلي');
    assert.equal(await s.storageGet(NAME_KEY), 'سلمى بنعلي');

    await s.reload();
    assert.equal(await s.page.locator('#results-name').inputValue(), 'سلمى بنعلي', 'the name is typed once');

    await s.goto(RESULTS);
    await pick(s.page, [{ name: basename(file.name), text: file.bytes.toString('utf8') }]);
    const [row] = await tableRows(s.page, 1);
    assert.equal(row[0], 'سلمى بنعلي');
    assert.equal(await s.page.locator('.results-refused').count(), 0);
  }));

test('files dropped on the frame load like picked ones', () =>
  withSession({}, async (s) => {
    await s.start(RESULTS);
    const files = classFiles().slice(0, 2);
    const transfer = await s.page.evaluateHandle((list) => {
      const data = new DataTransfer();
      for (const { name, text } of list) data.items.add(new File([text], name, { type: 'application/json' }));
      return data;
    }, files);
    await s.page.locator('.results-drop').dispatchEvent('drop', { dataTransfer: transfer });
    await tableRows(s.page, 2);
  }));
