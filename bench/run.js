// Load benchmark: the built app next to a static HTML page of the same lesson step and first
// question, loaded alternately in headless Chromium under DevTools network and CPU throttling,
// a fresh browser context per load. Prints medians, spread and the app/baseline ratio per
// metric, and a newcomer's first visit (nothing stored: index.html's language picker) against
// the static page's first paint, and the course map cold (every module's card on the map). Not
// run by the test suite: see docs/PERFORMANCE.md.
//
//   node bench/run.js [--dist dist] [--runs 7] [--profiles fast3g,slow3g] [--json out.json]
//
// Profiles: fast3g (Fast 3G + 4× CPU), slow3g (Slow 3G + 6× CPU), local (no throttling, to try
// the script quickly). Pin the browser to one core with `taskset -c 0 node bench/run.js`.
//
// Build the app first (`./scripts/build`) and install playwright-core
// once (`cd bench && npm ci`).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { serve } from './server.js';
import { buildBaseline } from './baseline.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];
/** DevTools' presets: bytes per second and round-trip latency in ms. */
const PROFILES = {
  fast3g: { label: 'Fast 3G + 4× CPU', download: 180_000, upload: 84_375, latency: 562.5, cpu: 4 },
  slow3g: { label: 'Slow 3G + 6× CPU', download: 50_000, upload: 50_000, latency: 2000, cpu: 6 },
  local: { label: 'no throttling', download: -1, upload: -1, latency: 0, cpu: 1 },
};

function options() {
  const args = process.argv.slice(2);
  const get = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  return {
    dist: resolve(get('dist', join(ROOT, 'dist'))),
    runs: Number(get('runs', 7)),
    profiles: get('profiles', 'fast3g,slow3g').split(','),
    json: get('json', null),
  };
}

/** Runs before any page script: collects LCP and long tasks, and resolves when ready is marked. */
const OBSERVE = () => {
  const b = (window.__bench = { lcp: null, longTasks: [] });
  b.ready = new Promise((done) => {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'amane-ready') done(e.startTime);
    }).observe({ type: 'mark', buffered: true });
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};

/** Seeds the chosen language the way the app stored it during the warm-up. */
const SEED = ([key, value]) => {
  if (value && !localStorage.getItem(key)) localStorage.setItem(key, value);
};

/** Chooses French through the first-visit picker once and returns what the app stored. */
async function chosenLanguage(browser, appUrl) {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(appUrl);
  await page.locator('.language-picker button', { hasText: 'Français' }).click();
  await page.waitForSelector('.language-picker', { state: 'detached' });
  // The app moves the choice into the progress once it has started.
  const stored = () => Object.keys(localStorage).find((k) => /^amane\..+\.progress$/.test(k)
    && /"locale":\{[^}]*"code":"fr"/.test(localStorage.getItem(k)));
  const key = await page.waitForFunction(stored, null, { timeout: 60_000 }).then((h) => h.jsonValue(), () => null);
  const value = key && await page.evaluate((k) => localStorage.getItem(k), key);
  await context.close();
  if (!value) throw new Error('the app stored no progress after the language was chosen');
  return [key, value];
}

/** Throttles one page (network and main-thread CPU) and counts its requests and bytes. */
async function throttle(context, page, profile) {
  const cdp = await context.newCDPSession(page);
  const net = { requests: [], bytes: 0, cached: 0 };
  const byId = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!e.request.url.startsWith('http')) return;
    const r = { url: e.request.url, start: e.timestamp, end: null, status: null };
    byId.set(e.requestId, r);
    net.requests.push(r);
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = byId.get(e.requestId);
    if (r) r.status = e.response.status;
    if (r && (e.response.fromDiskCache || e.response.fromServiceWorker)) net.cached += 1;
  });
  cdp.on('Network.requestServedFromCache', () => { net.cached += 1; });
  cdp.on('Network.loadingFinished', (e) => {
    net.bytes += e.encodedDataLength;
    const r = byId.get(e.requestId);
    if (r) r.end = e.timestamp;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: profile.latency,
    downloadThroughput: profile.download, uploadThroughput: profile.upload,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  return net;
}

/** Opens `url` in `page` and returns the load's metrics once the lesson is ready. */
async function measure(context, page, url, profile) {
  const net = await throttle(context, page, profile);
  await page.goto(url, { waitUntil: 'commit', timeout: 180_000 });
  const ready = await page.evaluate(() => window.__bench.ready);
  // Let the paint that follows the mark happen, so LCP has its candidate.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  const m = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    lcp: window.__bench.lcp,
    longTasks: window.__bench.longTasks,
  }));
  const before = m.longTasks.filter(([start]) => start < ready);
  const t0 = net.requests[0]?.start ?? 0;
  return {
    ready, fcp: m.fcp, lcp: m.lcp,
    longTasks: before.length,
    longTaskMs: before.reduce((s, [, d]) => s + d, 0),
    requests: net.requests.length,
    kb: net.bytes / 1024,
    cached: net.cached,
    waterfall: net.requests.map((r) => ({
      url: r.url.replace(/^https?:\/\/[^/]+/, ''), status: r.status,
      start: Math.round((r.start - t0) * 1000), end: r.end ? Math.round((r.end - t0) * 1000) : null,
    })),
  };
}

