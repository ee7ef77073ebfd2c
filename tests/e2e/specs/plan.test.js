// Printable session plans: a module's plan in French and Arabic, on a phone and a desktop,
// with its parts in the module's order, minutes that add up to the chosen length (45 or 90),
// every discussion prompt of the module, nothing wider than the screen and no accessibility
// violation; the links from trainer mode; the parents' session with the text to say; printing
// on one or two A4 pages without the header or the controls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite, plain } from '../harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const CONTENT = join(here, '..', '..', '..', 'content');
const AXE_SOURCE = readFileSync(join(here, '..', 'vendor', 'axe-core', 'axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const { withSession } = suite({ before, after });

const MODULE = '05-reagir';
const LOCALES = { fr: { name: 'Français', dir: 'ltr' }, ar: { name: 'العربية', dir: 'rtl' } };
const SIZES = { phone: { width: 360, height: 640 }, desktop: { width: 1280, height: 800 } };

/** The module's text in `locale`, as the author wrote it. */
const source = (folder, locale) => readFileSync(join(CONTENT, folder, `${locale}.md`), 'utf8');

/** The front matter's title of a text. */
const titleOf = (text) => text.match(/^title = "(.+)"$/m)[1];
/** A module's title as the course map of `locale` gives it. */
const mapTitle = (module, locale) => {
  const map = readFileSync(join(CONTENT, 'map', `${locale}.toml`), 'utf8');
  return titleOf(map.slice(map.indexOf(`[${module}]`)));
};

/** How many `[!DISCUSS]` prompts a text has. */
const prompts = (text) => (text.match(/^> \[!DISCUSS\]$/gm) ?? []).length;

/** Opens `hash` as a trainer who picks `language` on the first-visit picker, and waits for the plan. */
async function open(s, hash, language = 'Français') {
  await s.start(hash, language);
  await s.page.locator('.plan-part').first().waitFor();
}

/** The parts shown: kind and minutes each, the total announced, and the total's text. */
async function parts(s) {
  const list = await s.page.locator('.plan-part').evaluateAll((all) =>
    all.map((p) => ({ kind: p.dataset.kind, minutes: Number(p.dataset.minutes) })));
  const total = Number(await s.page.locator('.plan-total').getAttribute('data-total'));
  return { list, total, text: plain(await s.page.locator('.plan-total').innerText()) };
}

/** Picks the length of `minutes` and waits for the plan to follow. */
async function choose(s, minutes) {
  await s.page.locator(`.plan-length input[value="${minutes}"]`).check();
  await s.page.locator(`.plan-total[data-total="${minutes}"]`).waitFor();
}

/** axe's WCAG A and AA violations on the page, one line each. */
async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${n.target.join(' ')}`));
}

/** Whether anything is wider than the screen. */
const overflows = (page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

/** The number of pages of a PDF (its `/Type /Page` objects; the page tree is `/Pages`). */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

for (const [locale, { name, dir }] of Object.entries(LOCALES)) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`a module's plan in ${locale} on a ${size}: parts in order, minutes that add up, 45 or 90`, () =>
      withSession({ viewport }, async (s) => {
        const text = source(`modules/${MODULE}`, locale);
        await open(s, `#/trainer/plan/${MODULE}`, name);
        assert.equal(await s.page.evaluate(() => document.documentElement.dir), dir);
        assert.equal(plain(await s.page.locator('main h1').innerText()), mapTitle(MODULE, locale));
        for (const minutes of [45, 90]) {
          if (minutes === 90) await choose(s, 90);
          const { list, total, text: said } = await parts(s);
          assert.equal(total, minutes);
          assert.match(said, new RegExp(`${minutes}`));
          assert.equal(list.reduce((sum, p) => sum + p.minutes, 0), minutes, 'the parts fill the session');
          assert.ok(list.every((p) => p.minutes >= 2), JSON.stringify(list));
          assert.equal(list[0].kind, 'opening');
          assert.equal(list.at(-1).kind, 'closing');
          const kinds = list.map((p) => p.kind);
          assert.ok(kinds.includes('presentation') && kinds.includes('vote') && kinds.includes('scenario'));
          assert.ok(kinds.indexOf('scenario') < kinds.indexOf('discussion'), 'discussions follow their scenario');
          assert.equal(kinds.filter((k) => k === 'discussion').length, prompts(text));
          assert.equal(kinds.includes('pair-work'), minutes === 90, 'pair work only in 90 minutes');
          assert.equal(await overflows(s.page), false, 'nothing wider than the screen');
        }
        assert.ok(await s.page.locator('.plan-low-literacy li').count() >= 5);
        assert.ok(await s.page.locator('.plan-part .trainer-note').count() >= 1, 'the trainer notes are shown');
        assert.deepEqual(await axe(s.page), []);
      }));
  }
}

