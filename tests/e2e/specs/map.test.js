// The course map does not download the course: it reads the manifest, the course map file of
// the learner's language (content/map/<code>.toml, which authors edit) and the progress. A
// host's edit of the map file shows on reload without any rebuild, and a learner's states come
// from the progress alone (a module started under an older save is read once to place it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  suite, DIST, MODULES, PROGRESS_KEY, Session, serveStatic, message, moduleIds, plain, progressFile,
} from '../harness.js';

const { env } = suite({ before, after });

/** A module file of the course, asked by the page. */
const MODULE_FILE = /\/content\/modules\//;
const WELCOME = '00-bienvenue';
const SECOND = MODULES[1];

/** The titles of a map file, by module id. */
function mapTitles(file) {
  const text = readFileSync(file, 'utf8');
  return Object.fromEntries([...text.matchAll(/^\[([\w-]+)\]\ntitle = (".*")$/gm)]
    .map(([, id, title]) => [id, JSON.parse(title)]));
}

/** A session on `url` with the service worker kept out, so only the page's own requests count. */
const pageOnly = (url) => Session.open(env.browser, url, { serviceWorkers: 'block' });

/** Every URL the page asks for from now on. */
function record(s) {
  const asked = [];
  s.page.on('request', (r) => asked.push(r.url()));
  return asked;
}

/** The map's cards once all are shown: module id, class (state) and title. */
async function cards(s) {
  await s.page.locator('.module-card[data-module]').nth(MODULES.length - 1).waitFor();
  return s.page.locator('.module-card[data-module]').evaluateAll((all) => all.map((c) => ({
    id: c.dataset.module, state: c.className.replace('module-card ', ''), title: c.querySelector('h2').textContent,
    score: c.querySelector('.module-score')?.textContent ?? null,
  })));
}

test('a cold map asks for the manifest and the language\'s map file, and for no module', async () => {
  const s = await pageOnly(env.server.url);
  try {
    const asked = record(s);
    await s.start('');
    const shown = await cards(s);
    const titles = mapTitles(join(DIST, 'content/map/fr.toml'));
    assert.deepEqual(shown.map((c) => c.id), MODULES);
    assert.deepEqual(shown.map((c) => plain(c.title)), MODULES.map((id) => titles[id]));
    assert.ok(shown.every((c) => c.state === 'not-started' && c.score === null));
    await s.settled();
    const content = asked.filter((u) => u.includes('/content/')).map((u) => new URL(u).pathname.replace(/^.*\/content\//, ''));
    assert.deepEqual(content.filter((p) => MODULE_FILE.test(`/content/${p}`)), [], content.join('\n'));
    assert.deepEqual([...new Set(content)].sort(), ['course.toml', 'map/fr.toml'], content.join('\n'));
    assert.equal(content.filter((p) => p === 'map/fr.toml').length, 1, 'the map file is asked for once');
    s.assertClean();
  } finally {
    await s.close();
  }
});

test('a title edited in the map file of a copied dist shows on reload, without a rebuild', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'amane-map-'));
  cpSync(DIST, copy, { recursive: true });
  const server = await serveStatic(copy);
  const s = await Session.open(env.browser, server.url);
  try {
    await s.start('');
    const before = (await cards(s)).find((c) => c.id === WELCOME);
    const file = join(copy, 'content/map/fr.toml');
    const original = mapTitles(file)[WELCOME];
    assert.equal(plain(before.title), original);
    const edited = 'Bienvenue, titre changé sur le serveur';
    writeFileSync(file, readFileSync(file, 'utf8').replace(`title = ${JSON.stringify(original)}`, `title = ${JSON.stringify(edited)}`));
    await s.reload();
    await s.page.locator(`.module-card[data-module="${WELCOME}"] h2`, { hasText: edited }).waitFor();
    s.assertClean();
  } finally {
    await s.close();
    server.stop();
    rmSync(copy, { recursive: true, force: true });
  }
});

test('a learner\'s states come from the progress: an older save is placed once, then no module is read', async () => {
  const s = await pageOnly(env.server.url);
  try {
    await s.start('');
    // An older save: the welcome module finished, the second one started, no outlines.
    const welcome = moduleIds(WELCOME);
    const full = (list) => Object.fromEntries(list.map((x) => [x, { earned: 100, max: 100 }]));
    await s.storageSet(PROGRESS_KEY, progressFile({
      [WELCOME]: { steps_read: welcome.steps, quiz_best: full(welcome.quizzes), scenario_best: full(welcome.scenarios) },
      [SECOND]: { steps_read: [moduleIds(SECOND).steps[0]] },
    }, { locale: { chosen_at: 1, code: 'fr' } }));
    let asked = record(s);
    await s.reload();
    await s.page.locator(`.module-card.done[data-module="${WELCOME}"]`).waitFor();
    await s.page.waitForFunction((key) => Object.values(JSON.parse(localStorage.getItem(key)).modules)
      .every((m) => m.outline), PROGRESS_KEY);
    await s.settled();
    const read = [...new Set(asked.filter((u) => MODULE_FILE.test(u)).map((u) => u.split('/content/modules/')[1].split('/')[0]))];
    assert.deepEqual(read.sort(), [WELCOME, SECOND].sort(), 'only the two started modules are read, to place them');

    // From now on the map reads no module, and shows the same states.
    asked = record(s);
    await s.reload();
    const shown = await cards(s);
    await s.settled();
    assert.deepEqual(asked.filter((u) => MODULE_FILE.test(u)), []);
    const states = Object.fromEntries(shown.map((c) => [c.id, c.state]));
    assert.equal(states[WELCOME], 'done');
    assert.equal(states[SECOND], 'in-progress');
    assert.ok(MODULES.slice(2).every((id) => states[id] === 'not-started'));
    const card = s.page.locator(`.module-card[data-module="${WELCOME}"]`);
    assert.equal(plain(await card.locator('.module-state').innerText()), message('fr', 'map-module-done'));
    assert.match(plain(await card.locator('.module-score').innerText()), /100/);
    s.assertClean();
  } finally {
    await s.close();
  }
});
