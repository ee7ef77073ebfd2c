// Apache as shared hosting runs it: the build's own dist/.htaccess (made from deploy/.htaccess)
// in the app's folder under a sub-path, with an empty system table of types, is all it takes
// for the course to open under the strict policy with the right types and cache rules; a host
// that forbids `Options` in .htaccess answers 500, as docs/DEPLOY.md's troubleshooting says.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, Session, ensureDist, freePort, launch } from '../harness.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const PREFIX = '/centre/amane/';
const MODULES = '/usr/lib/apache2/modules';
/** What shared hosts usually allow in .htaccess, and what deploy/.htaccess needs. */
const FULL = 'FileInfo Indexes Options';

let browser;
before(async () => {
  ensureDist();
  if (!existsSync('/usr/sbin/apache2')) {
    const install = spawnSync('bash', ['-c', `source "${ROOT}/scripts/lib/tools.sh" && apt_ensure apache2-bin`],
      { stdio: 'inherit' });
    assert.equal(install.status, 0, 'apache2-bin could not be installed');
  }
  browser = await launch();
});
after(async () => { await browser?.close(); });

/**
 * Apache 2.4 serving a copy of the build under PREFIX, the folder allowing `allowOverride` in
 * .htaccess, with only the modules deploy/.htaccess names and no system table of types.
 */
async function serveApache(allowOverride = FULL) {
  const work = mkdtempSync(join(tmpdir(), 'amane-apache-'));
  chmodSync(work, 0o755); // Apache's workers do not run as the user who started it
  const site = join(work, 'www', ...PREFIX.split('/').filter(Boolean));
  mkdirSync(dirname(site), { recursive: true });
  cpSync(DIST, site, { recursive: true });
  writeFileSync(join(work, 'mime.types'), '');
  const port = await freePort();
  const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'autoindex', 'headers', 'filter', 'deflate'];
  writeFileSync(join(work, 'httpd.conf'), `
    ServerRoot ${work}
    ServerName 127.0.0.1
    Listen 127.0.0.1:${port}
    PidFile ${join(work, 'httpd.pid')}
    ErrorLog ${join(work, 'error.log')}
    User nobody
    Group nogroup
    ${modules.map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`).join('\n    ')}
    TypesConfig ${join(work, 'mime.types')}
    DocumentRoot ${join(work, 'www')}
    <Directory />
      AllowOverride None
      Require all denied
    </Directory>
    <Directory ${join(work, 'www')}>
      AllowOverride ${allowOverride}
      Require all granted
    </Directory>
  `);
  const proc = spawn('/usr/sbin/apache2', ['-d', work, '-f', join(work, 'httpd.conf'), '-DFOREGROUND'],
    { stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${port}${PREFIX}`;
  for (let i = 0; ; i += 1) {
    try { await fetch(url); break; } catch (e) {
      // An Apache that never answers is stopped too: left running, it would keep the suite open.
      if (i === 100) { proc.kill(); throw new Error(`${url} never answered: ${e.message}`); }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url, stop: () => proc.kill() };
}

/** The headers of `path` (relative to the app) as the server sends them. */
async function headersOf(server, path) {
  const response = await fetch(new URL(path, server.url));
  assert.equal(response.status, 200, path);
  return Object.fromEntries(response.headers);
}

test('Apache with the build\'s .htaccess: the course opens from a sub-path under the build\'s full policy, with no violation', async () => {
  const server = await serveApache();
  const s = await Session.open(browser, server.url);
  try {
    const page = await headersOf(server, '');
    const policy = readFileSync(join(DIST, 'nginx-csp.conf'), 'utf8').match(/Content-Security-Policy "([^"]*)"/)[1];
    assert.equal(page['content-security-policy'], policy, 'the same policy as every other server config of the build');
    assert.match(page['content-type'], /^text\/html; charset=utf-8$/i);
    assert.equal(page['x-content-type-options'], 'nosniff');
    assert.equal(page['referrer-policy'], 'no-referrer');
    assert.equal(page['cache-control'], 'no-cache');

    await s.start();
    assert.equal(await s.text('main h1'), 'Les modules');
    await s.page.evaluate(() => { location.hash = '#/m/01-ma-vie-en-ligne/2'; });
    await s.page.waitForSelector('main[data-route="step"] article h1');
    assert.equal(await s.text('main h1'), 'Les informations à garder pour soi');
    s.assertClean();
  } finally {
    await s.close();
    server.stop();
  }
});

test('Apache with the build\'s .htaccess: each kind of file has its type and cache rule, even with no system table of types', async () => {
  const server = await serveApache();
  try {
    const built = readFileSync(join(DIST, 'sw.js'), 'utf8').match(/^const SHELL = (\[.*\]);$/m)[1];
    const shell = JSON.parse(built.replace(/'/g, '"'));
    const wasm = shell.find((f) => f.endsWith('.wasm'));
    const js = shell.find((f) => /^amane-app-.*\.js$/.test(f));
    const cases = [
      [wasm, /^application\/wasm$/, 'public, max-age=31536000, immutable'],
      [js, /^text\/javascript; charset=utf-8$/i, 'public, max-age=31536000, immutable'],
      ['sw.js', /^text\/javascript; charset=utf-8$/i, 'no-cache'],
      ['content/course.toml', /^text\/plain; charset=utf-8$/i, 'no-cache'],
      ['content/modules/01-ma-vie-en-ligne/ar.md', /^text\/markdown; charset=utf-8$/i, 'no-cache'],
    ];
    for (const [path, type, cache] of cases) {
      const headers = await headersOf(server, path);
      assert.match(headers['content-type'], type, path);
      assert.equal(headers['cache-control'], cache, path);
      assert.equal(headers['x-content-type-options'], 'nosniff', path);
    }
    const listing = await fetch(new URL('content/modules/', server.url));
    assert.equal(listing.status, 403, 'no folder listing');
  } finally {
    server.stop();
  }
});

test('a host that forbids `Options` in .htaccess answers 500 for every file (DEPLOY.md: remove that line)', async () => {
  const server = await serveApache('FileInfo Indexes');
  try {
    assert.equal((await fetch(server.url)).status, 500);
  } finally {
    server.stop();
  }
});
