// A newcomer's first screen is index.html's own language picker, usable before the app has
// arrived; the app then starts in the chosen language without asking again and without losing
// the choice. A start downloads only the messages of the learner's language and its fallbacks,
// a switch downloads the new language's, a message missing in Darija falls back to Arabic, and
// every language works offline after a first visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, serveStatic, DIST, Session, message, COURSE_ID, PROGRESS_KEY } from '../harness.js';

const { env, withSession } = suite({ before, after });

/** Where index.html keeps a choice made on its picker until the app moves it into the progress. */
const CHOSEN_KEY = `amane.${COURSE_ID}.locale`;

/** The languages whose messages (`locales/<code>/main.ftl`) the page asks for, in order. */
function watchMessageFiles(page) {
  const asked = [];
  page.on('request', (request) => {
    const found = request.url().match(/\/locales\/([a-z]+)\/main\.ftl$/);
    if (found) asked.push(found[1]);
  });
  return asked;
}

/** Holds back the app's wasm until `release()` is called. */
async function holdWasm(context) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  return release;
}

/** Chooses a language in the header menu. */
const switchTo = (s, code) => s.page.locator('header select').selectOption(code);

test('a newcomer chooses on the page\'s own picker before the app has arrived, and the app starts in Arabic without asking again', () =>
  withSession({ locale: 'fr-FR' }, async (s) => {
    const release = await holdWasm(s.context);
    const asked = watchMessageFiles(s.page);
    await s.page.goto(s.baseUrl);
    const picker = s.page.locator('#boot-picker');
    await picker.waitFor({ state: 'visible' });
    await s.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length === 1);
    const buttons = await picker.locator('button').evaluateAll((all) =>
      all.map((b) => [b.lang, b.dir, b.textContent, b.getBoundingClientRect().height >= 44]));
    assert.deepEqual(buttons, [
      ['fr', 'ltr', 'Français', true], ['ar', 'rtl', 'العربية', true], ['ary', 'rtl', 'الدارجة', true],
    ]);
    assert.equal(await s.page.locator('#boot-loading').isVisible(), false);
    assert.ok(await s.page.locator('#boot-quick-exit').isVisible(), 'the quick exit is there before the app');
    assert.deepEqual(asked, [], 'no language is downloaded before one is chosen');

    await picker.locator('button[lang="ar"]').click();
    await s.page.waitForSelector('#boot-loading', { state: 'visible' });
    assert.equal(await s.storageGet(CHOSEN_KEY), 'ar', 'the choice is kept before the app has arrived');
    assert.equal(await s.page.locator('main#main').count(), 0, 'the app is still held back');
    await s.page.evaluate(() => {
      window.sawAppPicker = false;
      new MutationObserver(() => {
        if (document.querySelector('main#main .language-picker')) window.sawAppPicker = true;
      }).observe(document.body, { childList: true, subtree: true });
    });

    release();
    await s.page.waitForSelector('main#main[data-route="home"] h1');
    assert.equal(await s.page.getAttribute('html', 'lang'), 'ar');
    assert.equal(await s.page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await s.text('header .quick-exit'), message('ar', 'header-quick-exit'));
    assert.equal(await s.page.evaluate(() => window.sawAppPicker), false, 'the app never shows its own picker');
    assert.deepEqual(asked, ['ar', 'fr'], 'Arabic and its fallback, French');
    await s.page.waitForFunction((key) => /"code":"ar"/.test(localStorage.getItem(key) || ''), PROGRESS_KEY);
    assert.equal(await s.storageGet(CHOSEN_KEY), null, 'the choice has moved into the progress');
  }));