/**
 * Checks the first option of the first question, then clicks "Vérifier": ms from the click event
 * until the feedback text is in the DOM ({ dom }) and until the frame showing it ({ painted }).
 */
async function clickToFeedback(page, checkLabel) {
  const question = page.locator('fieldset.question').first();
  await question.locator('input').first().check();
  await page.evaluate(() => {
    window.__bench.click = new Promise((done) => {
      const onClick = (ev) => {
        const fieldset = ev.target.closest?.('fieldset.question');
        if (!fieldset || !ev.target.closest('button')) return;
        document.removeEventListener('click', onClick, true);
        const t0 = ev.timeStamp;
        const box = fieldset.querySelector('.feedback');
        // In the DOM, then after the next frame (rAF, then a task: the frame has been painted).
        const shown = () => {
          const dom = performance.now() - t0;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done({ dom, painted: performance.now() - t0 });
            channel.port2.postMessage(0);
          });
        };
        if (box.textContent.trim()) { shown(); return; }
        new MutationObserver((_, obs) => {
          if (box.textContent.trim()) { obs.disconnect(); shown(); }
        }).observe(box, { childList: true, subtree: true, characterData: true });
      };
      document.addEventListener('click', onClick, true);
    });
  });
  await question.getByRole('button', { name: checkLabel, exact: true }).click();
  return page.evaluate(() => window.__bench.click);
}

/** One cold load then one repeat visit (same context: HTTP cache, and service worker if any). */
async function visit(browser, target, profile, seed, withWaterfall) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 640 } });
  await context.addInitScript(OBSERVE);
  await context.addInitScript(SEED, seed);
  try {
    const page = await context.newPage();
    const cold = await measure(context, page, target.url, profile);
    cold.click = await clickToFeedback(page, target.check);
    const sw = await page.evaluate(() => !!navigator.serviceWorker?.controller);
    await page.close();
    const again = await context.newPage();
    const repeat = await measure(context, again, target.url, profile);
    repeat.serviceWorker = sw || await again.evaluate(() => !!navigator.serviceWorker?.controller);
    if (!withWaterfall) { delete cold.waterfall; delete repeat.waterfall; }
    return { cold, repeat };
  } finally {
    await context.close();
  }
}

/** Runs before any page script: the time of the first frame in which the picker's buttons show. */
const WATCH_PICKER = () => {
  const b = (window.__picker = { shown: null });
  const check = () => {
    const button = document.querySelector('#boot-picker button');
    if (button && button.getClientRects().length) { b.shown = performance.now(); return; }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

/**
 * A newcomer's first visit (nothing stored): ms until index.html's language picker shows with
 * its buttons working (they work as soon as they show: the start-up script in <head> listens
 * before the body is parsed), its first paint, and the requests and bytes until then.
 */
async function newcomer(browser, url, profile) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 640 } });
  await context.addInitScript(WATCH_PICKER);
  try {
    const page = await context.newPage();
    const net = await throttle(context, page, profile);
    await page.goto(url, { waitUntil: 'commit', timeout: 180_000 });
    await page.waitForFunction(() => window.__picker.shown !== null
      && performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 180_000 });
    const m = await page.evaluate(() => ({
      shown: window.__picker.shown,
      fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    }));
    const finished = net.requests.filter((r) => r.end !== null);
    return { usable: Math.max(m.shown, m.fcp), fcp: m.fcp, requests: finished.length, kb: net.bytes / 1024 };
  } finally {
    await context.close();
  }
}

