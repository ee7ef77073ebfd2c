// End-to-end harness: serves the built dist/ from a sub-path with a plain static file server,
// drives headless Chromium, and fails a test on any console error or failed request.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '..', '..');
/** The built app (scripts/test builds it once before the suite; see `ensureDist`). */
export const DIST = resolve(process.env.AMANE_DIST || join(ROOT, 'dist'));
/** An app already served elsewhere (e.g. by `./scripts/serve`), tested instead of DIST. */
const BASE_URL = process.env.AMANE_BASE_URL;

/** Builds the release dist/ once when it is missing (a spec run on its own, without scripts/test). */
export function ensureDist() {
  if (existsSync(join(DIST, 'index.html'))) return;
  console.log(`# ${DIST} is missing: building the release app once`);
  execFileSync('bash', ['-c', 'source scripts/lib/tools.sh && ensure_build_tools && '
    + 'cargo fetch -q --target wasm32-unknown-unknown && trunk --skip-version-check build --release'],
  { cwd: ROOT, stdio: 'inherit' });
}

/** Chromium flags for a closed network and a root user. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

/** `text` without Fluent's isolation marks (U+2068, U+2069). */
export const plain = (text) => text.replace(/[\u2068\u2069]/g, '');

/**
 * Serves `dir` under `prefix` (e.g. '/amane/') with Python's http.server on a free port of
 * 127.0.0.1. Returns { url, stop }.
 */
export async function serveStatic(dir = DIST, prefix = '/amane/') {
  const root = mkdtempSync(join(tmpdir(), 'amane-www-'));
  const parts = prefix.split('/').filter(Boolean);
  const parent = join(root, ...parts.slice(0, -1));
  mkdirSync(parent, { recursive: true });
  symlinkSync(dir, join(parent, parts[parts.length - 1]));
  const proc = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', root],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  // Drain the request log: a full pipe would block the server after a few hundred requests.
  proc.stderr.resume();
  const port = await new Promise((ok, fail) => {
    let out = '';
    proc.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/port (\d+)/);
      if (m) ok(Number(m[1]));
    });
    proc.on('exit', (code) => fail(new Error(`static server exited (${code}): ${out}`)));
  });
  return { url: `http://127.0.0.1:${port}${prefix}`, stop: () => proc.kill() };
}

/** Starts headless Chromium. */
export function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * A page in a fresh browser context, with helpers a test reads like a person would act:
 * open a route, click by text or role, read text, use localStorage; every console error,
 * uncaught exception and failed request is recorded in `problems`.
 */
export class Session {
  constructor(context, page, baseUrl) {
    this.context = context;
    this.page = page;
    this.baseUrl = baseUrl;
    this.problems = [];
    this.watch(page);
  }

  /** Opens a new session; `locale` sets navigator.languages, `viewport` the window size. */
  static async open(browser, baseUrl, { locale = 'fr-FR', viewport = { width: 360, height: 640 } } = {}) {
    const context = await browser.newContext({ locale, viewport });
    // Every Content-Security-Policy violation becomes a console error, so it fails the test.
    await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
    const page = await context.newPage();
    return new Session(context, page, baseUrl);
  }

  /** Records the problems of one page (sessions with several pages call it for each). */
  watch(page) {
    page.on('console', (m) => { if (m.type() === 'error') this.problems.push(`console error: ${m.text()}`); });
    page.on('pageerror', (e) => this.problems.push(`uncaught: ${e.message}`));
    page.on('requestfailed', (r) => this.problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
    page.on('response', (r) => { if (r.status() >= 400) this.problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  }

  /** Opens a route such as '#/help' (or '' for home) and waits for the app to render. */
  async goto(route = '') {
    await this.page.goto(this.baseUrl + route);
    await this.page.waitForSelector('main h1');
  }

  /**
   * Opens a route as a learner who picks `language` (its native name) on the first-visit
   * picker if it is shown.
   */
  async start(route = '', language = 'Français') {
    await this.goto(route);
    if (await this.page.locator('main[data-route] .language-picker').count()) {
      await this.page.locator('.language-picker button', { hasText: language }).click();
      await this.page.waitForSelector('main[data-route] .language-picker', { state: 'detached' });
    }
  }

  /** Waits until the stored progress mentions `id` (a step, quiz or scenario the app records). */
  async waitStored(id) {
    await this.page.waitForFunction((x) => (localStorage.getItem('amane.progress') || '').includes(x), id);
  }

  /** Reloads the page and waits for the app. */
  async reload() {
    await this.page.reload();
    await this.page.waitForSelector('main h1');
  }

  /** Clicks the element whose text is `text`. */
  clickText(text) { return this.page.getByText(text, { exact: true }).first().click(); }

  /** Clicks the element with ARIA `role` and accessible `name`. */
  clickRole(role, name) { return this.page.getByRole(role, { name, exact: true }).first().click(); }

  /**
   * The visible text of the first element matching `selector`, without the Unicode isolation
   * marks Fluent puts around placeables (kept in the app for mixed-direction text).
   */
  async text(selector) { return plain(await this.page.locator(selector).first().innerText()); }

  /** Reads a localStorage key. */
  storageGet(key) { return this.page.evaluate((k) => localStorage.getItem(k), key); }

  /** Writes a localStorage key. */
  storageSet(key, value) { return this.page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value]); }

  /** Empties localStorage. */
  storageClear() { return this.page.evaluate(() => localStorage.clear()); }

  /** Throws when any console error or failed request was seen. */
  assertClean() {
    if (this.problems.length) throw new Error(`the page reported problems:\n  ${this.problems.join('\n  ')}`);
  }

  /** Closes the context. */
  close() { return this.context.close(); }
}

/**
 * Shared set-up for a spec file: one server (or the app at AMANE_BASE_URL) and one browser;
 * `session(options)` opens a page and `withSession` runs a test body in one, failing the test on
 * recorded problems.
 */
export function suite({ before, after }) {
  const env = {};
  before(async () => {
    if (BASE_URL) {
      env.server = { url: BASE_URL, stop: () => {} };
    } else {
      ensureDist();
      env.server = await serveStatic();
    }
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.stop();
  });
  return {
    env,
    /** Opens a session on the served app. */
    session: (opts) => Session.open(env.browser, env.server.url, opts),
    /** Runs `body` with a fresh session and fails on console errors or failed requests. */
    async withSession(opts, body) {
      const s = await Session.open(env.browser, env.server.url, opts);
      try {
        await body(s);
        s.assertClean();
      } finally {
        await s.close();
      }
    },
  };
}
