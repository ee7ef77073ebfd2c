// The case guide "what do I do now?" (#/guide), in French and Arabic on a phone: reached in one
// tap from the help page and the course map, walked along three paths to their next steps,
// Back to the previous question, the summary printed on one A4 page and copied as text, then
// cleared; walking it leaves no storage entry and nothing in the cache but the guide's own
// text; axe finds nothing at 360 px; the whole guide works with the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite, plain } from '../harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const AXE_SOURCE = readFileSync(join(here, '..', 'vendor', 'axe-core', 'axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const { withSession } = suite({ before, after });

const LOCALES = {
  fr: { name: 'Français', browser: 'fr-FR', back: 'Question précédente', clear: 'Effacer et recommencer' },
  ar: { name: 'العربية', browser: 'ar-MA', back: 'السؤال السابق', clear: 'امسح وابدأ من جديد' },
};

/** Three paths (the index of each answer) and the next steps each leads to. */
const PATHS = [
  { answers: [0], end: 'fin-danger' },
  { answers: [1, 0, 0, 0, 0], end: 'fin-famille' },
  { answers: [1, 1, 0, 2, 0], end: 'fin-images-mineur' },
];

/** The id of the question or next steps shown. */
const shownNode = (s) => s.page.getAttribute('.guide h2', 'data-node');

/** Every localStorage entry, sorted, as text. */
const storage = (s) => s.page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

/** Every URL kept in Cache Storage, across all caches. */
const cached = (s) => s.page.evaluate(async () => {
  const urls = [];
  for (const name of await caches.keys()) {
    for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
  }
  return urls.sort();
});

/** Runs axe-core on the page and returns one line per violation. */
async function axe(s, where) {
  if (!(await s.page.evaluate(() => typeof window.axe === 'object'))) await s.page.evaluate(AXE_SOURCE);
  const { violations } = await s.page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  return violations.flatMap((v) => v.nodes.map((n) => `${where}: ${v.id} ${v.help} at ${n.target.join(' ')}`));
}

/** Clicks the answer `index` of the question shown and waits for the next node. */
async function answer(s, index) {
  const before = await shownNode(s);
  await s.page.locator('.guide-choices button.choice').nth(index).click();
  await s.page.waitForFunction((id) => document.querySelector('.guide h2')?.dataset.node !== id, before);
}

/** The number of pages of a PDF. */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/** Opens the app in `code`, with the service worker in control, at the help page. */
async function openHelp(s, code) {
  await s.start('#/help', LOCALES[code].name);
  await s.page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 60000 });
  await s.page.waitForLoadState('networkidle');
}

