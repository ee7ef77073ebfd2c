// Safety: the quick exit (button and Shift×3) is in the same place on every screen, works while
// the app is still loading or when the course cannot load, blanks the page at once, gives the
// tab a neutral title and leaves no way Back; the help page says the history stays; a full module run
// requests nothing from any other origin; hostile content shows as text, loses its links, and
// oversized or broken files get a clear message within seconds instead of freezing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  suite, serveStatic, DIST, Session, plain, message, answerQuiz, NEUTRAL, stubNeutralSite,
} from '../harness.js';

const { env, withSession } = suite({ before, after });

const HOW = ['button', 'Shift pressed three times'];

/** Leaves through the quick exit, by its button or by Shift pressed three times. */
async function quickExit(s, how) {
  if (how === 'button') {
    // The click returns at once: the neutral site may answer late (see the blanking test).
    await s.page.getByRole('button', { name: 'Quitter vite' }).click({ noWaitAfter: true });
  } else {
    for (let i = 0; i < 3; i++) await s.page.keyboard.press('Shift');
  }
}

/** Waits until the page shows the route `name` (`main[data-route]`) with its heading. */
const onRoute = (s, name) => s.page.waitForSelector(`main[data-route="${name}"] h1`);

/** Follows the in-app link `locator` (a click, as a learner would) to the route `name`. */
async function follow(s, locator, name) {
  await locator.click();
  await onRoute(s, name);
}

