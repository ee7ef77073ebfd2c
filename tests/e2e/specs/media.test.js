// The course's images are part of the offline download: a file an author puts under
// content/media/ is listed when the site is stamped (scripts/postbuild.py), stored by
// "download the whole course", and shown from the device once the network is gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, Session, ensureDist, launch, serveStatic } from '../harness.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const IMAGE = 'content/media/schema-signalement.png';
/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let browser;
let site;
before(async () => {
  ensureDist();
  site = mkdtempSync(join(tmpdir(), 'amane-media-'));
  cpSync(DIST, site, { recursive: true });
  mkdirSync(join(site, 'content', 'media'), { recursive: true });
  writeFileSync(join(site, IMAGE), PNG);
  execFileSync('python3', [join(ROOT, 'scripts', 'postbuild.py'), site], { stdio: 'ignore' });
  browser = await launch();
});
after(async () => { await browser?.close(); });

test('stamping a site lists every file under content/media/ for the offline download', () => {
  const sw = readFileSync(join(site, 'sw.js'), 'utf8');
  assert.match(sw, /^const MEDIA = \["content\/media\/schema-signalement\.png"\];$/m);
  assert.doesNotMatch(readFileSync(join(DIST, 'sw.js'), 'utf8'), /^const MEDIA = \[".+\];$/m,
    'a build without media lists none');
  assert.match(sw, /^const MAPS = \["content\/map\/ar\.toml", "content\/map\/ary\.toml", "content\/map\/fr\.toml"\];$/m,
    'each language\'s course map, stored when the worker installs');
});

test('"download the whole course" stores the course\'s images, which then show without a network', async () => {
  const server = await serveStatic(site, '/amane/');
  const s = await Session.open(browser, server.url);
  try {
    await s.start();
    await s.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
    await s.clickText("Télécharger tout le cours pour l'utiliser sans Internet");
    await s.page.waitForSelector('.offline-ready', { timeout: 60000 });
    const url = new URL(IMAGE, server.url).href;
    assert.equal(await s.page.evaluate((u) => caches.match(u).then((r) => !!r), url), true,
      'the image is in the service worker\'s cache');

    server.stop();
    await s.context.setOffline(true);
    const offline = await s.page.evaluate((u) => fetch(u).then(async (r) => [r.status, (await r.arrayBuffer()).byteLength]), url);
    assert.deepEqual(offline, [200, PNG.length], 'the image is answered from the device');
    s.assertClean();
  } finally {
    await s.close();
    server.stop();
  }
});
