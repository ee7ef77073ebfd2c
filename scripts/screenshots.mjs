// Writes every screenshot of docs/screenshots/ from a release build (dist/, or AMANE_DIST):
// at phone size (360×640) in each language, the course map, a question with its feedback and a
// scenario ending; in Arabic, the case guide at its next steps; at projector size (1920×1080) in French and Arabic, the trainer's projector
// view while the room votes. Run after a build: `node scripts/screenshots.mjs` (needs `npm ci`
// in tests/e2e once). Fails if a page reports a console error or a failed request.
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic, launch, Session, ensureDist } from '../tests/e2e/harness.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots');
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
    { take: learnerShots, viewport: { width: 360, height: 640 }, codes: ['fr', 'ar', 'ary'] },
    { take: guideShot, viewport: { width: 360, height: 640 }, codes: ['ar'] },
    { take: projectorShot, viewport: { width: 1920, height: 1080 }, codes: ['fr', 'ar'] },
  ];
  for (const { take, viewport, codes } of sets) {
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
