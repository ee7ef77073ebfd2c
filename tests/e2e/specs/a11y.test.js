// Accessibility (WCAG 2.2 AA) checked in a real browser: axe-core on every screen, in French,
// Arabic and Darija, at phone and desktop sizes; the check proven able to fail; every control
// reached by Tab shows its focus and is not hidden; the projector's text at 4.5:1 even where
// large; reduced motion; no time limit; `lang` on text in another language; the language switch
// and the progress export done with the keyboard alone; nothing cut off with enlarged text
// spacing or at 200 % text size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite, serveStatic, DIST, Session, finishedCourse, resultsFile, PROGRESS_KEY } from '../harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const VENDOR = join(here, '..', 'vendor', 'axe-core');
/** axe-core, vendored at the version pinned in package.json (never fetched by the run). */
const AXE_SOURCE = readFileSync(join(VENDOR, 'axe.min.js'), 'utf8');
/** The WCAG 2.0, 2.1 and 2.2 rules of levels A and AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const { env, withSession } = suite({ before, after });

const LOCALES = {
  fr: { name: 'Français', browser: 'fr-FR', dir: 'ltr' },
  ar: { name: 'العربية', browser: 'ar-MA', dir: 'rtl' },
  ary: { name: 'الدارجة', browser: 'ar-MA', dir: 'rtl' },
};
const SIZES = { phone: { width: 360, height: 640 }, desktop: { width: 1280, height: 800 } };

/** Waits until the page has fetched what it needs and rendered it. */
async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.loading'));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Loads `hash` afresh (a new page load, as a learner opening a link) and waits for it. */
async function open(s, hash) {
  await s.page.goto('about:blank');
  await s.page.goto(s.baseUrl + hash);
  await s.page.waitForSelector('main h1');
  await settle(s.page);
}

/** Opens every disclosure (sources, "what if…") so the text inside is checked too. */
const openDetails = (s) => s.page.locator('details').evaluateAll((all) => all.forEach((d) => { d.open = true; }));

/** Answers every question of the page with its first option(s) and checks it. */
async function answerAll(s) {
  for (const q of await s.page.locator('fieldset.question').all()) {
    const inputs = q.locator('input');
    if (await inputs.count()) await inputs.first().check();
    for (const select of await q.locator('select').all()) await select.selectOption({ index: 1 });
    await q.locator('button.primary').click();
    await q.locator('.verdict').waitFor();
  }
  await s.page.locator('.quiz-result').waitFor();
}

/** Plays the scenario with its first choices until an ending, then opens the recap. */
async function reachEnding(s) {
  const scenario = s.page.locator('.scenario');
  for (let i = 0; i < 20 && !(await scenario.locator('.ending').count()); i++) {
    await scenario.locator('button.choice').first().click();
  }
  await scenario.locator('.ending').waitFor();
  await openDetails(s);
}

/** On the projector of the sample scenario: the choices shown, votes counted, the consequence revealed. */
async function tallyAndReveal(s) {
  await s.page.keyboard.press(' ');
  const choice = (n) => s.page.locator(`.present-stage .present-choice[data-choice="${n}"]`);
  await choice(3).waitFor();
  for (const n of [3, 3, 1]) await choice(n).locator('.tally-add').click();
  await s.page.keyboard.press('r');
  await s.page.locator('.present-reveal').waitFor();
}

/** Shows what importing a file of a finished course would add (the preview, not confirmed). */
const previewImport = (s) => s.importFile(finishedCourse());

/** Imports a file in which the whole course is finished (from the my-data page). */
async function finishCourse(s) {
  await open(s, '#/my-data');
  await previewImport(s);
  await s.page.locator('.import-preview button.primary').click();
  await s.page.locator('.import-done').waitFor();
}

/** Loads two learners' results files and a refused one on the class results page. */
async function loadResults(s) {
  const files = [['Salma Benali', 3, [60, 90]], ['فاطمة الزهراء', 1, []]].map(([name, passed, scores]) =>
    ({ name: `${passed}.json`, mimeType: 'application/json', buffer: Buffer.from(resultsFile(name, { passed, scores })) }));
  files.push({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('notes') });
  await s.page.locator('.results-drop input[type=file]').setInputFiles(files);
  await s.page.locator('.results-refused').waitFor();
}

