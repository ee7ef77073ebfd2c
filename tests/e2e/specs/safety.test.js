// Safety: the quick exit (button and Shift×3) leaves no way Back; a full module run requests
// nothing from any other origin; hostile content shows as text, loses its links, and oversized
// or broken files get a clear message instead of freezing or a blank page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, serveStatic, DIST, Session } from '../harness.js';

const { env, withSession } = suite({ before, after });
const NEUTRAL = /^https:\/\/www\.google\.com\/search/;

/** Answers the neutral site locally (the test machine has no outside network). */
async function stubNeutralSite(s) {
  await s.context.route(NEUTRAL, (route) => route.fulfill({ contentType: 'text/html', body: '<title>neutral</title><p>neutral</p>' }));
}

for (const how of ['button', 'Shift pressed three times']) {
  test(`the quick exit by ${how} lands on the neutral page and Back does not show the course`, () =>
    withSession({}, async (s) => {
      await stubNeutralSite(s);
      await s.start('#/help');
      await s.goto('#/m/00-bienvenue/2');
      if (how === 'button') {
        await s.page.getByRole('button', { name: 'Quitter vite' }).click();
      } else {
        for (let i = 0; i < 3; i++) await s.page.keyboard.press('Shift');
      }
      await s.page.waitForURL(NEUTRAL);
      assert.equal(await s.page.title(), 'neutral');
      await s.page.goBack();
      assert.doesNotMatch(s.page.url(), /#\/m\/00-bienvenue\/2/, 'Back does not return to the page that was left');
    }));
}

test('typing with Shift in between other keys does not leave', () =>
  withSession({}, async (s) => {
    await s.start();
    for (const key of ['Shift', 'a', 'Shift', 'b', 'Shift']) await s.page.keyboard.press(key);
    await s.page.waitForTimeout(300);
    assert.match(s.page.url(), /\/amane\//);
  }));

test('a full module run requests only same-origin URLs', () =>
  withSession({}, async (s) => {
    const urls = [];
    s.page.on('request', (r) => urls.push(r.url()));
    await s.start();
    for (let step = 1; step <= 5; step++) await s.goto(`#/m/00-bienvenue/${step}`);
    await s.goto('#/help');
    const origin = new URL(env.server.url).origin;
    const foreign = urls.filter((u) => new URL(u).origin !== origin);
    assert.ok(urls.length > 5);
    assert.deepEqual(foreign, []);
  }));

/** A copy of dist/ whose welcome module (fr) is `text`, served on its own. */
async function withModule(text, body, manifest) {
  const dir = mkdtempSync(join(tmpdir(), 'amane-hostile-'));
  cpSync(DIST, dir, { recursive: true, dereference: true });
  if (text !== null) writeFileSync(join(dir, 'content/modules/00-bienvenue/fr.md'), text);
  if (manifest) writeFileSync(join(dir, 'content/course.toml'), manifest(readFileSync(join(dir, 'content/course.toml'), 'utf8')));
  const server = await serveStatic(dir);
  const s = await Session.open(env.browser, server.url);
  try {
    await body(s);
    s.assertClean();
  } finally {
    await s.close();
    server.stop();
  }
}

const FRONT = '+++\ntitle = "Hostile"\nsummary = "S"\nminutes = 1\nsources = []\n+++\n\n';

test('raw HTML shows as text and hostile links lose their link', () =>
  withModule(`${FRONT}## Un {#un}\n\n<script>window.pwned = 1</script>\n\n<img src=x onerror="window.pwned = 2">\n\n` +
    '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](&#106;avascript:alert(1)) [d](java&#x09;script:alert(1)) ' +
    '[e][ref] <javascript:alert(1)> [f](vbscript:msgbox(1)) [g](data:text/html,x) [ok](https://example.org/)\n\n' +
    '[ref]: javascript:alert(1)\n', async (s) => {
    await s.start('#/m/00-bienvenue/1');
    const article = s.page.locator('main article');
    assert.match(await article.innerText(), /<script>window\.pwned = 1<\/script>/);
    assert.match(await article.innerText(), /<img src=x onerror=/);
    assert.equal(await s.page.evaluate(() => window.pwned), undefined);
    const hrefs = await article.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, ['https://example.org/']);
    assert.match(await article.innerText(), /a b c d e/);
  }));

test('a 5 MB module is refused with a message instead of freezing the page', () =>
  withModule(`${FRONT}## Un {#un}\n\n${'Lorem ipsum dolor sit amet. '.repeat(190000)}\n`, async (s) => {
    await s.start('#/m/00-bienvenue/1');
    await s.page.waitForSelector('.load-error', { timeout: 60000 });
    assert.match(await s.text('main'), /Ce module n'a pas pu être chargé/);
    assert.match(await s.text('main'), /fr\.md:1:1: error: this file is \d+ KB, more than the 1024 KB a module may have/);
  }));

test('a module with 10 000 nested lists is refused with a message', () =>
  withModule(`${FRONT}## Un {#un}\n\n${'- '.repeat(10000)}x\n`, async (s) => {
    await s.start('#/m/00-bienvenue/1');
    await s.page.waitForSelector('.load-error', { timeout: 60000 });
    assert.match(await s.text('main'), /Ce module n'a pas pu être chargé/);
    assert.match(await s.text('main'), /fr\.md:\d+:\d+: error: lists or quotes are nested more than \d+ levels deep/);
  }));

test('a corrupted manifest shows an error page with the reason', () =>
  withModule(null, async (s) => {
    await s.goto();
    await s.page.waitForSelector('.load-error');
    assert.match(await s.text('main h1'), /Le cours n'a pas pu être chargé/);
    assert.match(await s.text('main'), /course\.toml:\d+:\d+: error: /);
    assert.ok(await s.page.getByRole('button', { name: 'Réessayer' }).isVisible());
  }, (toml) => toml.replace('pass_mark = 70', 'pass_mark = "soixante-dix"')));
