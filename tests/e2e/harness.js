// End-to-end harness: serves the built dist/ from a sub-path with a small static file server,
// drives headless Chromium, and fails a test on any console error or failed request.
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, symlinkSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
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
  execFileSync(join(ROOT, 'scripts', 'build'), [], { cwd: ROOT, stdio: 'inherit' });
}

/** Chromium flags for a closed network and a root user. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

/** `text` without Fluent's isolation marks (U+2068, U+2069). */
export const plain = (text) => text.replace(/[\u2068\u2069]/g, '');

/** The Content-Type of each kind of file the app is made of, as deploy/ sets them. */
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.toml': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8', '.ftl': 'text/plain; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` under `prefix` (e.g. '/amane/') on a free port of 127.0.0.1, as a plain static
 * server does, with `X-Content-Type-Options: nosniff` as deploy/ recommends. Each file carries an
 * ETag made from its bytes, so a file edited during a test is never answered 304 (a server that
 * compares times to the second, such as Python's http.server, does that for an edit made in the
 * same second as the copy). `types` overrides the Content-Type of some extensions ('.wasm' →
 * 'application/octet-stream', …) and `headers` are added to every file. With `missing` (a file
 * name), a file that does not exist is answered with that file and a success, as some static
 * hosts answer with their index.html. Returns { url, stop }.
 */