/** Waits until `selector` is on the page (the screen is in the state its name says). */
const shown = (selector) => (s) => s.page.locator(selector).first().waitFor({ timeout: 5000 });

/** Starts an attempt at the final assessment and answers its first question. */
async function startAttempt(s) {
  await s.page.locator('.assessment-start button.primary').click();
  await s.page.locator('.assessment-attempt fieldset.question input').first().check();
}

/** Asks to submit the open attempt, showing the confirmation. */
async function askSubmit(s) {
  await s.page.locator('.assessment-submit').click();
  await s.page.locator('.assessment-confirm').waitFor();
}

/** Submits the open attempt and shows its result and review. */
async function submitAttempt(s) {
  await askSubmit(s);
  await s.page.locator('.assessment-confirm button.primary').click();
  await s.page.locator('.assessment-result').waitFor();
}

/** Asks to delete the data, showing the confirmation. */
async function askDelete(s) {
  await s.page.locator('[aria-labelledby="delete-title"] button').click();
  await s.page.locator('[aria-labelledby="delete-title"] [role="alertdialog"]').waitFor();
}

/**
 * Every screen a learner or trainer sees, after the first-visit picker: `seed` runs before the
 * route is opened, `prepare` once it is shown. The last ones follow a finished course.
 */
const ROUTES = [
  { name: 'course map', hash: '#/' },
  { name: 'lesson step', hash: '#/m/00-bienvenue/2' },
  { name: 'content warning before a module', hash: '#/m/04-reconnaitre-le-cyberharcelement/1' },
  { name: 'last step with its sources open', hash: '#/m/01-ma-vie-en-ligne/6', prepare: openDetails },
  { name: 'questions before checking', hash: '#/m/00-bienvenue/3' },
  { name: 'questions with their feedback', hash: '#/m/00-bienvenue/3', prepare: answerAll },
  { name: 'scenario at an ending', hash: '#/m/00-bienvenue/4', prepare: reachEnding },
  { name: 'module summary', hash: '#/m/00-bienvenue/summary' },
  { name: 'help', hash: '#/help' },
  { name: 'my data', hash: '#/my-data' },
  { name: 'my data, confirming deletion', hash: '#/my-data', prepare: askDelete },
  { name: 'language', hash: '#/language' },
  { name: 'not found', hash: '#/nowhere' },
  { name: 'completion record', hash: '#/certificate' },
  { name: 'final assessment, locked', hash: '#/bilan', prepare: shown('.assessment-locked') },
  { name: 'trainer', hash: '#/trainer' },
  { name: 'class results', hash: '#/trainer/results' },
  { name: 'class results with a refused file', hash: '#/trainer/results', prepare: loadResults },
  { name: 'session plan of a module', hash: '#/trainer/plan/05-reagir', prepare: shown('.plan-part') },
  { name: "session plan for parents", hash: '#/trainer/plan/parents', prepare: shown('.plan-part') },
  { name: 'course checker', hash: '#/auteur', prepare: shown('.author-clean') },
  { name: 'projector', hash: '#/present/00-bienvenue/ordinateur-partage' },
  { name: 'projector, question set', hash: '#/present/00-bienvenue/decouvrir' },
  { name: 'projector, lesson step', hash: '#/present/00-bienvenue/step.avancer' },
  { name: 'projector, votes counted and consequence revealed', hash: '#/present/00-bienvenue/ordinateur-partage', prepare: tallyAndReveal },
  { name: 'presenter', hash: '#/presenter/00-bienvenue/ordinateur-partage' },
  { name: 'my data, previewing an import', hash: '#/my-data', prepare: previewImport },
  { name: 'completion record of a finished course', hash: '#/certificate', seed: finishCourse, prepare: shown('.record') },
  { name: 'course map of a finished course', hash: '#/', prepare: shown('.record-link') },
  { name: 'final assessment, an attempt open', hash: '#/bilan', prepare: startAttempt },
  { name: 'final assessment, confirming the submission', hash: '#/bilan', prepare: askSubmit },
  { name: 'final assessment, result and review', hash: '#/bilan', prepare: submitAttempt },
];