/**
 * The course map, cold, for a learner whose language is stored: ms until every module's card
 * is on the map, and the requests and bytes until then — what grows with the number of modules
 * while the map downloads each module to draw its card.
 */
async function mapCold(browser, url, profile, seed, modules) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 640 } });
  await context.addInitScript(SEED, seed);
  try {
    const page = await context.newPage();
    const net = await throttle(context, page, profile);
    await page.goto(url, { waitUntil: 'commit', timeout: 180_000 });
    const handle = await page.waitForFunction((n) => document.querySelectorAll('.module-card').length >= n
      && performance.now(), modules, { timeout: 180_000, polling: 'raf' });
    const shown = await handle.jsonValue();
    const finished = net.requests.filter((r) => r.end !== null);
    return { shown, requests: finished.length, kb: net.bytes / 1024 };
  } finally {
    await context.close();
  }
}

/** The course map, cold (key, label, its value): no static page to compare with. */
const MAP_METRICS = [
  ['mapShown', 'course map, cold: every module on the map (ms)', (v) => v.shown],
  ['mapKb', 'course map, cold: transferred (KB)', (v) => v.kb],
  ['mapRequests', 'course map, cold: requests', (v) => v.requests],
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const stat = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

const METRICS = [
  ['ready', 'time to ready (ms)', (v) => v.cold.ready],
  ['fcp', 'FCP (ms)', (v) => v.cold.fcp],
  ['lcp', 'LCP (ms)', (v) => v.cold.lcp],
  ['longTasks', 'long tasks before ready', (v) => v.cold.longTasks],
  ['longTaskMs', 'long-task time before ready (ms)', (v) => v.cold.longTaskMs],
  ['kb', 'transferred (KB)', (v) => v.cold.kb],
  ['requests', 'requests', (v) => v.cold.requests],
  ['repeatReady', 'repeat visit: time to ready (ms)', (v) => v.repeat.ready],
  ['repeatKb', 'repeat visit: transferred (KB)', (v) => v.repeat.kb],
  ['clickDom', 'click to feedback in the DOM (ms)', (v) => v.cold.click.dom],
  ['click', 'click to feedback painted (ms)', (v) => v.cold.click.painted],
];

/**
 * A newcomer's first visit (key, label, its value, the static page's value it is compared
 * with): the picker against the static page's first paint, the bytes against its whole load.
 */
const NEWCOMER_METRICS = [
  ['newcomerUsable', "newcomer: language picker usable (ms) vs static page's FCP", (v) => v.usable, (v) => v.cold.fcp],
  ['newcomerFcp', "newcomer: FCP (ms) vs static page's FCP", (v) => v.fcp, (v) => v.cold.fcp],
  ['newcomerKb', 'newcomer: transferred until the picker is usable (KB)', (v) => v.kb, (v) => v.cold.kb],
  ['newcomerRequests', 'newcomer: requests finished until the picker is usable', (v) => v.requests, (v) => v.cold.requests],
];

function fmt(n) {
  if (n === null || Number.isNaN(n)) return '–';
  return Math.abs(n) >= 100 ? String(Math.round(n)) : n.toFixed(1);
}

async function main() {
  const opts = options();
  const baselineDir = mkdtempSync(join(tmpdir(), 'amane-baseline-'));
  const step = buildBaseline(opts.dist, ROOT, baselineDir);
  const server = await serve({ '/amane/': opts.dist, '/baseline/': baselineDir });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const deepLink = `#/m/${step.module}/${step.step}`;
  const targets = {
    app: { url: `${server.origin}/amane/${deepLink}`, check: 'Vérifier' },
    baseline: { url: `${server.origin}/baseline/`, check: 'Vérifier' },
  };
  const seed = await chosenLanguage(browser, `${server.origin}/amane/`);
  const modules = (/^modules = \[(.*)\]$/m.exec(readFileSync(join(opts.dist, 'content', 'course.toml'), 'utf8'))[1]
    .match(/"[^"]+"/g) || []).length;
  let affinity = 'all cores';
  try { affinity = execFileSync('taskset', ['-cp', String(process.pid)], { encoding: 'utf8' }).trim().split(': ')[1]; } catch { /* no taskset */ }
  const report = {
    date: new Date().toISOString(), chromium: browser.version(), cpu: cpus()[0]?.model, cores: cpus().length,
    affinity, step: deepLink, runs: opts.runs, profiles: {},
  };
  console.log(`Amane load benchmark — ${report.date}, Chromium ${report.chromium}, ${report.cpu} ×${report.cores} (cpus ${affinity})`);
  console.log(`app ${deepLink} vs static page of the same step; ${opts.runs} alternate loads per profile, fresh context each\n`);
  for (const name of opts.profiles) {
    const profile = PROFILES[name];
    if (!profile) throw new Error(`unknown profile ${name} (known: ${Object.keys(PROFILES).join(', ')})`);
    const results = { app: [], baseline: [], newcomer: [], map: [] };
    for (let i = 0; i < opts.runs; i += 1) {
      const order = i % 2 ? ['baseline', 'newcomer', 'map', 'app'] : ['app', 'map', 'newcomer', 'baseline'];
      for (const which of order) {
        if (which === 'map') {
          const v = await mapCold(browser, `${server.origin}/amane/#/`, profile, seed, modules);
          results.map.push(v);
          process.stderr.write(`${name} map #${i + 1}: ${modules} modules shown at ${fmt(v.shown)} ms, ${v.requests} requests\n`);
          continue;
        }
        if (which === 'newcomer') {
          const v = await newcomer(browser, `${server.origin}/amane/`, profile);
          results.newcomer.push(v);
          process.stderr.write(`${name} newcomer #${i + 1}: picker usable ${fmt(v.usable)} ms\n`);
          continue;
        }
        const v = await visit(browser, targets[which], profile, seed, i === 0);
        results[which].push(v);
        process.stderr.write(`${name} ${which} #${i + 1}: ready ${fmt(v.cold.ready)} ms, repeat ${fmt(v.repeat.ready)} ms, click ${fmt(v.cold.click.painted)} ms\n`);
      }
    }
    const rows = METRICS.map(([key, label, pick]) => {
      const a = stat(results.app.map(pick).filter((x) => x !== null));
      const b = stat(results.baseline.map(pick).filter((x) => x !== null));
      return { key, label, app: a, baseline: b, ratio: b.median ? a.median / b.median : null };
    });
    // A newcomer's picker against the static page's first paint (the target: ≤ 1.2×).
    for (const [key, label, pick, against] of NEWCOMER_METRICS) {
      const a = stat(results.newcomer.map(pick));
      const b = stat(results.baseline.map(against).filter((x) => x !== null));
      rows.push({ key, label, app: a, baseline: b, ratio: b.median ? a.median / b.median : null });
    }
    for (const [key, label, pick] of MAP_METRICS) {
      rows.push({ key, label, app: stat(results.map.map(pick)), baseline: stat([NaN]), ratio: null });
    }
    report.profiles[name] = {
      label: profile.label, rows,
      serviceWorker: results.app.some((v) => v.repeat.serviceWorker),
      waterfall: { app: results.app[0].cold.waterfall, baseline: results.baseline[0].cold.waterfall },
      raw: results,
    };
    console.log(`### ${profile.label} (median, min–max of ${opts.runs})\n`);
    console.log('| metric | app | baseline | app / baseline |');
    console.log('|---|---|---|---|');
    for (const r of rows) {
      const baseline = Number.isNaN(r.baseline.median) ? '–' : `${fmt(r.baseline.median)} (${fmt(r.baseline.min)}–${fmt(r.baseline.max)})`;
      console.log(`| ${r.label} | ${fmt(r.app.median)} (${fmt(r.app.min)}–${fmt(r.app.max)}) | ${baseline} | ${r.ratio === null ? '–' : r.ratio.toFixed(2) + '×'} |`);
    }
    const swNote = report.profiles[name].serviceWorker ? 'service worker warm' : 'no service worker: HTTP cache warm';
    console.log(`\nrepeat visit: ${swNote}. First app load, requests (ms from the first request):`);
    for (const r of report.profiles[name].waterfall.app) console.log(`  ${String(r.start).padStart(6)}–${String(r.end ?? '?').padEnd(6)} ${r.status ?? '…'} ${r.url}`);
    console.log('');
  }
  await browser.close();
  await server.stop();
  if (opts.json) writeFileSync(opts.json, JSON.stringify(report, null, 2));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
