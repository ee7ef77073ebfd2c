// Three languages: switching mid-module keeps the place and the progress and sets lang/dir;
// nothing overflows at 360 px in any language; the first visit names each language in its own
// script; a missing module falls back ary → ar → fr with a note; Latin addresses in Arabic text
// read as written, and so do phone numbers written with spaces; each language is named in its
// own script. (The first visit's picker and the messages' downloads: first-visit.test.js.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, serveStatic, DIST, Session, plain, message, PROGRESS_KEY } from '../harness.js';

const { env, withSession } = suite({ before, after });

/** Chooses a language in the header menu. */
const switchTo = (s, code) => s.page.locator('header select').selectOption(code);

test('switching fr → ar → ary mid-module keeps the place, the progress and sets lang/dir', () =>
  withSession({}, async (s) => {
    await s.start('#/m/01-ma-vie-en-ligne/3');
    const frTitle = await s.text('main h1');
    const before = JSON.parse(await s.storageGet(PROGRESS_KEY)).modules;
    for (const [code, dir] of [['ar', 'rtl'], ['ary', 'rtl'], ['fr', 'ltr']]) {
      await switchTo(s, code);
      await s.page.waitForFunction((c) => document.documentElement.lang === c, code);
      assert.equal(await s.page.getAttribute('html', 'dir'), dir);
      assert.match(s.page.url(), /#\/m\/01-ma-vie-en-ligne\/3$/);
      assert.equal(await s.text('.step-count').then((t) => t.match(/\d+/)[0]), '3');
      await s.page.waitForSelector(`main article[lang="${code}"]`);
    }
    assert.equal(await s.text('main h1'), frTitle);
    const after = JSON.parse(await s.storageGet(PROGRESS_KEY));
    assert.deepEqual(Object.keys(after.modules), Object.keys(before));
    assert.equal(after.locale.code, 'fr');
  }));

test('the first visit shows each language in its own script and direction, whatever the browser\'s language', () =>
  withSession({ locale: 'ar-MA' }, async (s) => {
    await s.goto();
    const buttons = await s.page.locator('main[data-route] .language-picker button').evaluateAll((all) =>
      all.map((b) => [b.textContent, b.lang, b.dir]));
    assert.deepEqual(buttons, [['Français', 'fr', 'ltr'], ['العربية', 'ar', 'rtl'], ['الدارجة', 'ary', 'rtl']]);
  }));

for (const code of ['fr', 'ar', 'ary']) {
  test(`no element overflows horizontally at 360 px in ${code}`, () =>
    withSession({ viewport: { width: 360, height: 640 } }, async (s) => {
      const name = { fr: 'Français', ar: 'العربية', ary: 'الدارجة' }[code];
      for (const route of ['', '#/m/00-bienvenue/3', '#/m/00-bienvenue/4', '#/m/05-reagir/1', '#/help', '#/my-data']) {
        await s.start(route, name);
        await s.settled();
        const wide = await s.page.evaluate(() => [...document.querySelectorAll('body *')]
          .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1); })
          .map((el) => `${el.tagName}.${el.className}`).slice(0, 5));
        assert.deepEqual(wide, [], `overflowing elements on ${route || 'home'}`);
        assert.equal(await s.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true);
      }
    }));
}

/**
 * Runs `body` on a session over a copy of dist/ without `removed` (paths under content/); the
 * 404s of the removed files are expected, any other problem fails the test.
 */