/** Opens every screen of ROUTES in turn (prepared) and calls `check(route)` on it. */
async function eachScreen(s, check) {
  for (const route of ROUTES) {
    await route.seed?.(s);
    await open(s, route.hash);
    if (route.prepare) {
      await route.prepare(s);
      // What the action set off (focus moving to new feedback, say) is done before checking.
      await settle(s.page);
    }
    await check(route);
  }
}

/** Runs axe-core on the page (loaded by evaluation: no script tag, so no CSP exception). */
async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  return result.violations;
}

/** One line per element in violation: rule, impact, what is wrong, where. */
const describe = (where, violations) => violations.flatMap((v) => v.nodes.map((n) =>
  `${where}: ${v.id} (${v.impact}) ${v.help}\n    at ${n.target.join(' ')}\n    ${n.failureSummary.replace(/\n/g, '\n    ')}`));

/** axe's violations plus the page structure every screen must have. */
async function audit(s, where, code, { nav = true } = {}) {
  const problems = describe(where, await axe(s.page));
  const shape = await s.page.evaluate(() => ({
    h1: document.querySelectorAll('h1').length,
    main: document.querySelectorAll('main').length,
    banner: document.querySelectorAll('header').length,
    nav: document.querySelectorAll('header nav').length,
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    title: document.title,
    wide: document.documentElement.scrollWidth > innerWidth,
    ungrouped: [...document.querySelectorAll('input[type="radio"], input[type="checkbox"]')]
      .filter((i) => !i.closest('fieldset')?.querySelector(':scope > legend')?.textContent.trim()).length,
  }));
  if (shape.h1 !== 1) problems.push(`${where}: ${shape.h1} h1 elements instead of one`);
  if (shape.main !== 1 || shape.banner !== 1 || shape.nav !== Number(nav)) {
    problems.push(`${where}: landmarks main ${shape.main}, header ${shape.banner}, header nav ${shape.nav} (one each expected)`);
  }
  if (shape.lang !== code || shape.dir !== LOCALES[code].dir) problems.push(`${where}: <html lang="${shape.lang}" dir="${shape.dir}">`);
  if (!shape.title.trim()) problems.push(`${where}: empty document title`);
  if (shape.wide) problems.push(`${where}: the page scrolls sideways (content does not reflow)`);
  if (shape.ungrouped) problems.push(`${where}: ${shape.ungrouped} radio buttons or checkboxes outside a fieldset with a legend`);
  return problems;
}

test('the vendored axe-core is the version pinned in package.json', () => {
  const pinned = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')).devDependencies['axe-core'];
  assert.match(pinned, /^\d+\.\d+\.\d+$/, 'an exact version');
  assert.equal(AXE_SOURCE.match(/^\/\*! axe v(\S+)/)[1], pinned);
  assert.match(readFileSync(join(VENDOR, 'LICENSE'), 'utf8'), /Mozilla Public License/);
});

test('the check fails on a page with an image without text and faint text', () =>
  withSession({}, async (s) => {
    await s.start('#/help');
    assert.deepEqual(describe('help', await axe(s.page)), [], 'the page is clean before the injection');
    await s.page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'favicon.svg';
      img.id = 'broken-img';
      const faint = document.createElement('p');
      faint.id = 'broken-contrast';
      faint.textContent = 'Texte trop pâle';
      faint.style.color = '#bbbbbb';
      document.querySelector('main').append(img, faint);
    });
    await s.page.locator('#broken-img').evaluate((img) => img.decode());
    const found = await axe(s.page);
    const targets = (id) => found.filter((v) => v.id === id).flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
    assert.deepEqual(targets('image-alt'), ['#broken-img']);
    assert.deepEqual(targets('color-contrast'), ['#broken-contrast']);
    assert.match(describe('help', found).join('\n'), /color-contrast \(serious\)[\s\S]*at #broken-contrast/);
  }));

