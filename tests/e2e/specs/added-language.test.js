// A fourth language added to a copy of the course by files alone, as content/AUTHORING.md
// ("Languages") tells an author: a [[languages]] table and a title in course.toml, a partial
// locales/en/main.ftl and one translated module. A newcomer finds it on the first-visit picker,
// the app speaks it where it can and falls back on French for the rest: messages and modules.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite, serveStatic, DIST, Session, message, MODULES } from '../harness.js';

const { env } = suite({ before, after });
const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

const ENGLISH = `
[[languages]]
code = "en"
name = "English"
dir = "ltr"
plural = "en"
fallback = ["fr"]
`;

/** A copy of the built course with English added to it; its folder. */
function courseWithEnglish() {
  const dir = mkdtempSync(join(tmpdir(), 'amane-en-'));
  cpSync(DIST, dir, { recursive: true, dereference: true });
  const manifest = join(dir, 'content/course.toml');
  const course = readFileSync(manifest, 'utf8');
  assert.match(course, /\n\[title\]\n/);
  writeFileSync(manifest, course.replace('\n[title]\n', `${ENGLISH}\n[title]\nen = "Amane — online safety"\n`));
  mkdirSync(join(dir, 'locales/en'));
  writeFileSync(join(dir, 'locales/en/main.ftl'),
    'language-title = Choose your language\nheader-quick-exit = Leave now\n');
  const first = join(dir, 'content/modules', MODULES[0]);
  cpSync(join(first, 'fr.md'), join(first, 'en.md'));
  // Its entry on the course map, with the title translated.
  const french = readFileSync(join(dir, 'content/map/fr.toml'), 'utf8');
  const entry = french.slice(french.indexOf(`[${MODULES[0]}]`)).split(/\n(?=\[)/)[0];
  writeFileSync(join(dir, 'content/map/en.toml'), entry.replace(/^title = .*$/m, 'title = "Welcome to Amane"'));
  // The step the guide gives for a copy of the site that cannot be rebuilt.
  execFileSync('python3', [join(ROOT, 'scripts/course_meta.py'), dir]);
  return dir;
}

test('a language added by files appears on the first-visit picker, and what it lacks falls back on French', async () => {
  const dir = courseWithEnglish();
  const server = await serveStatic(dir);
  const s = await Session.open(env.browser, server.url);
  try {
    await s.goto('');
    const picker = s.page.locator('#boot-picker');
    await picker.waitFor({ state: 'visible' });
    const buttons = await picker.locator('button').evaluateAll((all) => all.map((b) => [b.lang, b.dir, b.textContent]));
    assert.deepEqual(buttons.at(-1), ['en', 'ltr', 'English']);
    assert.equal(buttons.length, 4);
    assert.match(await picker.locator('h1').textContent(), /Choose your language/);

    await picker.locator('button[lang="en"]').click();
    await s.page.waitForSelector('main#main[data-route="home"] h1');
    assert.equal(await s.page.getAttribute('html', 'lang'), 'en');
    assert.equal(await s.page.getAttribute('html', 'dir'), 'ltr');
    assert.equal(await s.text('header .quick-exit'), 'Leave now', 'a message the English file has');
    assert.equal(await s.text('header a[href="#/help"]'), message('fr', 'header-help'), 'one it lacks, in French');
    const options = await s.page.locator('header select option').evaluateAll((all) => all.map((o) => o.value));
    assert.deepEqual(options, ['fr', 'ar', 'ary', 'en']);
    const card = (id) => s.page.locator(`[data-module="${id}"] h2`);
    await card(MODULES[0]).waitFor();
    assert.equal(await card(MODULES[0]).textContent(), 'Welcome to Amane', 'the English course map');
    assert.equal(await card(MODULES[0]).getAttribute('lang'), 'en');
    assert.equal(await card(MODULES[1]).getAttribute('lang'), 'fr', 'a module not on it: the French map');

    await s.page.evaluate((id) => { location.hash = `#/m/${id}/1`; }, MODULES[0]);
    await s.page.waitForSelector('main#main article');
    assert.equal(await s.page.getAttribute('main#main article', 'lang'), 'en', 'the translated module');
    assert.equal(await s.page.locator('.fallback-note').count(), 0);

    await s.page.evaluate((id) => { location.hash = `#/m/${id}/1`; }, MODULES[1]);
    await s.page.waitForSelector('main#main .fallback-note');
    assert.equal(await s.page.getAttribute('main#main article', 'lang'), 'fr', 'a module not translated yet');
    assert.match(await s.text('main#main .fallback-note'), /Français/);
    const missingEnglish = (p) => /^(HTTP 404|request failed): \S+\/en\.md\b/.test(p)
      || (p.startsWith('console error: Failed to load resource') && p.includes('404'));
    const unexpected = s.problems.filter((p) => !missingEnglish(p));
    assert.deepEqual(unexpected, [], 'only the untranslated modules are missing');
  } finally {
    await s.close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
