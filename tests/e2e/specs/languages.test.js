// Three languages: switching mid-module keeps the place and the progress and sets lang/dir;
// nothing overflows at 360 px in any language; the first visit preselects from the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, serveStatic, DIST, Session } from '../harness.js';

const { env, withSession } = suite({ before, after });

/** Chooses a language in the header menu. */
const switchTo = (s, code) => s.page.locator('header select').selectOption(code);

test('switching fr → ar → ary mid-module keeps the place, the progress and sets lang/dir', () =>
  withSession({}, async (s) => {
    await s.start('#/m/01-ma-vie-en-ligne/3');
    const frTitle = await s.text('main h1');
    const before = JSON.parse(await s.storageGet('amane.progress')).modules;
    for (const [code, dir] of [['ar', 'rtl'], ['ary', 'rtl'], ['fr', 'ltr']]) {
      await switchTo(s, code);
      await s.page.waitForFunction((c) => document.documentElement.lang === c, code);
      assert.equal(await s.page.getAttribute('html', 'dir'), dir);
      assert.match(s.page.url(), /#\/m\/01-ma-vie-en-ligne\/3$/);
      assert.equal(await s.text('.step-count').then((t) => t.match(/\d+/)[0]), '3');
      await s.page.waitForSelector(`main article[lang="${code}"]`);
    }
    assert.equal(await s.text('main h1'), frTitle);
    const after = JSON.parse(await s.storageGet('amane.progress'));
    assert.deepEqual(Object.keys(after.modules), Object.keys(before));
    assert.equal(after.locale.code, 'fr');
  }));

test('the first visit preselects Arabic for an ar-MA browser and shows each language in its own script', () =>
  withSession({ locale: 'ar-MA' }, async (s) => {
    await s.goto();
    assert.equal(await s.page.getAttribute('html', 'dir'), 'rtl');
    const names = await s.page.locator('.language-picker button').allInnerTexts();
    assert.deepEqual(names, ['Français', 'العربية', 'الدارجة']);
  }));

for (const code of ['fr', 'ar', 'ary']) {
  test(`no element overflows horizontally at 360 px in ${code}`, () =>
    withSession({ viewport: { width: 360, height: 640 } }, async (s) => {
      const name = { fr: 'Français', ar: 'العربية', ary: 'الدارجة' }[code];
      for (const route of ['', '#/m/00-bienvenue/3', '#/m/00-bienvenue/4', '#/m/05-reagir/1', '#/help', '#/my-data']) {
        await s.start(route, name);
        await s.page.waitForTimeout(100);
        const wide = await s.page.evaluate(() => [...document.querySelectorAll('body *')]
          .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1); })
          .map((el) => `${el.tagName}.${el.className}`).slice(0, 5));
        assert.deepEqual(wide, [], `overflowing elements on ${route || 'home'}`);
        assert.equal(await s.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true);
      }
    }));
}

test('a module missing in Darija is shown in Arabic with a visible note', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'amane-fallback-'));
  cpSync(DIST, dir, { recursive: true, dereference: true });
  rmSync(join(dir, 'content/modules/02-comptes-et-mots-de-passe/ary.md'));
  const server = await serveStatic(dir);
  const s = await Session.open(env.browser, server.url);
  try {
    await s.start('#/m/02-comptes-et-mots-de-passe/1', 'الدارجة');
    await s.page.waitForSelector('.fallback-note');
    assert.equal(await s.page.getAttribute('main article', 'lang'), 'ar');
    assert.match(await s.text('.fallback-note'), /هاد الدرس|الدارجة|بالعربية/);
    // The missing file's 404 is expected; anything else is a problem.
    const unexpected = s.problems.filter((p) => !/02-comptes-et-mots-de-passe\/ary\.md|status of 404/.test(p));
    assert.deepEqual(unexpected, []);
  } finally {
    await s.close();
    server.stop();
  }
});