for (const [code, locale] of Object.entries(LOCALES)) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`axe finds no WCAG 2.2 A/AA violation on any screen in ${code} at ${size} size (${viewport.width}×${viewport.height})`, () =>
      withSession({ locale: locale.browser, viewport }, async (s) => {
        await s.goto();
        await settle(s.page);
        // index.html's own picker: in the three languages, each marked with its own, and no
        // menu before the app has arrived.
        const problems = await audit(s, 'language picker (first visit)', 'fr', { nav: false });
        await s.page.locator(`.language-picker button[lang="${code}"]`).click();
        await s.page.waitForSelector('main[data-route] .language-picker', { state: 'detached' });
        await s.page.waitForSelector('main#main h1');
        await eachScreen(s, async (route) => {
          problems.push(...(await audit(s, `${route.name} (${route.hash})`, code)));
        });
        assert.equal(problems.length, 0, `${problems.length} accessibility problems in ${code} at ${size} size:\n${problems.join('\n')}`);
      }));
  }
}

/**
 * Presses Tab through the whole page (until focus comes back to an element already seen) and
 * returns a line for every focused control whose focus is not shown: no outline or ring on it
 * (or, for a visually hidden input, on its label), outside the window, or covered by another
 * element such as a sticky bar.
 */
async function focusProblems(s, where) {
  await s.page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  const problems = [];
  let reached = 0;
  for (let i = 0; i < 200; i++) {
    await s.page.keyboard.press('Tab');
    const seen = await s.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return { body: true };
      if (el.dataset.a11yTabbed) return { again: true };
      el.dataset.a11yTabbed = '1';
      const name = `${el.tagName.toLowerCase()} "${(el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
      const box = el.getBoundingClientRect();
      const look = getComputedStyle(el);
      const invisible = box.width < 4 || box.height < 4 || look.clipPath !== 'none' || look.opacity === '0';
      const shown = invisible ? el.closest('label') || el : el;
      const r = shown.getBoundingClientRect();
      const style = getComputedStyle(shown);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      const inView = r.top >= -1 && r.bottom <= innerHeight + 1 && r.left >= -1 && r.right <= innerWidth + 1;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const covered = !hit || !(shown.contains(hit) || hit.contains(shown));
      const what = [!ring && 'no visible focus indicator', !inView && `not fully in view (${[r.top, r.bottom, r.left, r.right].map(Math.round)} in ${innerWidth}×${innerHeight})`,
        inView && covered && `covered by ${hit?.tagName.toLowerCase()}.${hit?.className}`].filter(Boolean);
      return { name, what };
    });
    if (seen.again) break;
    if (seen.body) continue;
    reached++;
    if (seen.what.length) problems.push(`${where}: ${seen.name}: ${seen.what.join(', ')}`);
  }
  assert.ok(reached >= 5, `${where}: only ${reached} controls reached by Tab`);
  return problems;
}

for (const code of ['fr', 'ar', 'ary']) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`every control reached by Tab shows its focus, fully in view and uncovered, in ${code} at ${size} size`, () =>
      withSession({ locale: LOCALES[code].browser, viewport }, async (s) => {
        await s.start('', LOCALES[code].name);
        const problems = [];
        await eachScreen(s, async (route) => {
          problems.push(...(await focusProblems(s, `${route.name} (${route.hash})`)));
        });
        assert.equal(problems.length, 0, `focus not shown:\n${problems.join('\n')}`);
      }));
  }
}

test('with reduced motion asked for, nothing on any screen animates or transitions', () =>
  withSession({}, async (s) => {
    await s.context.close();
    s.context = await env.browser.newContext({ locale: 'fr-FR', viewport: SIZES.phone, reducedMotion: 'reduce' });
    s.page = await s.context.newPage();
    s.watch(s.page);
    await s.start();
    await eachScreen(s, async (route) => {
      const moving = await s.page.evaluate(() => [...document.querySelectorAll('*')]
        .filter((el) => {
          const st = getComputedStyle(el);
          const long = (list) => list.split(',').some((d) => parseFloat(d) > 0);
          return (st.animationName !== 'none' && long(st.animationDuration)) || long(st.transitionDuration)
            || st.scrollBehavior === 'smooth';
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`));
      assert.deepEqual(moving, [], `moving elements on ${route.hash}`);
      assert.equal(await s.page.evaluate(() => document.getAnimations().length), 0, `animations running on ${route.hash}`);
    });
    // The guard holds for motion added later, even set on an element itself.
    const added = await s.page.evaluate(() => {
      const el = document.createElement('p');
      el.textContent = 'motion';
      el.style.transition = 'opacity 2s';
      el.style.animation = 'spin 3s infinite';
      document.querySelector('main').append(el);
      const st = getComputedStyle(el);
      return [st.transitionDuration, st.animationName];
    });
    assert.deepEqual(added, ['0s', 'none']);
  }));

