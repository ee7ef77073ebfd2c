// The foundation: the app loads from a sub-path, fetches the manifest and a module at run
// time, renders Markdown and Fluent strings, keeps a value across a reload, and routes
// survive reloads and deep links. The harness catches console errors and failed requests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { suite, PROGRESS_KEY } from '../harness.js';

const { withSession } = suite({ before, after });

test('the course title from content/course.toml and a Fluent heading are shown', () =>
  withSession({}, async (s) => {
    await s.start();
    assert.equal(await s.text('header .brand'), 'Amane — sécurité en ligne');
    assert.equal(await s.text('main h1'), 'Les modules');
  }));

test('a module step renders its Markdown', () =>
  withSession({}, async (s) => {
    await s.start('#/m/00-bienvenue/2');
    assert.equal(await s.text('main h1'), 'Comment avancer');
    assert.equal(await s.text('main article strong'), 'sur cet appareil');
  }));

test('a deep link downloads its module in the chosen language while the app starts, once', () =>
  withSession({}, async (s) => {
    await s.start('#/m/01-ma-vie-en-ligne/2', 'العربية');
    const modules = [];
    s.page.on('request', (r) => { if (r.url().includes('/content/modules/')) modules.push(new URL(r.url()).pathname); });
    await s.reload();
    await s.page.waitForSelector('main[data-route="step"] article h1');
    const path = new URL('content/modules/01-ma-vie-en-ligne/ar.md', s.baseUrl).pathname;
    assert.deepEqual(modules, [path], 'one request for the module, none for another language');
    const started = await s.page.evaluate((p) => {
      const entries = performance.getEntriesByType('resource');
      const at = (test) => entries.filter((e) => test(new URL(e.name).pathname)).map((e) => e.startTime);
      return { module: at((name) => name === p), wasm: at((name) => name.endsWith('.wasm')) };
    }, path);
    assert.equal(started.module.length, 1, 'one download, reused by the app');
    assert.ok(started.module[0] < started.wasm[0],
      `asked for by the page itself before the app (module at ${started.module[0]} ms, wasm at ${started.wasm[0]} ms)`);
  }));

test('the chosen language is stored and survives a reload', () =>
  withSession({}, async (s) => {
    await s.start('', 'العربية');
    assert.equal(await s.page.getAttribute('html', 'dir'), 'rtl');
    await s.reload();
    assert.equal(await s.page.getAttribute('html', 'lang'), 'ar');
    assert.equal(await s.page.locator('.language-picker').count(), 0);
    assert.match(await s.storageGet(PROGRESS_KEY), /"code":"ar"/);
  }));

test('a deep link opens the help page directly and survives a reload', () =>
  withSession({}, async (s) => {
    await s.start('#/help');
    assert.equal(await s.page.getAttribute('main', 'data-route'), 'help');
    await s.reload();
    assert.equal(await s.page.getAttribute('main', 'data-route'), 'help');
    assert.equal(await s.text('main h1'), 'Aide');
  }));

test('the harness reports a console error and a failed request', () =>
  withSession({}, async (s) => {
    await s.start();
    // The harness's own listeners hear each event before these later ones.
    const logged = s.page.waitForEvent('console', (m) => m.text() === 'deliberate error');
    const answered = s.page.waitForEvent('response', (r) => r.url().endsWith('/missing-file.txt'));
    await s.page.evaluate(() => console.error('deliberate error'));
    await s.page.evaluate(() => fetch('missing-file.txt').catch(() => {}));
    await Promise.all([logged, answered]);
    assert.throws(() => s.assertClean(), /deliberate error/);
    assert.throws(() => s.assertClean(), /HTTP 404: .*missing-file\.txt/);
    s.problems.length = 0;
  }));