export async function serveStatic(dir = DIST, prefix = '/amane/', { types = {}, headers = {}, missing } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) { res.writeHead(404).end(); return; }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) { res.writeHead(403).end(); return; }
    if (path.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      if (!missing) { res.writeHead(404).end(); return; }
      file = join(root, missing);
    }
    const body = readFileSync(file);
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    const ext = extname(file);
    const head = {
      'Content-Type': types[ext] ?? TYPES[ext] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      ETag: etag,
      ...headers,
    };
    if (req.headers['if-none-match'] === etag) { res.writeHead(304, head).end(); return; }
    res.writeHead(200, head);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}${prefix}`,
    stop: () => { server.closeAllConnections(); server.close(); },
  };
}

/**
 * Serves `dir` under `prefix` with Python's http.server on a free port of 127.0.0.1, the
 * plainest server a host may use. Returns { url, stop }.
 */
export async function servePython(dir = DIST, prefix = '/amane/') {
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

/** A TCP port free on 127.0.0.1 right now, for a server a test starts. */
export function freePort() {
  return new Promise((ok) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** The course's source files (the same that trunk copies into dist/content/). */
const CONTENT = join(ROOT, 'content');

/**
 * The course as the app reads it: `amane ids --json content` (core's own parser, storage keys
 * and routes), run once per test process. Host build: without the wasm build's environment.
 */
function listCourse() {
  const env = { ...process.env };
  for (const name of ['CARGO_UNSTABLE_BUILD_STD', 'RUSTC', 'RUSTC_BOOTSTRAP']) delete env[name];
  const json = execFileSync('cargo', ['run', '-q', '--locked', '-p', 'amane-core', '--bin', 'amane', '--', 'ids', '--json', CONTENT],
    { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(json);
}
const LISTING = listCourse();
/** The course's id, from content/course.toml. */
export const COURSE_ID = LISTING.id;
/** The course's version, from content/course.toml. */
export const COURSE_VERSION = LISTING.version;
/** Where the app keeps this course's progress in localStorage (core's StoreKeys). */
export const PROGRESS_KEY = LISTING.storage.main;
/** Where the app sets aside an unreadable copy of this course's progress (followed by the time in ms). */
export const CORRUPT_PREFIX = LISTING.storage.corrupt_prefix;
/** The progress file format this build writes (core's CURRENT_VERSION). */
export const PROGRESS_VERSION = LISTING.progress_version;
/** The course's module ids, in order, from content/course.toml. */
export const MODULES = LISTING.modules.map((module) => module.id);
/** The content files "download the whole course" stores (core's offline list). */
export const OFFLINE_FILES = LISTING.offline_files;

/**
 * Steps, question sets and scenarios of a module, as its reference (French) text defines them;
 * `stepOf` maps a question set or scenario id to the 1-based number of its step.
 */
export function moduleIds(id) {
  const module = LISTING.modules.find((m) => m.id === id);
  const blocks = [...module.question_sets, ...module.scenarios];
  return {
    steps: module.steps.map((step) => step.id),
    quizzes: module.question_sets.map((set) => set.id),
    scenarios: module.scenarios.map((scenario) => scenario.id),
    stepOf: Object.fromEntries(blocks.map((block) => [block.id, block.step])),
  };
}

/** The neutral site the quick exit leaves for (content/course.toml's quick_exit_url). */
export const NEUTRAL = /^https:\/\/www\.google\.com\/search/;

/** Answers the neutral site locally in session `s` (the test machine has no outside network). */
export async function stubNeutralSite(s) {
  await s.context.route(NEUTRAL, (route) => route.fulfill({ contentType: 'text/html', body: '<title>neutral</title><p>neutral</p>' }));
}

/**
 * A single-line message of locales/<locale>/main.ftl, as written, with each `{ $name }` of
 * `args` filled in (the others left as written).
 */
export function message(locale, key, args = {}) {
  const ftl = readFileSync(join(ROOT, 'locales', locale, 'main.ftl'), 'utf8');
  const found = ftl.match(new RegExp(`^${key} = (.+)$`, 'm'));
  if (!found) throw new Error(`no single-line message ${key} in locales/${locale}/main.ftl`);
  return found[1].replace(/\{ \$(\w+) \}/g, (written, name) => (name in args ? args[name] : written));
}

/**
 * Answers every question of question set `setId` (or of the page's first quiz) with its first
 * choice or menu item, checks each one, and waits for the set's result.
 */
export async function answerQuiz(page, setId) {
  const quiz = page.locator(setId ? `.quiz[data-set="${setId}"]` : '.quiz').first();
  await quiz.waitFor();
  const questions = quiz.locator('fieldset.question');
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const q = questions.nth(i);
    const choices = q.locator('input[type=radio], input[type=checkbox]');
    if (await choices.count()) await choices.first().check();
    const menus = q.locator('select');
    const n = await menus.count();
    for (let m = 0; m < n; m++) await menus.nth(m).selectOption({ index: 1 });
    await q.getByRole('button', { name: 'Vérifier' }).click();
    await q.locator('.feedback .verdict').waitFor();
  }
  await quiz.locator('.quiz-result').waitFor();
}

/** A version 2 progress file: `modules` maps module ids to their records. */
export function progressFile(modules, extra = {}) {
  return JSON.stringify({ format: 'amane-progress', version: 2, course: COURSE_ID, modules, updated: 1, ...extra });
}

/** 12:00 UTC on 1 October 2026 plus `days`: the same day in Morocco all year. */
export const noon = (days) => Date.UTC(2026, 9, 1 + days, 12);

/** The records of the first `count` modules of the course, each finished with full marks. */
function finishedModules(count = MODULES.length) {
  const modules = {};
  MODULES.slice(0, count).forEach((id, n) => {
    const ids = moduleIds(id);
    const full = (list) => Object.fromEntries(list.map((x) => [x, { earned: 100, max: 100 }]));
    modules[id] = {
      steps_read: ids.steps, quiz_best: full(ids.quizzes), scenario_best: full(ids.scenarios),
      first_activity: noon(n), last_activity: noon(n),
    };
  });
  return modules;
}

/** A progress file in which every module of the course is finished with full marks. */
export function finishedCourse() {
  return progressFile(finishedModules(), { updated: noon(MODULES.length) });
}

/**
 * A learner's results file as core writes it (core/src/roster/results_file.rs): the first
 * `passed` modules finished, and one ended attempt at the final assessment per percentage in
 * `scores`, the n-th ending on day `day + n`.
 */
export function resultsFile(learner, { passed = 0, scores = [], day = 20, exported = noon(40), course = COURSE_ID } = {}) {
  const assessment = scores.map((percent, n) => ({
    started_ms: noon(day + n) - 600_000,
    seed: 1000 + n,
    questions: ['cas-1', 'cas-2'],
    submission: {
      ended_ms: noon(day + n), ended_by: 'submitted', score: { earned: percent * 2, max: 200 }, passed: percent >= 70,
    },
  }));
  const progress = {
    format: 'amane-progress', version: 3, course: COURSE_ID, modules: finishedModules(passed), assessment, updated: exported,
  };
  return JSON.stringify({
    format: 'amane-results', version: 1, course, course_version: COURSE_VERSION, learner, exported_ms: exported, progress,
  }, null, 2);
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
  constructor(context, page, baseUrl, { keyboard = false } = {}) {
    this.context = context;
    this.page = page;
    this.baseUrl = baseUrl;
    /** Whether this learner uses the keyboard alone (no mouse, no touch). */
    this.keyboard = keyboard;
    this.problems = [];
    this.watch(page);
  }

  /**
   * Opens a new session; `locale` sets navigator.languages, `viewport` the window size, and
   * `keyboard` makes the session's own actions (such as `start`) use the keyboard alone.
   */
  static async open(browser, baseUrl, {
    locale = 'fr-FR', viewport = { width: 360, height: 640 }, keyboard = false, serviceWorkers = 'allow',
  } = {}) {
    const context = await browser.newContext({ locale, viewport, serviceWorkers });
    // Every Content-Security-Policy violation becomes a console error, so it fails the test.
    await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
    const page = await context.newPage();
    return new Session(context, page, baseUrl, { keyboard });
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
   * picker if it is shown (index.html's own, before the app): a click, or in a keyboard session
   * Tab to its button and Enter; then waits for the app's page.
   */
  async start(route = '', language = 'Français') {
    await this.goto(route);
    if (await this.page.locator('main[data-route] .language-picker').count()) {
      const button = this.page.locator('.language-picker button', { hasText: language });
      if (this.keyboard) {
        await this.tabTo(button);
        await this.page.keyboard.press('Enter');
      } else {
        await button.click();
      }
      await this.page.waitForSelector('main[data-route] .language-picker', { state: 'detached' });
      await this.page.waitForSelector('main#main h1');
    }
  }

  /**
   * Presses Tab (Shift+Tab with `back`) until `locator` has focus, or with `group` until any
   * control of its radio group (same name) has it, as arrow keys then move inside the group.
   * Fails after `limit` presses.
   */
  async tabTo(locator, { back = false, group = false, limit = 300 } = {}) {
    const handle = await locator.elementHandle();
    for (let i = 0; i < limit; i++) {
      const reached = await handle.evaluate((el, g) => {
        const active = document.activeElement;
        return el === active || (g && !!active && active.name === el.name && active.type === el.type);
      }, group);
      if (reached) return;
      await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`never reached by ${back ? 'Shift+' : ''}Tab: ${await handle.evaluate((el) => el.outerHTML.slice(0, 120))}`);
  }

  /** Waits until the stored progress mentions `id` (a step, quiz or scenario the app records). */
  async waitStored(id) {
    await this.page.waitForFunction(([key, x]) => (localStorage.getItem(key) || '').includes(x), [PROGRESS_KEY, id]);
  }

  /**
   * Waits until the page is still: nothing shows as loading (`.loading`), the fonts are in, and
   * two frames have been drawn since, so the layout is the one the learner sees.
   */
  async settled() {
    await this.page.waitForFunction(() => !document.querySelector('.loading'));
    await this.page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    });
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

  /**
   * Picks a file made of `bytes` on the my-data page and returns the message shown (the
   * refusal or the preview of what it would add), as text.
   */
  async importFile(bytes, name = 'progress.json') {
    const answer = '.import-error, .import-preview';
    await this.page.evaluate((sel) => document.querySelectorAll(sel).forEach((e) => e.setAttribute('data-seen', '')), answer);
    await this.page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(bytes) });
    const shown = this.page.locator('.import-error:not([data-seen]), .import-preview:not([data-seen])').first();
    await shown.waitFor();
    return plain(await shown.innerText()).trim().replace(/\n+/g, '\n');
  }

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