test('no time limit: a question left open for two hours can still be answered and is graded', () =>
  withSession({}, async (s) => {
    await s.page.clock.install();
    await s.start('#/m/00-bienvenue/3');
    const q = s.page.locator('fieldset[data-question="sortie-rapide"]');
    await s.page.clock.fastForward('02:00:00');
    assert.equal(await s.text('main h1'), 'Les questions');
    await q.locator('.option', { hasText: 'Faux' }).locator('input').check();
    await q.getByRole('button', { name: 'Vérifier' }).click();
    assert.match(await q.locator('.verdict').innerText(), /Bonne réponse/);
  }));

test('a module missing in Darija is shown in Arabic with lang="ar" on its title, summary and text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'amane-fallback-'));
  cpSync(DIST, dir, { recursive: true, dereference: true });
  rmSync(join(dir, 'content/modules/00-bienvenue/ary.md'));
  // As the checker asks: no Darija map entry for a module not yet in Darija.
  const map = join(dir, 'content/map/ary.toml');
  writeFileSync(map, readFileSync(map, 'utf8').replace(/^\[00-bienvenue\]\n(?:.+\n)+\n/m, ''));
  const server = await serveStatic(dir);
  const s = await Session.open(env.browser, server.url, { locale: 'ar-MA' });
  try {
    await s.start('', LOCALES.ary.name);
    await settle(s.page);
    assert.equal(await s.page.getAttribute('html', 'lang'), 'ary');
    const card = s.page.locator('[data-module="00-bienvenue"]');
    assert.equal(await card.locator('h2').getAttribute('lang'), 'ar');
    assert.equal(await card.locator('h2 + p').getAttribute('lang'), 'ar');
    assert.equal(await s.page.locator('[data-module="01-ma-vie-en-ligne"] h2').getAttribute('lang'), 'ary');
    for (const hash of ['#/m/00-bienvenue/2', '#/m/00-bienvenue/summary']) {
      await open(s, hash);
      assert.equal(await s.page.locator('main .module-title').getAttribute('lang'), 'ar', hash);
      assert.deepEqual(describe(hash, await axe(s.page)), []);
    }
    await open(s, '#/m/00-bienvenue/2');
    assert.equal(await s.page.locator('main article').getAttribute('lang'), 'ar');
    assert.equal(await s.page.locator('.fallback-note').count(), 1);
    // The menu names each language in its own language.
    const options = await s.page.locator('header select option').evaluateAll((all) => all.map((o) => [o.value, o.lang]));
    assert.deepEqual(options, [['fr', 'fr'], ['ar', 'ar'], ['ary', 'ary']]);
    // The only problems are the expected misses of the Darija file.
    const unexpected = s.problems.filter((p) => !/ary\.md|status of 404/.test(p));
    assert.deepEqual(unexpected, []);
  } finally {
    await s.close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The focused element's tag and text. */
const focused = (s) => s.page.evaluate(() => {
  const el = document.activeElement;
  return `${el.tagName.toLowerCase()}${el.closest('main') ? ' in main' : ''}: ${el.innerText?.replace(/[\u2068\u2069]/g, '').trim()}`;
});

/** Asserts that focus is on the page's main heading (waiting up to 3 s for the page to render). */
async function assertHeadingFocused(s, why) {
  await s.page.waitForFunction(() => document.activeElement?.matches('main h1'), null, { timeout: 3000 }).catch(() => {});
  assert.match(await focused(s), /^h1 in main: /, why);
}

test('with the keyboard alone: pick a language, switch it from the menu, reach my data and export the progress', () =>
  withSession({ locale: 'fr-FR' }, async (s) => {
    const { page } = s;
    await s.goto();
    // First visit: the picker's buttons, then focus on the page's heading.
    await s.tabTo(page.locator('.language-picker button[lang="ar"]'));
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-route] .language-picker', { state: 'detached' });
    await page.waitForSelector('main#main h1');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await assertHeadingFocused(s, 'after choosing a language, focus is on the heading');

    // The skip link is the first stop, shown on screen, and leads to the heading.
    await page.reload();
    await page.waitForSelector('main h1');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      return { skip: el.classList.contains('skip-link'), visible: r.top >= 0 && r.bottom <= innerHeight && r.width > 0 };
    });
    assert.deepEqual(skip, { skip: true, visible: true });
    await page.keyboard.press('Enter');
    await assertHeadingFocused(s, 'the skip link moves focus to the heading');

    // The language menu with arrow keys: the page follows, focus stays on the menu.
    const menu = page.locator('header select');
    await s.tabTo(menu, { back: true });
    for (const [key, code, dir] of [['Home', 'fr', 'ltr'], ['ArrowDown', 'ar', 'rtl'], ['ArrowDown', 'ary', 'rtl'], ['Home', 'fr', 'ltr']]) {
      await page.keyboard.press(key);
      await page.waitForFunction((c) => document.documentElement.lang === c, code);
      assert.equal(await page.getAttribute('html', 'dir'), dir);
      assert.ok(await menu.evaluate((el) => el === document.activeElement), `focus stays on the menu after ${code}`);
    }
    assert.equal(JSON.parse(await s.storageGet(PROGRESS_KEY)).locale.code, 'fr');

    // A header link changes the route; focus lands on the new page's heading.
    await s.tabTo(page.getByRole('link', { name: 'Mes données', exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/my-data$/);
    await assertHeadingFocused(s, 'after a route change, focus is on the heading');
    assert.equal(await focused(s), 'h1 in main: Mes données');

    // Export with Enter: a file of this learner's progress is downloaded.
    await s.tabTo(page.getByRole('button', { name: 'Télécharger mon fichier' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /^amane-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(file.format, 'amane-progress');
    assert.equal(file.locale.code, 'fr');
  }));

test('when a used button disappears, focus goes on to what follows instead of the top of the page', () =>
  withSession({}, async (s) => {
    const { page } = s;
    await s.start('#/m/04-reconnaitre-le-cyberharcelement/1');
    await s.tabTo(page.locator('.content-warning button'));
    await page.keyboard.press('Enter');
    await assertHeadingFocused(s, 'after accepting the content warning');
    assert.equal(await page.locator('.content-warning').count(), 0);

    await open(s, '#/m/00-bienvenue/3');
    await answerAll(s);
    await s.tabTo(page.getByRole('button', { name: 'Réessayer' }));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('.quiz'), null, { timeout: 3000 }).catch(() => {});
    assert.match(await focused(s), /^input in main/, 'after Retry, focus is on the first answer');
    assert.equal(await page.locator('.quiz .verdict').count(), 0, 'the answers are cleared');

    await open(s, '#/m/00-bienvenue/4');
    await reachEnding(s);
    await s.tabTo(page.getByRole('button', { name: 'Rejouer' }));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.matches('.node-title'), null, { timeout: 3000 }).catch(() => {});
    assert.match(await focused(s), /^h2 in main: La fin de la séance/, 'after Replay, focus is on the first scene');
  }));

/**
 * Adds `css` as a constructed style sheet, as a reader's extension or setting would (no
 * <style>: strict CSP). Returns `cut`, a line for every control whose text no longer fits in
 * it, every element reaching past the window's sides, and a page that scrolls sideways; and
 * `unscaled`, the texts whose size did not grow by `growth` (when given).
 */
const cutOff = (s, css, growth) => s.page.evaluate(([sheetText, factor]) => {
  const texts = [...document.querySelectorAll('body *')].filter((el) => el.getClientRects().length
    && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()));
  const sizes = texts.map((el) => parseFloat(getComputedStyle(el).fontSize));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(sheetText);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const name = (el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}"`;
  const unscaled = factor === null ? [] : texts.flatMap((el, i) => {
    const now = parseFloat(getComputedStyle(el).fontSize);
    return Math.abs(now - sizes[i] * factor) > 0.5 ? [`${name(el)} not enlarged (${sizes[i]} → ${now} px)`] : [];
  });
  const controls = [...document.querySelectorAll('button, .button, select, summary, .top nav a')]
    .filter((el) => el.getClientRects().length && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1));
  const wide = [...document.querySelectorAll('body *')]
    .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1); });
  const cut = [...controls, ...wide].map(name)
    .concat(document.documentElement.scrollWidth > innerWidth ? ['the page scrolls sideways'] : []);
  return { cut, unscaled };
}, [css, growth ?? null]);

