// Writes every screenshot of docs/screenshots/ from a release build (dist/, or AMANE_DIST):
// at phone size (360×640) in each language, the course map, a question with its feedback and a
// scenario ending; in Arabic, the case guide at its next steps, the final assessment with an
// attempt open and trainer mode's class results; in French, the assessment's result with its
// review, a module's session plan and the completion record of the 14 modules; trainer mode's
// list of modules in Arabic; at projector size (1920×1080) in French and Arabic, the
// trainer's projector view while the room votes. Run after a build: `node scripts/screenshots.mjs`
// (needs `npm ci` in tests/e2e once), or `node scripts/screenshots.mjs plan map` for some sets
// only. Fails if a page reports a console error or a failed request.
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  serveStatic, launch, Session, ensureDist, finishedCourse, resultsFile, PROGRESS_KEY, MODULES,
} from '../tests/e2e/harness.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots');
/** A phone's window, and a projector's. */
const PHONE = { width: 360, height: 640 };
const PROJECTOR = { width: 1920, height: 1080 };
const LANGUAGES = {
  fr: { locale: 'fr-FR', name: 'Français' },
  ar: { locale: 'ar-MA', name: 'العربية' },
  ary: { locale: 'ar-MA', name: 'الدارجة' },
};

/** The course map, a checked question and a scenario ending, as a learner sees them. */
async function learnerShots(s, code) {
  await s.page.waitForSelector('.module-card h2');
  await save(s, `map-${code}.png`);
  await s.goto('#/m/00-bienvenue/3');
  const question = s.page.locator('fieldset[data-question="ordinateur-partage"]');
  await question.locator('.option input').first().click();
  await question.locator('button.primary').click();
  await question.locator('.verdict').waitFor();
  await question.locator('.feedback').scrollIntoViewIfNeeded();
  await save(s, `question-${code}.png`);
  await s.goto('#/m/00-bienvenue/4');
  await s.page.locator('.scenario button.choice').last().click();
  await s.page.locator('.ending').scrollIntoViewIfNeeded();
  await save(s, `scenario-ending-${code}.png`);
}

/** The case guide at its next steps, after answering a few questions. */
async function guideShot(s, code) {
  await s.goto('#/guide');
  for (const index of [1, 1, 0, 2, 1]) {
    const before = await s.page.getAttribute('.guide h2', 'data-node');
    await s.page.locator('.guide-choices button.choice').nth(index).click();
    await s.page.waitForFunction((id) => document.querySelector('.guide h2')?.dataset.node !== id, before);
  }
  await s.page.locator('.guide h2').scrollIntoViewIfNeeded();
  await save(s, `guide-${code}.png`);
}

/** The projector while the room votes: choices shown, hands counted, consequence hidden. */
async function projectorShot(s, code) {
  await s.goto('#/present/00-bienvenue/ordinateur-partage');
  await s.page.keyboard.press('r');
  await s.page.waitForSelector('.present-stage .present-choice[data-choice="3"]');
  for (const [n, hands] of [[1, 3], [2, 5], [3, 9]]) {
    for (let i = 0; i < hands; i += 1) {
      await s.page.locator(`.present-stage .present-choice[data-choice="${n}"] .tally-add`).click();
    }
  }
  await s.page.mouse.move(0, 0);
  await save(s, `projector-${code}.png`);
}

/** Opens `route` on a device where every module is passed, in language `code`. */
async function openFinished(s, code, route) {
  const progress = { ...JSON.parse(finishedCourse()), locale: { code, chosen_at: 1 } };
  await s.storageSet(PROGRESS_KEY, JSON.stringify(progress));
  await s.page.goto(s.baseUrl + route);
  await s.reload();
}

/**
 * Opens the final assessment on a device where every module is passed, starts an attempt and
 * answers each question with its first choice or menu item.
 */
async function openAttempt(s, code) {
  await openFinished(s, code, '#/bilan');
  await s.page.locator('.assessment-start button.primary').click();
  const questions = s.page.locator('.assessment-attempt fieldset.question');
  await questions.first().waitFor();
  for (let i = 0; i < (await questions.count()); i++) {
    const question = questions.nth(i);
    const choices = question.locator('input[type=radio], input[type=checkbox]');
    if (await choices.count()) await choices.first().check();
    const menus = question.locator('select');
    for (let m = 0; m < (await menus.count()); m++) await menus.nth(m).selectOption({ index: 1 });
  }
}