async function withoutFiles(removed, body) {
  const dir = mkdtempSync(join(tmpdir(), 'amane-fallback-'));
  cpSync(DIST, dir, { recursive: true, dereference: true });
  for (const path of removed) rmSync(join(dir, 'content', path));
  const server = await serveStatic(dir);
  const s = await Session.open(env.browser, server.url);
  try {
    await body(s);
    const expected = (p) => /status of 404/.test(p) || removed.some((path) => p.includes(path));
    assert.deepEqual(s.problems.filter((p) => !expected(p)), []);
  } finally {
    await s.close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a module missing in Darija is shown in Arabic with a visible note', () =>
  withoutFiles(['modules/02-comptes-et-mots-de-passe/ary.md'], async (s) => {
    await s.start('#/m/02-comptes-et-mots-de-passe/1', 'الدارجة');
    await s.page.waitForSelector('.fallback-note');
    assert.equal(await s.page.getAttribute('main article', 'lang'), 'ar');
    assert.equal(plain(await s.text('.fallback-note')),
      message('ary', 'content-fallback', { language: 'العربية' }), 'it names the language shown');
  }));

test('a module missing in both Darija and Arabic is shown in French with a visible note', () =>
  withoutFiles(['modules/03-arnaques-et-faux-profils/ary.md', 'modules/03-arnaques-et-faux-profils/ar.md'], async (s) => {
    await s.start('#/m/03-arnaques-et-faux-profils/1', 'الدارجة');
    await s.page.waitForSelector('main article[lang=fr]');
    assert.equal(await s.page.getAttribute('main article', 'dir'), 'ltr');
    assert.equal(await s.page.getAttribute('html', 'lang'), 'ary', 'the interface stays in Darija');
    const note = s.page.locator('.fallback-note');
    assert.ok(await note.isVisible());
    assert.equal(plain(await note.innerText()), message('ary', 'content-fallback', { language: 'Français' }));
    const french = readFileSync(join(DIST, 'content/modules/03-arnaques-et-faux-profils/fr.md'), 'utf8');
    assert.equal(await s.text('main article h1'), french.match(/^## (.*?) \{#/m)[1]);
  }));

test('in an Arabic lesson, a Latin web address is isolated and reads left to right as written', () =>
  withSession({ viewport: { width: 1280, height: 800 } }, async (s) => {
    const id = '07-droits-et-signalement';
    const text = readFileSync(join(DIST, `content/modules/${id}/ar.md`), 'utf8');
    const step = text.split(/^## /m).slice(1).findIndex((b) => b.includes('[www.e-blagh.ma](')) + 1;
    assert.ok(step > 0, 'the Arabic module links to www.e-blagh.ma');
    await s.start(`#/m/${id}/${step}`, 'العربية');
    const link = s.page.locator('main article[lang=ar] a[href="https://www.e-blagh.ma/"]').first();
    await link.waitFor();
    const seen = await link.evaluate((a) => {
      const node = a.firstChild;
      const boxes = [...node.textContent].map((_, i) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        return { left: box.left, top: Math.round(box.top) };
      });
      return {
        text: a.textContent,
        bidi: getComputedStyle(a).unicodeBidi,
        dir: a.getAttribute('dir'),
        around: getComputedStyle(a.parentElement).direction,
        boxes,
      };
    });
    assert.equal(seen.text, 'www.e-blagh.ma');
    assert.equal(seen.around, 'rtl', 'the sentence around the address is right to left');
    assert.ok(seen.bidi === 'isolate' || seen.dir === 'auto', `unicode-bidi: ${seen.bidi}, dir: ${seen.dir}`);
    assert.equal(new Set(seen.boxes.map((b) => b.top)).size, 1, 'the address is on one line');
    const lefts = seen.boxes.map((b) => b.left);
    assert.deepEqual(lefts, [...lefts].sort((a, b) => a - b), 'each character is right of the one before');
    assert.ok(lefts[lefts.length - 1] > lefts[0]);
  }));

for (const [code, name] of [['ar', 'العربية'], ['ary', 'الدارجة']]) {
  test(`in ${code}, a phone number written with spaces reads in its written order on the help page`, () =>
    withSession({ viewport: { width: 1280, height: 800 } }, async (s) => {
      const help = readFileSync(join(DIST, `content/help/${code}.md`), 'utf8');
      const number = help.match(/\+\d+(?: \d+)+/)?.[0];
      assert.ok(number, `the ${code} help page gives a phone number with spaces`);
      await s.start('#/help', name);
      await s.page.waitForFunction((n) => document.querySelector('main')?.innerText.includes(n), number);
      // The on-screen left edge of each digit group of the first place the number is shown.
      const seen = await s.page.evaluate((wanted) => {
        const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent.indexOf(wanted);
          if (at < 0) continue;
          const lefts = [];
          let start = at;
          for (const group of wanted.split(' ')) {
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + group.length);
            lefts.push(range.getBoundingClientRect().left);
            start += group.length + 1;
          }
          const block = node.parentElement.closest('p, li, td, div');
          return { lefts, around: getComputedStyle(block).direction };
        }
        return null;
      }, number);
      assert.ok(seen, `${number} is shown on the ${code} help page`);
      assert.equal(seen.around, 'rtl', 'the paragraph around the number is right to left');
      assert.deepEqual(seen.lefts, [...seen.lefts].sort((a, b) => a - b),
        `each group of ${number} is right of the one before: ${seen.lefts.join(', ')}`);
    }));
}

test('on an Arabic page, a French source title and its publisher read left to right, even wrapped', () =>
  withSession({ viewport: { width: 360, height: 640 } }, async (s) => {
    await s.start('#/help', 'العربية');
    const list = s.page.locator('main details.sources');
    await list.waitFor();
    if (!(await list.getAttribute('open'))) await list.locator('summary').click();
    const item = list.locator('ol > li', { hasText: 'Loi n° 09-08' }).first();
    const seen = await item.evaluate((li) => ({
      around: getComputedStyle(li).direction,
      title: getComputedStyle(li.querySelector('a')).direction,
      publisher: getComputedStyle(li.querySelector('bdi')).direction,
    }));
    assert.deepEqual(seen, { around: 'rtl', title: 'ltr', publisher: 'ltr' });
  }));

test('the header menu names each language in its own script, whatever the interface language', () =>
  withSession({}, async (s) => {
    await s.start('#/help');
    for (const code of ['fr', 'ar', 'ary']) {
      await switchTo(s, code);
      await s.page.waitForFunction((c) => document.documentElement.lang === c, code);
      const options = await s.page.locator('header select option').evaluateAll((os) =>
        os.map((o) => [o.value, o.textContent, o.lang]));
      assert.deepEqual(options, [['fr', 'Français', 'fr'], ['ar', 'العربية', 'ar'], ['ary', 'الدارجة', 'ary']]);
    }
  }));