/**
 * Every screen with `css` added (see `cutOff`); fails listing what is cut off or too wide, or,
 * with `growth`, any text that did not grow by that factor.
 */
async function assertNothingCutOff(s, css, growth) {
  const problems = [];
  await eachScreen(s, async (route) => {
    const { cut, unscaled } = await cutOff(s, css, growth);
    problems.push(...[...unscaled, ...cut].map((c) => `${route.name} (${route.hash}): ${c}`));
  });
  assert.equal(problems.length, 0, `cut off, too wide or not enlarged:\n${problems.join('\n')}`);
}

/** WCAG 1.4.12: the spacing a reader may impose with their own style sheet. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`;

for (const code of ['fr', 'ar']) {
  test(`at 320 px wide with enlarged text spacing nothing scrolls sideways or is cut off, in ${code}`, () =>
    withSession({ locale: LOCALES[code].browser, viewport: { width: 320, height: 640 } }, async (s) => {
      await s.start('', LOCALES[code].name);
      await assertNothingCutOff(s, TEXT_SPACING);
    }));
}

/** WCAG 1.4.4: text at twice its size, as a reader's text-size setting makes it. */
const TEXT_200 = 'html { font-size: 200% !important; }';

for (const code of Object.keys(LOCALES)) {
  test(`at 360×640 with every text at 200 % nothing scrolls sideways or is cut off, in ${code}`, () =>
    withSession({ locale: LOCALES[code].browser, viewport: SIZES.phone }, async (s) => {
      await s.start('', LOCALES[code].name);
      await assertNothingCutOff(s, TEXT_200, 2);
    }));
}

