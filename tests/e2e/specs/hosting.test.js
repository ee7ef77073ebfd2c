// Static hosting anywhere, and offline after the first visit: the built dist/ works under a
// deep sub-path on two plain servers (Python's http.server, nginx with deploy/nginx.conf), keeps
// working when the server is gone, offers a new deployment without reloading by itself (not even
// mid-question) and then keeps only the new version's caches, loads under the strict content
// security policy its server configs send, survives (or explains) wrong MIME types, and explains
// itself to browsers without JavaScript or WebAssembly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, OFFLINE_FILES, Session, freePort, launch, servePython, serveStatic } from '../harness.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const PREFIX = '/x/y/amane/';
const DEEP_LINK = '#/m/01-ma-vie-en-ligne/2';
const DEEP_LINK_TITLE = 'Les informations à garder pour soi';
const QUESTION = '#/m/00-bienvenue/3';
const QUESTION_TITLE = 'Les questions';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Waits until `url` answers (any status). */
async function waitUp(url) {
  for (let i = 0; i < 100; i += 1) {
    try { await fetch(url); return; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  throw new Error(`${url} never answered`);
}

/**
 * nginx (Debian's nginx-light, installed if missing) serving `dir` under `prefix` with
 * deploy/nginx.conf, templated with a free port, the root and the location.
 */
async function serveNginx(dir = DIST, prefix = PREFIX) {
  if (!existsSync('/usr/sbin/nginx')) {
    const install = spawnSync('bash', ['-c', `source "${ROOT}/scripts/lib/tools.sh" && apt_ensure nginx-light`],
      { stdio: 'inherit' });
    assert.equal(install.status, 0, 'nginx-light could not be installed');
  }
  const work = mkdtempSync(join(tmpdir(), 'amane-nginx-'));
  chmodSync(work, 0o755); // nginx's workers do not run as the user who started it
  const www = join(work, 'www');
  const parts = prefix.split('/').filter(Boolean);
  mkdirSync(join(www, ...parts.slice(0, -1)), { recursive: true });
  symlinkSync(dir, join(www, ...parts));
  const port = await freePort();
  const template = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8');
  const include = /include \/var\/www\/amane\/nginx-csp\.conf;/g;
  assert.equal(template.match(include)?.length, 3, 'each level of deploy/nginx.conf includes the build\'s policy');
  const server = template
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/var\/www;/, `root ${www};`)
    .replace(/location \/amane\/ \{/, `location ${prefix} {`)
    .replace(include, `include ${join(dir, 'nginx-csp.conf')};`);
  assert.match(server, new RegExp(`listen 127.0.0.1:${port};[^]*root ${www};[^]*location ${prefix} \\{`),
    'deploy/nginx.conf no longer has the lines the test fills in');
  writeFileSync(join(work, 'server.conf'), server);
  const temp = (name) => `${name}_temp_path ${join(work, name)};`;
  writeFileSync(join(work, 'nginx.conf'), `
    daemon off;
    worker_processes 1;
    pid ${join(work, 'nginx.pid')};
    error_log stderr;
    events {}
    http {
      access_log off;
      ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n      ')}
      include ${join(work, 'server.conf')};
    }
  `);
  const proc = spawn('/usr/sbin/nginx', ['-p', work, '-c', join(work, 'nginx.conf'), '-e', 'stderr'],
    { stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${port}${prefix}`;
  // An nginx that never answers is stopped too: left running, it would keep the suite open.
  await waitUp(url).catch((e) => { proc.kill(); throw e; });
  return { url, stop: () => proc.kill() };
}

/** Opens a session on `server` (service worker allowed, as in a real browser). */
function open(server, options) {
  return Session.open(browser, server.url, options);
}

/**
 * Runs `body` with a fresh session and fails on console errors or failed requests; with
 * `context` options, the session is a bare one (`bareSession`).
 */
async function withSession(server, body, options, context) {
  const s = context ? await bareSession(server, context) : await open(server, options);
  try {
    await body(s);
    s.assertClean();
  } finally {
    await s.close();
  }
}

/** `withSession` on `server`, which is stopped afterwards whatever happens. */
async function withServer(server, body, options, context) {
  try {
    await withSession(server, body, options, context);
  } finally {
    server.stop();
  }
}

/** Waits until the service worker controls the page and stores `file` (relative to the app). */
async function untilStored(s, file) {
  await s.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
  const url = new URL(file, s.baseUrl).href;
  await s.page.waitForFunction((u) => caches.match(u).then((r) => !!r), url, { timeout: 30000 })
    .catch(() => { throw new Error(`${file} was never stored for offline use`); });
}

/**
 * Whether the new version installed by an update still waits once the page's earlier messages
 * to it have been handled: it answers a STATUS question only after any SKIP_WAITING sent before,
 * which would have moved it on from `installed` (and then reloaded the page into it); two frames
 * later that change has reached the page.
 */
function stillWaiting(s) {
  return s.page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const waiting = registration.waiting;
    if (!waiting) return false;
    const channel = new MessageChannel();
    const answered = new Promise((ok) => { channel.port1.onmessage = ok; });
    waiting.postMessage({ type: 'STATUS', urls: [] }, [channel.port2]);
    await answered;
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    return registration.waiting === waiting && waiting.state === 'installed';
  });
}

/** The policy a strict header must carry (issue: hashes of this build's inline scripts). */
const STRICT = /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}='){2}; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'$/;

/** The policy of the <meta> in the built index.html. */
const metaPolicy = () =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))[1];

/** The names of the caches of the page's origin, sorted. */
const cacheNames = (s) => s.page.evaluate(() => caches.keys().then((k) => k.sort()));

/** The build version the page runs. */
const build = (s) => s.page.getAttribute('meta[name="amane-build"]', 'content');

test('a deep link opens on Python\'s http.server under /x/y/amane/', async () => {
  const server = await servePython(DIST, PREFIX);
  await withServer(server, async (s) => {
  await s.start(DEEP_LINK);
  assert.equal(await s.page.getAttribute('main', 'data-route'), 'step');
  assert.equal(await s.text('main h1'), DEEP_LINK_TITLE);
});
});

test('nginx with deploy/nginx.conf: a deep link opens under a strict policy with no violation', async () => {
const server = await serveNginx();
await withServer(server, async (s) => {
  await s.context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation',
      (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await s.page.goto(s.baseUrl + DEEP_LINK);
  const headers = response.headers();
  // The full policy of this build, the same as the page's <meta>, plus frame-ancestors.
  const meta = await s.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.equal(meta, metaPolicy());
  assert.equal(headers['content-security-policy'], `${meta}; frame-ancestors 'none'`);
  assert.match(headers['content-security-policy'], STRICT);
  // Browsers keep to https:// once they have seen it (they ignore it over plain HTTP).
  assert.equal(headers['strict-transport-security'], 'max-age=31536000');
  assert.equal(headers['x-content-type-options'], 'nosniff');
  assert.equal(headers['referrer-policy'], 'no-referrer');
  assert.match(headers['permissions-policy'], /camera=\(\)/);
  assert.equal(headers['cache-control'], 'no-cache');
  await s.start(DEEP_LINK);
  assert.equal(await s.text('main h1'), DEEP_LINK_TITLE);
  await s.page.evaluate(() => { location.hash = '#/'; });
  await s.page.waitForSelector('.module-card');
  assert.deepEqual(await s.page.evaluate(() => window.violations), []);

  const wasm = await s.page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => e.name).find((n) => n.endsWith('.wasm')));
  const asset = await fetch(wasm);
  assert.equal(asset.headers.get('content-type'), 'application/wasm');
  assert.match(asset.headers.get('cache-control'), /max-age=31536000, immutable/);
  assert.equal(asset.headers.get('content-security-policy'), headers['content-security-policy']);
  const module = await fetch(new URL('content/modules/01-ma-vie-en-ligne/fr.md', s.baseUrl));
  assert.match(module.headers.get('content-type'), /^text\/markdown/);
  assert.equal(module.headers.get('cache-control'), 'no-cache');
  assert.equal(module.headers.get('content-security-policy'), headers['content-security-policy']);

  // The policy is really enforced: an injected inline script is refused.
  await s.page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  await s.page.waitForFunction(() => window.violations.length > 0);
  assert.equal(await s.page.evaluate(() => window.injected), undefined);
  s.problems = s.problems.filter((p) => !/Content Security Policy|CSP violation/.test(p));
});
});

test('the server configs in dist/ (_headers, .htaccess, nginx) send the full policy of this build', () => {
const policy = `${metaPolicy()}; frame-ancestors 'none'`;
assert.match(policy, STRICT);
const headers = readFileSync(join(DIST, '_headers'), 'utf8');
assert.deepEqual([...headers.matchAll(/^\s*Content-Security-Policy: (.*)$/gm)].map((m) => m[1]), [policy]);
const htaccess = readFileSync(join(DIST, '.htaccess'), 'utf8');
assert.deepEqual([...htaccess.matchAll(/^\s*Header always set Content-Security-Policy "([^"]*)"$/gm)].map((m) => m[1]), [policy]);
const nginx = readFileSync(join(DIST, 'nginx-csp.conf'), 'utf8');
assert.deepEqual([...nginx.matchAll(/^add_header Content-Security-Policy "([^"]*)" always;$/gm)].map((m) => m[1]), [policy]);
// The rest of each file is the example in deploy/, unchanged.
for (const [name, text] of [['_headers', headers], ['.htaccess', htaccess]]) {
  const example = readFileSync(join(ROOT, 'deploy', name), 'utf8');
  assert.equal(text.replace(policy, 'POLICY'), example.replace(/default-src 'self'[^"\n]*/, 'POLICY'), name);
}
});

test('the cache rules of .htaccess and nginx keep every hashed file a year, whatever its hash length', () => {
const rules = [
  ['.htaccess', /<FilesMatch "([^"]+)">\s*Header set Cache-Control "public, max-age=31536000, immutable"/],
  ['nginx.conf', /location ~ "([^"]+)" \{\s*add_header Cache-Control "public, max-age=31536000, immutable" always;/],
];
// This build's files, and names whose hash has leading zeros, which the build drops.
const hashed = readdirSync(DIST).filter((f) => /\.(js|wasm|css)$/.test(f) && f !== 'sw.js');
const chunks = hashed.filter((f) => /^amane-app-(?:split|chunk)_\w+-[0-9a-f]{16}\.wasm$/.test(f));
assert.ok(chunks.some((f) => f.startsWith('amane-app-split_')), hashed.join(', '));
assert.equal(hashed.length - chunks.length, 3, hashed.join(', '));
hashed.push('amane-app-0f1e2d3c4b5a69_bg.wasm', 'amane-app-abcdef1234567.js', 'main-1.css');
for (const [name, pattern] of rules) {
  const config = readFileSync(join(ROOT, 'deploy', name), 'utf8');
  const immutable = new RegExp(pattern.exec(config)[1]);
  for (const file of hashed) assert.match(file, immutable, `${name}: ${file}`);
  for (const file of ['sw.js', 'index.html', 'favicon.svg', 'fr.md', 'course.toml']) {
    assert.doesNotMatch(file, immutable, `${name}: ${file}`);
  }
}
});

test('after a first visit, the app and the visited module work with the server stopped', async () => {
const server = await serveStatic(DIST, PREFIX);
await withServer(server, async (s) => {
  await s.start(DEEP_LINK);
  await untilStored(s, 'content/modules/01-ma-vie-en-ligne/fr.md');
  server.stop();
  await s.context.setOffline(true);
  await s.reload();
  assert.equal(await s.text('main h1'), DEEP_LINK_TITLE);
  assert.equal(await s.text('.offline-notice'), 'Tu es hors ligne. Les modules déjà ouverts restent disponibles.');
  await s.page.evaluate(() => { location.hash = '#/m/01-ma-vie-en-ligne/3'; });
  await s.page.waitForFunction((title) => document.querySelector('main h1')?.textContent !== title, DEEP_LINK_TITLE);
  assert.equal(await s.page.locator('.load-error').count(), 0);
});
});

test('"download the whole course" shows progress, then every language works offline', async () => {
const server = await serveStatic(DIST, PREFIX);
await withServer(server, async (s) => {
  await s.start();
  await s.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
  const seen = [];
  await s.page.exposeFunction('sawProgress', (text) => seen.push(text));
  await s.page.evaluate(() => new MutationObserver(() => {
    const p = document.querySelector('.offline-download p');
    if (p) window.sawProgress(p.textContent);
  }).observe(document.body, { subtree: true, childList: true, characterData: true }));
  await s.clickText("Télécharger tout le cours pour l'utiliser sans Internet");
  await s.page.waitForSelector('.offline-ready', { timeout: 60000 });
  assert.equal(await s.text('.offline-ready'), 'Le cours est disponible sans Internet sur cet appareil.');
  const total = `\u2068${OFFLINE_FILES.length}\u2069`;
  assert.ok(seen.some((t) => new RegExp(`^Téléchargement : \u2068\\d+\u2069 sur ${total}$`).test(t)),
    `no progress was shown: ${JSON.stringify(seen)}`);

  server.stop();
  await s.context.setOffline(true);
  await s.reload();
  assert.equal(await s.text('.offline-ready'), 'Le cours est disponible sans Internet sur cet appareil.');
  await s.page.evaluate(() => { location.hash = '#/language'; });
  await s.page.locator('.language-picker button', { hasText: 'العربية' }).click();
  await s.page.evaluate(() => { location.hash = '#/m/05-reagir/1'; });
  await s.page.waitForSelector('main[data-route="step"] article');
  assert.equal(await s.page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await s.page.locator('.load-error').count(), 0);
});
});

test('a new deployment is offered, never forced mid-question; accepting reloads into it and removes old caches', async () => {
const site = mkdtempSync(join(tmpdir(), 'amane-site-'));
cpSync(DIST, site, { recursive: true });
const server = await serveStatic(site, PREFIX);
await withServer(server, async (s) => {
  await s.start(QUESTION);
  await untilStored(s, 'content/modules/00-bienvenue/fr.md');
  const first = await build(s);
  assert.match(first, /^[0-9a-f]{16}$/);
  const scope = new URL(s.baseUrl).href;
  assert.deepEqual(await cacheNames(s), [`amane ${scope} content ${first}`, `amane ${scope} shell ${first}`]);

  // The learner is in the middle of a question: an option is ticked, not yet checked.
  const option = s.page.locator('.quiz fieldset.question').first().locator('input[type=radio], input[type=checkbox]').first();
  await option.check();
  await s.page.evaluate(() => { window.unsaved = true; });

  // Deploy a new version: the same files with another build stamp.
  const sw = readFileSync(join(site, 'sw.js'), 'utf8');
  assert.match(sw, /^const VERSION = '[0-9a-f]{16}';$/m);
  writeFileSync(join(site, 'sw.js'), sw.replace(/^const VERSION = '[^']*';$/m, "const VERSION = 'next-version';"));
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  writeFileSync(join(site, 'index.html'), html.replace(first, 'next-version'));

  // Nothing reloads by itself: the prompt shows and the ticked option is still ticked.
  await s.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await s.page.waitForSelector('.update-banner', { timeout: 60000 });
  assert.equal(await s.text('.update-banner p'), 'Une nouvelle version du cours est prête.');
  assert.equal(await stillWaiting(s), true, 'the new version waits for the learner');
  assert.equal(await option.isChecked(), true, 'the ticked option is still ticked');
  assert.equal(await s.page.evaluate(() => window.unsaved), true, 'the page was not reloaded');
  assert.equal(await build(s), first);
  assert.equal(await s.text('main h1'), QUESTION_TITLE);

  await Promise.all([s.page.waitForEvent('load'), s.clickRole('button', 'Recharger')]);
  await s.page.waitForSelector('main h1');
  assert.equal(await build(s), 'next-version');
  assert.equal(await s.page.evaluate(() => window.unsaved), undefined);
  assert.equal(await s.text('main h1'), QUESTION_TITLE);
  assert.equal(await s.page.locator('.update-banner').count(), 0);

  // Only the new version's caches are left.
  const current = [`amane ${scope} content next-version`, `amane ${scope} shell next-version`];
  await s.page.waitForFunction((names) => caches.keys().then((k) => k.sort().join('\n') === names.join('\n')),
    current, { timeout: 10000 }).catch(() => {});
  assert.deepEqual(await cacheNames(s), current);
  await untilStored(s, 'content/modules/00-bienvenue/fr.md');
});
});

/**
 * A fresh context with `options`, on the app served by `server`; returns the
 * session (its problems are recorded as in any test).
 */
async function bareSession(server, options) {
const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 640 }, ...options });
const page = await context.newPage();
return new Session(context, page, server.url);
}

test('an edited course file shows on reload even when the server lets browsers keep files an hour', async () => {
const dir = mkdtempSync(join(tmpdir(), 'amane-cached-'));
cpSync(DIST, dir, { recursive: true, dereference: true });
const server = await serveStatic(dir, PREFIX, { headers: { 'Cache-Control': 'max-age=3600' } });
// No service worker: the browser's own cache alone decides, as on a first visit.
await withServer(server, async (s) => {
    await s.start('#/m/00-bienvenue/1');
    await s.reload();
    assert.equal(await s.text('main h1'), 'Bienvenue !');
    const file = join(dir, 'content/modules/00-bienvenue/fr.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Bienvenue !', '## Bienvenue à toutes et à tous'));
    const course = join(dir, 'content/course.toml');
    writeFileSync(course, readFileSync(course, 'utf8').replace('Amane — sécurité en ligne', 'Amane — édition de test'));
    await s.reload();
    assert.equal(await s.text('main h1'), 'Bienvenue à toutes et à tous');
    assert.equal(await s.text('header .brand'), 'Amane — édition de test');
    s.assertClean();
  }, undefined, { serviceWorkers: 'block' });
});

test('while the app downloads, the page says the course is loading, then the app takes its place', async () => {
  const server = await serveStatic(DIST, PREFIX);
  await withServer(server, async (s) => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await s.context.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
    await s.page.goto(server.url + DEEP_LINK);
    // A newcomer chooses a language first, on the page's own picker (first-visit.test.js).
    await s.page.locator('#boot-picker button[lang="fr"]').click();
    await s.page.waitForSelector('#boot-loading', { state: 'visible' });
    assert.equal(await s.text('#boot-loading [lang="fr"]'), 'Amane · Chargement du cours…');
    assert.equal(await s.text('#boot-loading [lang="ar"]'), 'أمان · جارٍ تحميل الدورة…');
    assert.equal(await s.page.locator('#boot-loading').getAttribute('role'), 'status');
    // Painted while the app is still held back.
    await s.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length === 1);
    release();
    await s.page.waitForSelector('main#main[data-route="step"] h1');
    assert.equal(await s.page.locator('#boot-loading').count(), 0);
  });
});

test('with JavaScript turned off, the page says the course needs it', async () => {
  const server = await serveStatic(DIST, PREFIX);
  await withServer(server, async (s) => {
    await s.page.goto(server.url + DEEP_LINK);
    assert.equal(await s.page.locator('noscript .boot-message').isVisible(), true);
    assert.equal(await s.text('noscript .boot-message [lang="fr"]'),
      'Le cours a besoin de JavaScript. Active-le dans les réglages du navigateur, puis recharge la page.');
    assert.match(await s.page.locator('body').innerText(), /تحتاج الدورة إلى JavaScript/);
    assert.equal(await s.page.locator('#boot-old-browser').isVisible(), false);
    assert.equal(await s.page.locator('#boot-loading').isVisible(), false);
    assert.equal(await s.page.locator('main:visible').count(), 0);
    // With scripts off, Chromium refuses the preload of the app's script (reported as "csp").
    s.problems = s.problems.filter((p) => !/request failed: .*\/amane-app-[0-9a-f]{1,16}\.js \(csp\)$/.test(p));
    s.assertClean();
  }, undefined, { javaScriptEnabled: false });
});

test('without WebAssembly, the page says the browser is too old', async () => {
  const server = await serveStatic(DIST, PREFIX);
  await withServer(server, async (s) => {
    await s.context.addInitScript(() => { delete window.WebAssembly; });
    // The app's own loader has had its chance to start once it has failed.
    const loaderFailed = s.page.waitForEvent('pageerror', { predicate: (e) => /WebAssembly/.test(e.message) });
    await s.page.goto(server.url + DEEP_LINK);
    await s.page.waitForSelector('#boot-old-browser', { state: 'visible' });
    assert.match(await s.text('#boot-old-browser [lang="fr"]'), /^Ce navigateur est trop ancien pour le cours \(il lui manque WebAssembly\)/);
    assert.match(await s.text('#boot-old-browser [lang="ar"]'), /^هذا المتصفح قديم جدًا لتشغيل الدورة/);
    assert.equal(await s.page.locator('#boot-failed').isVisible(), false);
    assert.equal(await s.page.locator('#boot-loading').isVisible(), false);
    await loaderFailed;
    assert.equal(await s.page.locator('main:visible').count(), 0);
    // The app's own loader fails on the missing WebAssembly; the message above is what shows.
    s.problems = s.problems.filter((p) => !/WebAssembly/.test(p));
    s.assertClean();
  }, undefined, {});
});

test('a .wasm served with a wrong MIME type still loads', async () => {
  const server = await serveStatic(DIST, PREFIX, { types: { '.wasm': 'application/octet-stream' } });
  await withServer(server, async (s) => {
    await s.start(DEEP_LINK);
    assert.equal(await s.text('main h1'), DEEP_LINK_TITLE);
  });
});

test('a .js served with a wrong MIME type shows an explanation in French and Arabic', async () => {
  const server = await serveStatic(DIST, PREFIX, { types: { '.js': 'text/plain' } });
  const s = await open(server);
  try {
    await s.page.goto(server.url + DEEP_LINK);
    await s.page.waitForSelector('#boot-failed', { state: 'visible' });
    assert.match(await s.text('#boot-failed [lang="fr"]'), /^Le cours n'a pas pu démarrer/);
    assert.match(await s.text('#boot-failed [lang="ar"]'), /^تعذّر تشغيل الدورة/);
    assert.match(await s.text('#boot-failed'), /text\/javascript/);
    assert.equal(await s.page.locator('#boot-old-browser').isVisible(), false);
    assert.equal(await s.page.locator('#boot-loading').isVisible(), false);
    assert.equal(await s.page.locator('main:visible').count(), 0);
  } finally {
    server.stop();
    await s.close();
  }
});

test('the explanation stays hidden when the app starts', async () => {
  const server = await serveStatic(DIST, PREFIX);
  await withServer(server, async (s) => {
    await s.start();
    assert.equal(await s.page.locator('.boot-message:visible').count(), 0);
  });
});

test('a host that answers a missing file with its index page: the module falls back and that page is never kept, only that the file is absent', async () => {
  const site = mkdtempSync(join(tmpdir(), 'amane-spa-host-'));
  cpSync(DIST, site, { recursive: true, dereference: true });
  const missing = 'content/modules/02-comptes-et-mots-de-passe/ary.md';
  rmSync(join(site, missing));
  const server = await serveStatic(site, PREFIX, { missing: 'index.html' });
  await withServer(server, async (s) => {
    await s.start('#/m/02-comptes-et-mots-de-passe/1', 'الدارجة');
    await s.page.waitForSelector('.fallback-note');
    assert.equal(await s.page.getAttribute('main article', 'lang'), 'ar');
    // Once the service worker runs the page, the module is asked for through it again.
    await untilStored(s, 'content/modules/02-comptes-et-mots-de-passe/ar.md');
    await s.reload();
    await s.page.waitForSelector('main article[lang=ar]');
    const kept = await s.page.evaluate(
      (url) => caches.match(url).then(async (r) => r && { status: r.status, body: await r.text() }),
      new URL(missing, s.baseUrl).href);
    assert.deepEqual(kept, { status: 404, body: '' },
      'the index page answered for the Darija file is not kept: the file is kept as absent, so offline falls back too');
    await s.context.setOffline(true);
    await s.reload();
    await s.page.waitForSelector('main article[lang=ar]');
    assert.equal(await s.page.locator('.fallback-note').count(), 1, 'offline, the module falls back as online');
    // Offline the missing file answers 404 from the device, as a host without that fallback would.
    s.problems = s.problems.filter((p) => !p.endsWith(`${missing}`) && !p.includes(`${missing} (`)
      && !/status of 404/.test(p));
  });
});