test('trainer mode links every module to its plan, and to the parents\' session', () =>
  withSession({ viewport: SIZES.desktop }, async (s) => {
    await s.start('#/trainer');
    const row = s.page.locator(`.plan-module[data-module="${MODULE}"]`);
    await row.locator('.plan-link a').click();
    await s.page.locator('.plan-part').first().waitFor();
    assert.match(s.page.url(), new RegExp(`#/trainer/plan/${MODULE}$`));
    // In-app links replace the history entry (the app keeps one), so the trainer page is
    // opened again rather than gone back to.
    await s.goto('#/trainer');
    await s.page.locator('.plan-module').first().waitFor();
    assert.equal(
      await s.page.locator('.plan-module .plan-link a').count(),
      await s.page.locator('.plan-module').count(),
      'one plan link per module',
    );
    await s.page.locator('.plan-actions a.plan-link').click();
    await s.page.locator('.plan-part').first().waitFor();
    assert.match(s.page.url(), /#\/trainer\/plan\/parents$/);
  }));

test('the parents\' session: 60 or 90 minutes, with the text to say and its sources', () =>
  withSession({ viewport: SIZES.phone }, async (s) => {
    const text = source('plans/parents', 'fr');
    await open(s, '#/trainer/plan/parents');
    assert.equal(plain(await s.page.locator('main h1').innerText()), titleOf(text));
    let { list, total } = await parts(s);
    assert.equal(total, 60);
    assert.equal(list.reduce((sum, p) => sum + p.minutes, 0), 60);
    await choose(s, 90);
    ({ list } = await parts(s));
    assert.equal(list.reduce((sum, p) => sum + p.minutes, 0), 90);
    assert.equal(list.filter((p) => p.kind === 'discussion').length, prompts(text));
    const script = plain(await s.page.locator('.plan-script').allInnerTexts().then((t) => t.join('\n')));
    assert.match(script, /Salma/, 'the scenario is written out');
    assert.match(script, /Ne confisquez pas le téléphone/, 'the lesson text is written out');
    assert.match(script, /2511/);
    assert.ok(await s.page.locator('.plan-right').count() >= 3, 'the right answers are marked');
    assert.equal(await overflows(s.page), false);
    assert.deepEqual(await axe(s.page), []);
  }));

for (const [what, hash, language] of [
  ['a module\'s plan in French', `#/trainer/plan/${MODULE}`, 'Français'],
  ['a module\'s plan in Arabic', `#/trainer/plan/${MODULE}`, 'العربية'],
  ['the parents\' session in French', '#/trainer/plan/parents', 'Français'],
  ['the parents\' session in Darija', '#/trainer/plan/parents', 'الدارجة'],
]) {
  test(`${what} prints on one or two A4 pages without the header or the controls`, () =>
    withSession({ viewport: SIZES.desktop }, async (s) => {
      await open(s, hash, language);
      await choose(s, 90);
      await s.page.emulateMedia({ media: 'print' });
      assert.equal(await s.page.locator('header.top').isVisible(), false);
      assert.equal(await s.page.locator('.plan-controls').isVisible(), false);
      assert.equal(await s.page.locator('.plan-part').first().isVisible(), true);
      const pdf = await s.page.pdf({ format: 'A4' });
      const pages = pdfPages(pdf);
      assert.ok(pages >= 1 && pages <= 2, `${pages} A4 pages`);
    }));
}