/** WCAG contrast ratio of two sRGB colours given as [r, g, b] in 0–255. */
const CONTRAST_SOURCE = String.raw`
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
`;

/**
 * Every visible text on the page (text nodes and form values) whose colour contrasts less than
 * `min`:1 with the background behind it, large text included (axe lets large text pass at 3:1).
 * The background is the element's and its ancestors' colours laid over white, with opacity;
 * text over a background image cannot be measured and is reported. Disabled controls are left
 * out, as WCAG 1.4.3 does.
 */
const lowContrast = (page, min) => page.evaluate(([source, least]) => {
  const { ratio } = new Function(`${source}; return { ratio };`)();
  const parse = (c) => { const m = c.match(/[\d.]+/g).map(Number); return { rgb: m.slice(0, 3), a: m.length > 3 ? m[3] : 1 }; };
  const over = (top, bottom) => top.rgb.map((c, i) => c * top.a + bottom[i] * (1 - top.a));
  const found = [];
  const texts = [...document.querySelectorAll('body *')].filter((el) =>
    [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim())
    || (el.matches('input:not([type=checkbox]):not([type=radio]), select, textarea') && el.value));
  for (const el of texts) {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    if (!box.width || !box.height || style.visibility !== 'visible' || el.closest('[hidden], :disabled')) continue;
    if (style.clipPath !== 'none' || (box.width <= 1 && box.height <= 1)) continue;
    const chain = [];
    for (let at = el; at; at = at.parentElement) chain.push(at);
    if (chain.some((at) => getComputedStyle(at).backgroundImage !== 'none')) {
      found.push(`${el.tagName.toLowerCase()}.${el.className}: text over an image, not measurable`);
      continue;
    }
    let back = [255, 255, 255];
    let opacity = 1;
    for (const at of chain.reverse()) {
      back = over(parse(getComputedStyle(at).backgroundColor), back);
      opacity *= parseFloat(getComputedStyle(at).opacity);
    }
    const fore = parse(style.color);
    const ink = over({ rgb: over(fore, back), a: opacity }, back);
    const r = ratio(ink, back);
    if (r < least) {
      found.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.value || el.textContent).trim().slice(0, 40)}": ${r.toFixed(2)}:1 (${style.fontSize})`);
    }
  }
  return found;
}, [CONTRAST_SOURCE, min]);