test('a choice made on the page\'s picker is kept when the page is left before the app started', () =>
  withSession({}, async (s) => {
    const release = await holdWasm(s.context);
    await s.page.goto(`${s.baseUrl}#/help`);
    await s.page.locator('#boot-picker button[lang="ary"]').click();
    await s.page.waitForSelector('#boot-loading', { state: 'visible' });
    await s.page.close();
    release();
    await s.context.unrouteAll({ behavior: 'ignoreErrors' });
    s.page = await s.context.newPage();
    s.watch(s.page);
    await s.goto('#/help');
    assert.equal(await s.page.locator('.language-picker').count(), 0);
    assert.equal(await s.page.getAttribute('html', 'lang'), 'ary');
    assert.equal(await s.text('header .quick-exit'), message('ary', 'header-quick-exit'));
    await s.page.waitForFunction((key) => /"code":"ary"/.test(localStorage.getItem(key) || ''), PROGRESS_KEY);
  }));

for (const [name, code, files] of [['Français', 'fr', ['fr']], ['العربية', 'ar', ['ar', 'fr']], ['الدارجة', 'ary', ['ary', 'ar', 'fr']]]) {
  test(`a start in ${code} downloads only the messages of ${files.join(', ')}`, () =>
    withSession({}, async (s) => {
      await s.start('#/m/00-bienvenue/1', name);
      const asked = watchMessageFiles(s.page);
      await s.reload();
      assert.equal(await s.page.getAttribute('html', 'lang'), code);
      assert.deepEqual(asked, files);
    }));
}

test('switching language in the app downloads the new language\'s messages, then shows them', () =>
  withSession({}, async (s) => {
    const asked = watchMessageFiles(s.page);
    await s.start('#/m/00-bienvenue/1');
    assert.deepEqual(asked, ['fr']);
    await switchTo(s, 'ary');
    await s.page.waitForFunction(() => document.documentElement.lang === 'ary');
    assert.deepEqual(asked, ['fr', 'ary', 'ar']);
    assert.equal(await s.text('header .quick-exit'), message('ary', 'header-quick-exit'));
    await s.page.waitForSelector('main article[lang="ary"]');
    await switchTo(s, 'ar');
    await s.page.waitForFunction(() => document.documentElement.lang === 'ar');
    assert.deepEqual(asked, ['fr', 'ary', 'ar'], 'a language already downloaded is not asked for again');
    assert.equal(await s.text('header .quick-exit'), message('ar', 'header-quick-exit'));
  }));

test('a message missing in Darija is shown in Arabic', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'amane-ftl-'));
  cpSync(DIST, dir, { recursive: true, dereference: true });
  const file = join(dir, 'locales/ary/main.ftl');
  const darija = readFileSync(file, 'utf8');
  assert.match(darija, /^header-quick-exit = /m);
  writeFileSync(file, darija.replace(/^header-quick-exit = .*\n/m, ''));
  const server = await serveStatic(dir);
  const s = await Session.open(env.browser, server.url);
  try {
    await s.start('', 'الدارجة');
    assert.equal(await s.page.getAttribute('html', 'lang'), 'ary');
    assert.equal(await s.text('header .quick-exit'), message('ar', 'header-quick-exit'));
    assert.equal(await s.text('header a[href="#/my-data"]'), message('ary', 'header-my-data'));
    s.assertClean();
  } finally {
    await s.close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('after a first visit in French, Arabic works offline, and so does a reload in it', async () => {
  const server = await serveStatic(DIST);
  const s = await Session.open(env.browser, server.url);
  try {
    await s.start();
    await s.page.evaluate(() => { location.hash = '#/language'; });
    await s.page.waitForSelector('main[data-route="language"] .language-picker');
    await s.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
    const arabic = new URL('locales/ar/main.ftl', server.url).href;
    await s.page.waitForFunction((u) => caches.match(u).then((r) => !!r), arabic, { timeout: 30000 });
    server.stop();
    await s.context.setOffline(true);
    await s.page.locator('main .language-picker button', { hasText: 'العربية' }).click();
    await s.page.waitForFunction(() => document.documentElement.lang === 'ar');
    assert.equal(await s.text('main h1'), message('ar', 'language-title'));
    await s.reload();
    assert.equal(await s.page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await s.text('main h1'), message('ar', 'language-title'));
    assert.equal(await s.text('header .quick-exit'), message('ar', 'header-quick-exit'));
    s.assertClean();
  } finally {
    await s.close();
    server.stop();
  }
});
