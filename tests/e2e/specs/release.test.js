// The release zip a host downloads: `scripts/release` packs a build as
// amane-<course version>-<app version>.zip with its server configs, the nginx server block, the
// deployment guide, the changelog and the licences; unpacked and served from a sub-path, the
// course opens as it does from dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COURSE_VERSION, DIST, Session, ensureDist, launch, serveStatic } from '../harness.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The app's version, from the workspace of Cargo.toml. */
const APP_VERSION = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8')
  .match(/\[workspace\.package\][^[]*?^version\s*=\s*"([^"]+)"/m)[1];
const NAME = `amane-${COURSE_VERSION}-${APP_VERSION}`;

let browser;
let unpacked;
before(async () => {
  ensureDist();
  const out = mkdtempSync(join(tmpdir(), 'amane-release-'));
  const printed = execFileSync(join(ROOT, 'scripts', 'release'), ['--dist', DIST, '--out', out], { encoding: 'utf8' });
  assert.equal(printed.trim(), join(out, `${NAME}.zip`));
  assert.deepEqual(readdirSync(out), [`${NAME}.zip`]);
  unpacked = join(out, 'unpacked');
  execFileSync('python3', ['-m', 'zipfile', '-e', join(out, `${NAME}.zip`), unpacked]);
  browser = await launch();
});
after(async () => { await browser?.close(); });

test('the zip holds one folder named after both versions, with the site, its server configs and the papers a host needs', () => {
  assert.deepEqual(readdirSync(unpacked), [NAME]);
  const top = join(unpacked, NAME);
  for (const file of ['nginx.conf', 'DEPLOY.md', 'CHANGELOG.md', 'LICENSE-MIT', 'LICENSE-APACHE',
    'dist/index.html', 'dist/sw.js', 'dist/.htaccess', 'dist/_headers', 'dist/nginx-csp.conf',
    'dist/content/course.toml', 'dist/content/LICENSE.md']) {
    assert.ok(existsSync(join(top, file)), `${file} is in the zip`);
  }
  assert.ok(!existsSync(join(top, 'dist', '.trunk-lock')), 'the build tool\'s own hidden files stay out');
  assert.equal(readFileSync(join(top, 'dist', 'sw.js'), 'utf8'), readFileSync(join(DIST, 'sw.js'), 'utf8'),
    'the packed site is the build, byte for byte');
  assert.match(readFileSync(join(top, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## ${COURSE_VERSION.replace('.', '\\.')} `, 'm'),
    'the changelog has an entry for the packed course version');
});

test('unpacked and served from a sub-path, the course map loads and a lesson opens', async () => {
  const server = await serveStatic(join(unpacked, NAME, 'dist'), '/centre/formation/amane/');
  const s = await Session.open(browser, server.url);
  try {
    await s.start();
    assert.equal(await s.text('main h1'), 'Les modules');
    await s.page.evaluate(() => { location.hash = '#/m/00-bienvenue/2'; });
    await s.page.waitForSelector('main[data-route="step"] article h1');
    assert.equal(await s.text('main h1'), 'Comment avancer');
    s.assertClean();
  } finally {
    await s.close();
    server.stop();
  }
});
