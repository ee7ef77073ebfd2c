// Saves screenshots of the trainer's projector view at 1920×1080, in French and in Arabic,
// under docs/screenshots/. Run after a release build: `node scripts/screenshots.mjs`
// (uses dist/, or AMANE_DIST; needs `npm ci` in tests/e2e once).
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic, launch, Session } from '../tests/e2e/harness.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'screenshots');
const ROUTE = '#/present/00-bienvenue/ordinateur-partage';
const SHOTS = [
  { file: 'projector-fr.png', locale: 'fr-FR', language: 'Français' },
  { file: 'projector-ar.png', locale: 'ar-MA', language: 'العربية' },
];

mkdirSync(out, { recursive: true });
const server = await serveStatic();
const browser = await launch();
try {
  for (const shot of SHOTS) {
    const s = await Session.open(browser, server.url, {
      locale: shot.locale, viewport: { width: 1920, height: 1080 },
    });
    await s.context.route('**/favicon.ico', (r) => r.fulfill({ status: 204, body: '' }));
    await s.goto(ROUTE);
    await s.page.locator('main .language-picker button', { hasText: shot.language }).click();
    await s.page.waitForSelector('.present-stage h1');
    // The room is voting: choices shown, hands counted, the consequence still hidden.
    await s.page.keyboard.press('r');
    await s.page.waitForSelector('.present-stage .present-choice[data-choice="3"]');
    for (const [n, hands] of [[1, 3], [2, 5], [3, 9]]) {
      for (let i = 0; i < hands; i += 1) {
        await s.page.locator(`.present-stage .present-choice[data-choice="${n}"] .tally-add`).click();
      }
    }
    await s.page.mouse.move(0, 0);
    await s.page.screenshot({ path: join(out, shot.file) });
    s.assertClean();
    await s.close();
    console.log(`saved docs/screenshots/${shot.file}`);
  }
} finally {
  await browser.close();
  server.stop();
}