test('the projector contrast check catches large faint text that axe lets pass', () =>
  withSession({ viewport: SIZES.desktop }, async (s) => {
    await s.start('#/present/00-bienvenue/ordinateur-partage');
    await settle(s.page);
    assert.deepEqual(await lowContrast(s.page, 4.5), []);
    await s.page.evaluate(() => {
      const big = document.createElement('p');
      big.textContent = 'Grand texte pâle';
      big.className = 'faint-on-purpose';
      big.style.cssText = 'color: #888888; font-size: 32px; font-weight: 700;';
      document.querySelector('.present-stage').append(big);
    });
    assert.deepEqual(describe('projector', (await axe(s.page)).filter((v) => v.id === 'color-contrast')), [],
      'axe: large text needs only 3:1');
    const found = await lowContrast(s.page, 4.5);
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0], /^p\.faint-on-purpose "Grand texte pâle": 3\.5\d:1 \(32px\)$/);
  }));

for (const [code, locale] of Object.entries(LOCALES)) {
  test(`the projector's text contrasts at least 4.5:1, large text included, at every step with votes and reveals, in ${code}`, () =>
    withSession({ locale: locale.browser, viewport: SIZES.desktop }, async (s) => {
      await s.start('', locale.name);
      const problems = [];
      const audit = async (where) => problems.push(...(await lowContrast(s.page, 4.5)).map((p) => `${where}: ${p}`));
      const stage = s.page.locator('.present-stage');
      for (const hash of ['#/present/00-bienvenue/ordinateur-partage', '#/present/00-bienvenue/decouvrir']) {
        await open(s, hash);
        await audit(`${hash}, first step`);
        // Every step: the choices with votes counted, then the answer revealed, then on.
        for (let i = 0; i < 40 && !(await s.page.locator('.present-stage[data-phase="recap"]').count()); i++) {
          const add = stage.locator('.present-choice .tally-add');
          if (await add.count()) {
            await add.first().click();
            await add.first().click();
            await add.last().click();
            await audit(`${hash}, votes counted (${i})`);
          }
          const before = await stage.innerText();
          await s.page.locator('.present-controls .step-next').first().click();
          await s.page.waitForFunction((t) => document.querySelector('.present-stage')?.innerText !== t, before);
          await audit(`${hash}, step ${i + 1}`);
        }
        assert.equal(await s.page.locator('.present-stage[data-phase="recap"]').count(), 1, `${hash}: the recap was reached`);
      }
      assert.equal(problems.length, 0, `${problems.length} texts under 4.5:1 on the projector in ${code}:\n${problems.join('\n')}`);
    }));
}