for (const code of Object.keys(LOCALES)) {
  const words = LOCALES[code];

  test(`${code}: three paths to their next steps, Back, one printed page, copied text, and no trace`, () =>
    withSession({ locale: words.browser }, async (s) => {
      await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(s.baseUrl).origin });
      await openHelp(s, code);
      const storedBefore = await storage(s);
      const cachedBefore = await cached(s);

      await s.page.locator('.guide-link a').click();
      await s.page.locator('.guide h2').waitFor();
      assert.equal(await s.page.getAttribute('main', 'data-route'), 'guide');
      assert.equal(await shownNode(s), 'danger');
      assert.deepEqual(await axe(s, `${code} first question`), []);

      for (const path of PATHS) {
        for (const index of path.answers) await answer(s, index);
        assert.equal(await shownNode(s), path.end);
        assert.equal(await s.page.locator('.guide-answers li').count(), path.answers.length);
        assert.equal(await s.page.locator('.guide-choices').count(), 0, 'no answer left at the end');
        assert.equal(await s.page.locator('.guide .score, .guide .ending-label').count(), 0, 'no score, no judgement');
        await s.page.locator('.guide-clear').click();
        await s.page.waitForFunction(() => document.querySelector('.guide h2')?.dataset.node === 'danger');
        assert.equal(await s.page.locator('.guide-summary').count(), 0, 'cleared');
      }

      // Back goes to the previous question, with its answer undone.
      await answer(s, 1);
      await answer(s, 1);
      assert.equal(await shownNode(s), 'age');
      await s.clickText(words.back);
      assert.equal(await shownNode(s), 'secret');
      await answer(s, 0);
      assert.equal(await shownNode(s), 'secret-reponse');

      await s.clickText(words.back);
      await s.clickText(words.back);
      assert.equal(await shownNode(s), 'danger', 'back to the first question');
      assert.equal(await s.page.locator('.guide-back').isVisible(), false, 'nothing before the first question');

      // The longest next steps, with their summary, print on one A4 page.
      for (const index of PATHS[2].answers) await answer(s, index);
      assert.deepEqual(await axe(s, `${code} next steps`), []);
      await s.page.emulateMedia({ media: 'print' });
      for (const hidden of ['header.top', '.guide-tools', '.guide-actions', '.guide-page > .prose']) {
        assert.equal(await s.page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
      }
      assert.ok(await s.page.locator('.guide-answers').isVisible(), 'the answers are printed');
      assert.equal(pdfPages(await s.page.pdf({ format: 'A4' })), 1, 'the summary prints on one A4 page');
      await s.page.emulateMedia({ media: 'screen' });

      // Copied as text: what was answered, then what to do.
      await s.page.locator('.guide-tools button:not(.primary):not(.guide-clear)').click();
      await s.page.locator('.guide-copied:not(:empty)').waitFor();
      const copied = await s.page.evaluate(() => navigator.clipboard.readText());
      const firstAnswer = plain(await s.text('.guide-answers li strong'));
      assert.ok(copied.includes(` — ${firstAnswer}\n`), copied.slice(0, 120));
      assert.ok(copied.includes(plain(await s.text('.guide h2'))), 'the next steps are named');
      const answers = copied.split('\n').filter((line) => line.startsWith('- '));
      assert.ok(answers.length > PATHS[2].answers.length + 3, 'the answers and the next steps as lines');
      assert.match(copied, /2511/);

      // Nothing of the walk was kept: no storage entry, and only the guide's own text cached.
      assert.equal(await storage(s), storedBefore);
      const added = (await cached(s)).filter((url) => !cachedBefore.includes(url));
      assert.deepEqual(added.map((url) => new URL(url).pathname.replace(/^.*?\/content\//, 'content/')),
        [`content/guide/${code}.md`]);
    }));
}

test('the course map opens the guide in one tap; axe finds nothing in ar on a phone', () =>
  withSession({ locale: 'ar-MA' }, async (s) => {
    await s.start('#/', LOCALES.ar.name);
    await s.page.locator('main .guide-link a').click();
    await s.page.locator('.guide h2').waitFor();
    assert.equal(await s.page.getAttribute('html', 'dir'), 'rtl');
    await answer(s, 1);
    assert.deepEqual(await axe(s, 'ar second question'), []);
  }));

test('fr: the whole guide by keyboard: answer, go back, reach the next steps, clear', () =>
  withSession({ keyboard: true }, async (s) => {
    await s.start('#/guide');
    await s.page.locator('.guide h2').waitFor();
    const focusedNode = () => s.page.evaluate(() => document.activeElement?.dataset.node ?? null);
    const press = async (locator) => {
      await s.tabTo(locator);
      await s.page.keyboard.press('Enter');
    };
    const choice = (n) => s.page.locator('.guide-choices button.choice').nth(n);
    for (const [index, next] of [[1, 'secret'], [1, 'age']]) {
      await press(choice(index));
      await s.page.waitForFunction((id) => document.activeElement?.dataset.node === id, next);
    }
    await press(s.page.locator('.guide-back'));
    await s.page.waitForFunction(() => document.activeElement?.dataset.node === 'secret');
    for (const index of [1, 1, 2, 1]) {
      const before = await focusedNode();
      await press(choice(index));
      await s.page.waitForFunction((id) => document.activeElement?.dataset.node && document.activeElement.dataset.node !== id, before);
    }
    assert.equal(await focusedNode(), 'fin-compte', 'focus moves to the next steps');
    await press(s.page.locator('.guide-clear'));
    await s.page.waitForFunction(() => document.activeElement?.dataset.node === 'danger');
  }));

test('fr: a trainer projects the guide from its page, one question at a time, with numbered answers', () =>
  withSession({ viewport: { width: 1280, height: 800 } }, async (s) => {
    await s.start('#/guide');
    await s.page.locator('.guide-present a').click();
    await s.page.locator('.present-stage h1').waitFor();
    assert.equal(await s.page.getAttribute('main', 'data-route'), 'present');
    assert.equal(plain(await s.text('.present-stage h1')), "Quelqu'un est-il en danger en ce moment ?");
    await s.page.keyboard.press(' ');
    await s.page.locator('.present-stage .present-choice[data-choice="2"]').waitFor();
  }));