for (const how of HOW) {
  test(`after links through several screens, the quick exit by ${how} leaves no way Back to the course`, () =>
    withSession({}, async (s) => {
      await stubNeutralSite(s);
      await s.start();
      const entries = await s.page.evaluate(() => history.length);
      await follow(s, s.page.locator('.module-card[data-module="00-bienvenue"] h2 a'), 'step');
      assert.match(await s.text('main h1'), /Bienvenue/);
      await follow(s, s.page.getByRole('link', { name: 'Suivant', exact: true }), 'step');
      await follow(s, s.page.getByRole('link', { name: 'Suivant', exact: true }), 'step');
      await s.page.waitForSelector('.quiz');
      await follow(s, s.page.getByRole('link', { name: 'Précédent', exact: true }), 'step');
      assert.match(s.page.url(), /#\/m\/00-bienvenue\/2$/, "the app's own previous/next controls still move");
      await follow(s, s.page.locator('header.top nav').getByRole('link', { name: 'Aide' }), 'help');
      assert.equal(await s.page.evaluate(() => history.length), entries, 'moving inside the app added no history entry');

      await quickExit(s, how);
      await s.page.waitForURL(NEUTRAL);
      assert.equal(await s.page.title(), 'neutral');
      await s.page.goBack();
      const url = s.page.url();
      assert.ok(!url.startsWith(s.baseUrl), `Back leaves the course (at ${url})`);
      const shown = await s.page.evaluate(() => document.body?.innerText ?? '');
      assert.doesNotMatch(shown, /Amane|Bienvenue|Aide|Quitter vite/, 'no course text is shown');
    }));

  test(`the quick exit by ${how} blanks the page before the neutral site has answered`, () =>
    withSession({}, async (s) => {
      // The page reports what it shows the moment it starts leaving; the neutral site answers
      // only once that report has arrived (or after 10 s, and then the test fails).
      let reported;
      const report = new Promise((ok) => { reported = ok; });
      const late = new Promise((ok) => setTimeout(() => ok(null), 10000).unref());
      await s.context.route(NEUTRAL, async (route) => {
        await Promise.race([report, late]);
        await route.fulfill({ contentType: 'text/html', body: '<title>neutral</title><p>neutral</p>' });
      });
      await s.start('#/m/00-bienvenue/2');
      await s.page.exposeFunction('reportLeaving', (state) => reported(state));
      await s.page.evaluate(() => new MutationObserver(() => {
        if (!document.documentElement.classList.contains('leaving')) return;
        window.reportLeaving({
          shown: document.body.checkVisibility(),
          display: getComputedStyle(document.body).display,
          at: location.href,
        });
      }).observe(document.documentElement, { attributes: true, attributeFilter: ['class'] }));
      // The step's text is on screen (it loads after the language is chosen) before leaving.
      await s.page.locator('main article').waitFor({ state: 'visible' });
      await quickExit(s, how);
      const state = await Promise.race([report, late]);
      assert.ok(state, 'the page started leaving');
      assert.deepEqual(state, { shown: false, display: 'none', at: `${s.baseUrl}#/m/00-bienvenue/2` },
        'the course is hidden while the neutral site has not answered yet');
      await s.page.waitForURL(NEUTRAL);
      assert.equal(await s.page.title(), 'neutral');
    }));
}

/**
 * Leaves by `how` through the start-up page's quick exit (no app yet) and returns what the page
 * showed as it started leaving: whether the body was shown, and the tab's title.
 */
async function leaveBeforeTheApp(s, how) {
  await s.page.exposeFunction('reportLeaving', (state) => s.leaving(state));
  const report = new Promise((ok) => { s.leaving = ok; });
  await s.page.evaluate(() => new MutationObserver(() => {
    if (!document.documentElement.classList.contains('leaving')) return;
    window.reportLeaving({ shown: document.body.checkVisibility(), title: document.title });
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['class'] }));
  if (how === 'button') await s.page.locator('#boot-quick-exit').click({ noWaitAfter: true });
  else for (let i = 0; i < 3; i++) await s.page.keyboard.press('Shift');
  return report;
}

for (const how of HOW) {
  test(`while the app is still downloading, the quick exit by ${how} works and leaves a neutral title`, () =>
    withSession({}, async (s) => {
      await stubNeutralSite(s);
      // The app never arrives: only the start-up page is there, with its language picker.
      await s.context.route('**/*_bg.wasm', () => {});
      await s.page.goto(`${s.baseUrl}#/m/00-bienvenue/2`);
      await s.page.waitForSelector('#boot-picker', { state: 'visible' });
      assert.equal(await s.page.locator('#boot-quick-exit').isVisible(), true);
      assert.match(await s.page.locator('#boot-quick-exit').innerText(), /Quitter vite\s*·\s*خروج سريع/);
      const state = await leaveBeforeTheApp(s, how);
      assert.deepEqual(state, { shown: false, title: 'www.google.com' });
      await s.page.waitForURL(NEUTRAL);
      s.problems = s.problems.filter((p) => !/_bg\.wasm/.test(p));
    }));
}

test('when the course cannot load, the quick exit is still there and works', () =>
  withSession({}, async (s) => {
    await stubNeutralSite(s);
    await s.context.route('**/content/course.toml', (route) => route.fulfill({ status: 503, body: '' }));
    await s.page.goto(s.baseUrl);
    await s.page.locator('#boot-picker button[lang="fr"]').click();
    await s.page.waitForSelector('main .load-status');
    assert.equal(await s.page.locator('.quick-exit:visible').count(), 1, 'one quick exit');
    const state = await leaveBeforeTheApp(s, 'button');
    assert.equal(state.title, 'www.google.com');
    await s.page.waitForURL(NEUTRAL);
    // The manifest answers 503 (and a retry may be cut short by leaving).
    s.problems = s.problems.filter((p) => !/\b503\b|course\.toml/.test(p));
  }));

test('once the app shows its own quick exit, the start-up one is gone', () =>
  withSession({}, async (s) => {
    await s.start('#/m/00-bienvenue/2');
    assert.equal(await s.page.locator('#boot-quick-exit').count(), 0);
    assert.equal(await s.page.locator('.quick-exit').count(), 1);
  }));

test('typing with Shift in between other keys does not leave', () =>
  withSession({}, async (s) => {
    await s.start();
    for (const key of ['Shift', 'a', 'Shift', 'b', 'Shift']) await s.page.keyboard.press(key);
    // Each key is handled when its press returns; leaving blanks the page at once.
    assert.equal(await s.page.evaluate(() => document.documentElement.classList.contains('leaving')), false);
    assert.match(s.page.url(), /\/amane\//);
  }));

/** The quick exit's label in locale `code`, as its message file says it. */
const exitLabel = (code) => message(code, 'header-quick-exit');
const ROUTES = [
  ['map', '#/', 'home'],
  ['module step', '#/m/00-bienvenue/2', 'step'],
  ['help', '#/help', 'help'],
  ['my data', '#/my-data', 'my-data'],
  ['trainer', '#/trainer', 'trainer'],
  ['projector', '#/present/00-bienvenue/ordinateur-partage', 'present'],
  ['presenter', '#/presenter/00-bienvenue/ordinateur-partage', 'presenter'],
];

for (const [code, language] of [['fr', 'Français'], ['ar', 'العربية']]) {
  for (const viewport of [{ width: 360, height: 640 }, { width: 1280, height: 800 }]) {
    test(`the quick exit is shown in the same place on every screen, labelled in ${code} (${viewport.width} px)`, () =>
      withSession({ viewport }, async (s) => {
        await s.start('', language);
        assert.equal(await s.page.getAttribute('html', 'lang'), code);
        const places = [];
        for (const [name, hash, route] of ROUTES) {
          await s.page.evaluate((h) => { location.hash = h; }, hash);
          await onRoute(s, route);
          const button = s.page.locator('.quick-exit');
          assert.equal(await button.isVisible(), true, `${name}: the quick exit is visible`);
          assert.equal((await button.innerText()).trim(), exitLabel(code), `${name}: labelled in ${code}`);
          const box = await button.boundingBox();
          places.push([name, Object.values(box).map(Math.round).join(',')]);
          // Nothing covers it, and it covers nothing of the screen's own content.
          assert.equal(await button.evaluate((b) => {
            const r = b.getBoundingClientRect();
            return b.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
          }), true, `${name}: nothing covers the quick exit`);
          assert.equal(await s.page.evaluate(() => {
            const exit = document.querySelector('.quick-exit').getBoundingClientRect();
            return [...document.querySelectorAll('main *')].filter((el) => {
              const r = el.getBoundingClientRect();
              return r.width && r.height && r.left < exit.right && exit.left < r.right && r.top < exit.bottom && exit.top < r.bottom;
            }).length;
          }), 0, `${name}: the quick exit hides nothing of the page`);
        }
        const first = places[0][1];
        assert.deepEqual(places.filter(([, at]) => at !== first), [], `the quick exit stays at ${first}`);
      }));
  }
}

test('the help page says honestly that the history is not erased, and how to clear it', () =>
  withSession({}, async (s) => {
    await s.start('#/help');
    const leave = s.page.locator('section[aria-labelledby="help-leave"]');
    const text = plain(await leave.innerText());
    assert.match(text, /L'historique n'est pas effacé/);
    assert.match(text, /Quitter vite ne supprime pas l'historique du navigateur : une personne qui utilise cet appareil après toi peut voir que tu as visité Amane\./);
    assert.match(text, /Sur ordinateur : ouvre l'historique \(Ctrl\+H, ou Cmd\+Y sur Mac\) et supprime les pages d'Amane\./);
    assert.match(text, /Sur téléphone : dans le menu du navigateur, ouvre « Historique » et supprime les pages d'Amane\./);
  }));

/** Plays the scenario on the page, always taking its first choice, to an ending. */
async function playScenario(page) {
  const scenario = page.locator('.scenario');
  for (let i = 0; i < 30 && !(await scenario.locator('.ending-label').count()); i++) {
    await scenario.locator('button.choice').first().click();
  }
  await scenario.locator('.ending-label').waitFor();
}

test('a full module run (every step, the quiz, a scenario to an ending, the summary) requests only same-origin URLs', () =>
  withSession({}, async (s) => {
    const requests = [];
    // The context sees every request, the service worker's too.
    s.context.on('request', (r) => requests.push({ url: r.url(), worker: !!r.serviceWorker() }));
    await s.start();
    await follow(s, s.page.locator('.module-card[data-module="00-bienvenue"] h2 a'), 'step');
    const seen = { quiz: 0, scenario: 0 };
    for (let step = 1; step < 20; step++) {
      if (await s.page.locator('.quiz').count()) { await answerQuiz(s.page); seen.quiz++; }
      if (await s.page.locator('.scenario').count()) { await playScenario(s.page); seen.scenario++; }
      const next = s.page.locator('main a[rel="next"]');
      const finish = (await next.innerText()).trim() === 'Terminer le module';
      await next.click();
      if (finish) break;
      await s.page.waitForFunction((n) => location.hash.endsWith(`/${n}`), step + 1);
      await onRoute(s, 'step');
    }
    await onRoute(s, 'summary');
    assert.match(await s.text('main'), /Ton score\s*:\s*\d+\s*%/);
    assert.deepEqual(seen, { quiz: 1, scenario: 1 }, 'the quiz and the scenario were played');
    await s.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });

    const origin = new URL(s.baseUrl).origin;
    const foreign = requests.filter((r) => new URL(r.url).origin !== origin);
    assert.ok(requests.length > 10, `requests were recorded (${requests.length})`);
    assert.ok(requests.some((r) => r.worker), "the service worker's requests were recorded too");
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
    const links = article.locator('p', { hasText: 'ok' }).last();
    assert.equal(plain(await links.innerText()).trim(), 'a b c d e javascript:alert(1) f g ok',
      'every link keeps its text, only the link is dropped');
  }));

/** How long a refused module may take to say so (it takes well under a second on this machine). */
const LIMIT_MS = 10000;

/**
 * Opens module 00 from the course map and returns how long its error message took to show;
 * a page that freezes shows nothing and fails after `LIMIT_MS`.
 */
async function timeToMessage(s) {
  await s.start();
  const started = Date.now();
  await s.page.evaluate(() => { location.hash = '#/m/00-bienvenue/1'; });
  await s.page.waitForSelector('.load-error', { timeout: LIMIT_MS });
  const took = Date.now() - started;
  assert.ok(took < LIMIT_MS, `the message showed after ${took} ms`);
  return took;
}

test('a 5 MB module is refused with a message within seconds instead of freezing the page', () =>
  withModule(`${FRONT}## Un {#un}\n\n${'Lorem ipsum dolor sit amet. '.repeat(190000)}\n`, async (s) => {
    await timeToMessage(s);
    assert.match(await s.text('main'), /Ce module n'a pas pu être chargé/);
    assert.match(await s.text('main'), /fr\.md:1:1: error: this file is \d+ KB, more than the 1024 KB a module may have/);
  }));

test('a module with 10 000 nested lists is refused with a message within seconds', () =>
  withModule(`${FRONT}## Un {#un}\n\n${'- '.repeat(10000)}x\n`, async (s) => {
    await timeToMessage(s);
    assert.match(await s.text('main'), /Ce module n'a pas pu être chargé/);
    assert.match(await s.text('main'), /fr\.md:\d+:\d+: error: lists or quotes are nested more than \d+ levels deep/);
  }));

test('a corrupted manifest shows an error page with the reason', () =>
  withModule(null, async (s) => {
    await s.goto();
    await s.page.locator('#boot-picker button[lang="fr"]').click();
    await s.page.waitForSelector('.load-error');
    assert.match(await s.text('main h1'), /Le cours n'a pas pu être chargé/);
    assert.match(await s.text('main'), /course\.toml:\d+:\d+: error: /);
    assert.ok(await s.page.getByRole('button', { name: 'Réessayer' }).isVisible());
  }, (toml) => toml.replace('pass_mark = 70', 'pass_mark = "soixante-dix"')));
