// Writes the README's screenshots into docs/screenshots/: the course map, a question with its
// feedback and a scenario ending, at phone size, in each language. Run after a build:
//   AMANE_DIST=dist node tests/e2e/screenshots.js
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic, launch, Session } from './harness.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const NAMES = { fr: 'Français', ar: 'العربية', ary: 'الدارجة' };

const server = await serveStatic();
const browser = await launch();
try {
  for (const [code, name] of Object.entries(NAMES)) {
    const s = await Session.open(browser, server.url, { viewport: { width: 360, height: 640 } });
    await s.start('', name);
    await s.page.waitForSelector('.module-card h2');
    await s.page.screenshot({ path: join(out, `map-${code}.png`) });
    await s.goto('#/m/00-bienvenue/3');
    const q = s.page.locator('fieldset[data-question="ordinateur-partage"]');
    await q.locator('.option input').first().click();
    await q.locator('button.primary').click();
    await q.locator('.verdict').waitFor();
    await q.locator('.feedback').scrollIntoViewIfNeeded();
    await q.screenshot({ path: join(out, `question-${code}.png`) });
    await s.goto('#/m/00-bienvenue/4');
    await s.page.locator('.scenario button.choice').last().click();
    await s.page.locator('.ending').waitFor();
    await s.page.locator('.ending').scrollIntoViewIfNeeded();
    await s.page.screenshot({ path: join(out, `scenario-ending-${code}.png`) });
    await s.close();
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(`screenshots written to ${out}`);