/** The final assessment with an attempt open, from its title to its first question, answered. */
async function attemptShot(s, code) {
  await openAttempt(s, code);
  await s.settled();
  await showFromTop(s, '.assessment-attempt');
  await save(s, `assessment-${code}.png`);
}

/** The assessment's result after submitting, then the start of its review, question by question. */
async function reviewShot(s, code) {
  await openAttempt(s, code);
  await s.page.locator('.assessment-submit').click();
  await s.page.locator('.assessment-confirm button.primary').click();
  await s.page.locator('.assessment-result').waitFor();
  await s.settled();
  await showFromTop(s, '.assessment-result');
  await save(s, `assessment-review-${code}.png`);
}

/** Trainer mode's class results with a table loaded from a few learners' results files. */
async function classResultsShot(s, code) {
  await s.goto('#/trainer/results');
  const learners = [
    ['سلمى بنعلي', { passed: MODULES.length, scores: [55, 85] }],
    ['Hamza Tazi', { passed: MODULES.length, scores: [90] }],
    ['فاطمة الزهراء العلوي', { passed: MODULES.length - 2 }],
    ['Nadia Alaoui', { passed: MODULES.length, scores: [60, 65, 75] }],
    ['يوسف الإدريسي', { passed: 4 }],
    ['Omar Benali', { passed: MODULES.length, scores: [40] }],
  ];
  await s.page.locator('.results-drop input[type=file]').setInputFiles(learners.map(([name, options], n) => (
    { name: `resultats-${n}.json`, mimeType: 'application/json', buffer: Buffer.from(resultsFile(name, options)) })));
  await s.page.waitForFunction((n) => document.querySelectorAll('.results-table tbody tr').length === n, learners.length);
  await s.settled();
  await showFromTop(s, '.results-drop');
  await save(s, `class-results-${code}.png`);
}

/** A module's session plan, from the choice of length to its first parts. */
async function planShot(s, code) {
  await s.goto('#/trainer/plan/05-reagir');
  await s.page.locator('.plan-part').first().waitFor();
  await s.settled();
  await showFromTop(s, '.plan-controls');
  await save(s, `plan-${code}.png`);
}

/** The completion record of a learner who passed the 14 modules: its table of modules. */
async function recordShot(s, code) {
  await openFinished(s, code, '#/certificate');
  await s.page.locator('.record-modules').waitFor();
  await s.settled();
  await showFromTop(s, '.record-modules');
  await save(s, `record-${code}.png`);
}

/** Trainer mode's list of the 14 modules, each with its projection and session plan links. */
async function trainerShot(s, code) {
  await s.goto('#/trainer');
  await s.settled();
  await showFromTop(s, '.plan-module');
  await save(s, `trainer-${code}.png`);
}

/** Scrolls the page so that the first element matching `selector` starts at the top of the window. */
async function showFromTop(s, selector) {
  await s.page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

/** Saves the visible page under docs/screenshots/. */
async function save(s, file) {
  await s.page.screenshot({ path: join(out, file) });
  console.log(`saved docs/screenshots/${file}`);
}

ensureDist();
mkdirSync(out, { recursive: true });
const server = await serveStatic();
const browser = await launch();
try {
  const sets = [
    { name: 'map', take: learnerShots, viewport: PHONE, codes: ['fr', 'ar', 'ary'] },
    { name: 'guide', take: guideShot, viewport: PHONE, codes: ['ar'] },
    { name: 'assessment', take: attemptShot, viewport: PHONE, codes: ['ar'] },
    { name: 'review', take: reviewShot, viewport: PHONE, codes: ['fr'] },
    { name: 'results', take: classResultsShot, viewport: PHONE, codes: ['ar'] },
    { name: 'plan', take: planShot, viewport: PHONE, codes: ['fr'] },
    { name: 'record', take: recordShot, viewport: PHONE, codes: ['fr'] },
    { name: 'trainer', take: trainerShot, viewport: PHONE, codes: ['ar'] },
    { name: 'projector', take: projectorShot, viewport: PROJECTOR, codes: ['fr', 'ar'] },
  ];
  const wanted = process.argv.slice(2);
  for (const { take, viewport, codes } of sets.filter((set) => !wanted.length || wanted.includes(set.name))) {
    for (const code of codes) {
      const s = await Session.open(browser, server.url, { locale: LANGUAGES[code].locale, viewport });
      // A browser's own favicon.ico request is not the app's (it ships favicon.svg).
      await s.context.route('**/favicon.ico', (r) => r.fulfill({ status: 204, body: '' }));
      await s.start('', LANGUAGES[code].name);
      await take(s, code);
      s.assertClean();
      await s.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
}
