// The screens outside a lesson arrive as pieces of WebAssembly of their own when first opened
// (src/ui/chunks.rs): a lesson downloads none of them; a piece that does not arrive leaves a
// message with a retry and an app that still works; after a first visit the service worker
// keeps every piece, so every screen opens offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { suite, DIST, Session, message } from '../harness.js';

const { env, withSession } = suite({ before, after });

/** A chunk of the build: named after its split point or shared part, and its content. */
const CHUNK = /amane-app-(?:split|chunk)_\w+-[0-9a-f]{16}\.wasm$/;
const CHUNKS = readdirSync(DIST).filter((f) => CHUNK.test(f));
const LESSON = '#/m/01-ma-vie-en-ligne/2';
/** Every screen that loads a chunk, with the `data-route` it shows. */
const SPLIT_SCREENS = [
  ['#/help', 'help'], ['#/guide', 'guide'], ['#/my-data', 'my-data'], ['#/certificate', 'certificate'],
  ['#/bilan', 'assessment'], ['#/m/00-bienvenue/summary', 'summary'], ['#/trainer', 'trainer'],
  ['#/trainer/results', 'trainer-results'], ['#/trainer/plan/05-reagir', 'session-plan'],
  ['#/trainer/plan/parents', 'session-plan'], ['#/present/00-bienvenue/decouvrir', 'present'],
  ['#/presenter/00-bienvenue/decouvrir', 'presenter'],
];

/** A session whose service worker is kept out, so only the page's own requests are made. */
const pageOnly = () => Session.open(env.browser, env.server.url, { serviceWorkers: 'block' });

/** Opens `route` in the app already started and waits for its screen (or its load error). */
async function open(s, route, name) {
  await s.page.evaluate((r) => { location.hash = r; }, route);
  await s.page.waitForSelector(`main[data-route="${name}"] h1`);
  await s.settled();
}

test('the build has chunks, and a lesson step downloads none of them', async () => {
  assert.ok(CHUNKS.some((f) => f.includes('split_trainer')), `no trainer chunk in ${DIST}`);
  const s = await pageOnly();
  try {
    const asked = [];
    s.page.on('request', (r) => asked.push(r.url()));
    await s.start(LESSON);
    await s.settled();
    assert.equal(asked.filter((u) => CHUNK.test(u)).length, 0, asked.filter((u) => CHUNK.test(u)).join('\n'));
    await open(s, '#/help', 'help');
    assert.ok(asked.some((u) => /split_help-/.test(u)), 'the help screen loaded its chunk');
    assert.equal(await s.page.locator('.load-error').count(), 0);
    s.assertClean();
  } finally {
    await s.close();
  }
});

test('a chunk that does not arrive shows a message with a retry, and the app keeps working', async () => {
  const s = await pageOnly();
  try {
    await s.start('');
    await s.page.route(CHUNK, (r) => r.abort('internetdisconnected'));
    await open(s, '#/my-data', 'my-data');
    assert.equal(await s.text('.load-error h1'), message('fr', 'chunk-failed'));
    assert.equal(await s.page.locator('#boot-quick-exit, .quick-exit').first().isVisible(), true);
    // The rest of the app answers: the map, then a lesson step.
    await open(s, '', 'home');
    await open(s, LESSON, 'step');
    assert.equal(await s.page.locator('.load-error').count(), 0);
    // Back on the screen with the network back: the retry brings it.
    await open(s, '#/my-data', 'my-data');
    await s.page.unroute(CHUNK);
    await s.clickRole('button', message('fr', 'content-retry'));
    await s.page.waitForSelector('main[data-route="my-data"] .load-error', { state: 'detached' });
    await s.page.waitForSelector('main[data-route="my-data"] input[type=file]', { state: 'attached' });
    assert.equal(await s.page.locator('main[data-route="my-data"] input[type=file]').count(), 1);
    // The only problems are the refused downloads themselves.
    const others = s.problems.filter((p) => !CHUNK.test(p.split(' (')[0].replace(/^request failed: /, ''))
      && !/Failed to fetch|internetdisconnected|ERR_INTERNET_DISCONNECTED/.test(p));
    assert.deepEqual(others, []);
  } finally {
    await s.close();
  }
});

test('after a first visit and "download the whole course", every screen with a chunk opens offline', async () => {
  await withSession({}, async (s) => {
    await s.start('');
    await s.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
    // The chunks come with the app, whether or not their screens were opened; the course's
    // texts (help, guide, assessment) come with the download.
    for (const file of CHUNKS) {
      const url = new URL(file, s.baseUrl).href;
      await s.page.waitForFunction((u) => caches.match(u).then((r) => !!r), url, { timeout: 30000 })
        .catch(() => { throw new Error(`${file} was never stored for offline use`); });
    }
    await s.clickText(message('fr', 'offline-download'));
    await s.page.waitForSelector('.offline-ready', { timeout: 60000 });
    await s.context.setOffline(true);
    await s.reload();
    for (const [route, name] of SPLIT_SCREENS) {
      await open(s, route, name);
      assert.equal(await s.page.locator('.load-error').count(), 0, `${route} offline`);
    }
  });
});
