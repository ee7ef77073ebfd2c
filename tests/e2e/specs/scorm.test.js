// The SCORM packages in a real SCORM runtime (scorm-again, pinned in package.json), hosted as an
// LMS does: the runtime's API on the page, the unzipped package in a frame. Checks the manifests
// against the SCORM 1.2 and 2004 schemas (tests/fixtures/scorm, with xmllint), then: the session
// starts; the progress of a previous attempt comes back from suspend_data; a finished quiz
// commits a score; a finished course commits completed/passed; a whole course's suspend_data
// stays within SCORM 1.2's 4096 characters and what cannot fit is named in the console; leaving
// finishes the session, in a frame and in a window of its own (the API on its opener), and the
// quick exit leaves the LMS's windows too; an Arabic learner reads right to left and the LMS
// gets the language; no service worker inside a package. Without a package, an API on the page
// is never touched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DIST, MODULES, NEUTRAL, PROGRESS_KEY, Session, answerQuiz, ensureDist, launch, moduleIds, noon, resultsFile,
  serveStatic, stubNeutralSite,
} from '../harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '..', '..', '..');
const SCHEMAS = join(ROOT, 'tests', 'fixtures', 'scorm');
const RUNTIME = join(here, '..', 'node_modules', 'scorm-again', 'dist');

/** Each package: its release flag, the runtime's file and class, the window property of its API. */
const VERSIONS = {
  scorm12: { flag: '--scorm', runtime: 'scorm12.min.js', api: 'API', make: 'Scorm12API' },
  scorm2004: { flag: '--scorm2004', runtime: 'scorm2004.min.js', api: 'API_1484_11', make: 'Scorm2004API' },
};

/** The element names each version reports with. */
const NAMES = {
  scorm12: { status: 'cmi.core.lesson_status', raw: 'cmi.core.score.raw', language: 'cmi.student_preference.language', finish: 'Finish' },
  scorm2004: { status: 'cmi.success_status', raw: 'cmi.score.raw', language: 'cmi.learner_preference.language', finish: 'Terminate' },
};

/** The LMS page: the runtime's API (every call logged in window.lmsLog), the package in a frame. */
const LMS_SCRIPT = (version) => `(function () {
  var api = new ${VERSIONS[version].make}({ autocommit: false, logLevel: 4 });
  if (window.AMANE_LMS_SEED) api.loadFromJSON({ suspend_data: window.AMANE_LMS_SEED });
  window.lmsLog = [];
  ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Finish', 'Terminate'].forEach(function (call) {
    var name = ${version === 'scorm12' ? "'LMS' + call" : 'call'};
    var original = api[name];
    if (typeof original !== 'function') return;
    api[name] = function () {
      var args = Array.prototype.slice.call(arguments);
      var result = original.apply(api, args);
      window.lmsLog.push({ call: call, args: args, result: String(result) });
      return result;
    };
  });
  window.${VERSIONS[version].api} = api;
  document.addEventListener('DOMContentLoaded', function () {
    if (location.search === '?window') {
      // Moodle's "new window" display: a button opens the package in a window of its own.
      var open = document.createElement('button');
      open.id = 'launch';
      open.textContent = 'Enter';
      open.onclick = function () { window.open('package/index.html', 'sco', 'width=360,height=640'); };
      document.body.appendChild(open);
      return;
    }
    var frame = document.createElement('iframe');
    frame.id = 'sco';
    frame.width = 360;
    frame.height = 640;
    frame.src = 'package/index.html' + location.hash;
    document.body.appendChild(frame);
  });
})();`;

const env = {};

/** Unzips `zip` into `dir` (Python's zipfile); returns the names it holds. */
function unzip(zip, dir) {
  const run = spawnSync('python3', ['-c', `
import json, sys, zipfile
archive = zipfile.ZipFile(sys.argv[1])
archive.extractall(sys.argv[2])
print(json.dumps(archive.namelist()))`, zip, dir], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

before(async () => {
  ensureDist();
  const out = mkdtempSync(join(tmpdir(), 'amane-scorm-'));
  const run = spawnSync(join(ROOT, 'scripts', 'release'), ['--dist', DIST, '--out', out, '--scorm', '--scorm2004'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const zips = run.stdout.trim().split('\n');
  env.browser = await launch();
  env.servers = [];
  env.lms = {};
  for (const version of Object.keys(VERSIONS)) {
    const root = mkdtempSync(join(tmpdir(), `amane-lms-${version}-`));
    const zip = zips.find((z) => z.endsWith(`-${version}.zip`));
    env[version] = { zip, names: unzip(zip, join(root, 'package')), root };
    copyFileSync(join(RUNTIME, VERSIONS[version].runtime), join(root, 'runtime.js'));
    writeFileSync(join(root, 'lms.js'), LMS_SCRIPT(version));
    writeFileSync(join(root, 'index.html'),
      '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,">'
      + '<script src="runtime.js"></script><script src="lms.js"></script></head><body></body></html>\n');
    const server = await serveStatic(root, '/mod/scorm/');
    env.servers.push(server);
    env.lms[version] = server.url;
  }
});

after(async () => {
  await env.browser?.close();
  for (const server of env.servers ?? []) server.stop();
});

/**
 * Opens the LMS page of `version` (the package at `route`), with `seed` as the suspend_data of
 * a previous attempt and `stored` as the progress already on the device; returns the session
 * and the package's frame once the app shows. With `inWindow`, the package opens in a window
 * of its own from a button of the LMS page, as Moodle's "new window" display does, and `frame`
 * is that window's page.
 */
async function openLms(version, { route = '', seed, stored, locale = 'fr-FR', inWindow = false } = {}) {
  const s = await Session.open(env.browser, env.lms[version], { locale });
  /** What the app told the console about the LMS. */
  s.warnings = [];
  s.page.on('console', (m) => { if (m.type() === 'warning' && m.text().startsWith('Amane')) s.warnings.push(m.text()); });
  if (seed) await s.context.addInitScript((text) => { window.AMANE_LMS_SEED = text; }, seed);
  if (stored) {
    await s.context.addInitScript(([key, value]) => {
      if (window === window.top) localStorage.setItem(key, value);
    }, [PROGRESS_KEY, stored]);
  }
  let frame;
  if (inWindow) {
    await s.page.goto(`${env.lms[version]}index.html?window`);
    [frame] = await Promise.all([s.context.waitForEvent('page'), s.page.click('#launch')]);
    s.watch(frame);
  } else {
    await s.page.goto(`${env.lms[version]}index.html${route}`);
    frame = await (await s.page.waitForSelector('#sco')).contentFrame();
  }
  await frame.waitForSelector('main h1');
  // The bridge is a chunk of its own, downloaded once the API is found.
  await s.page.waitForFunction(() => (window.lmsLog || []).some((e) => e.call === 'Initialize' || e.call === 'LMSInitialize'));
  return { s, frame };
}

/** Picks `language` on the first-visit picker of the package's frame. */
async function pick(frame, language) {
  await frame.locator('.language-picker button', { hasText: language }).click();
  await frame.waitForSelector('main[data-route] .language-picker', { state: 'detached' });
}

/** Every call the package made to the LMS so far. */
const calls = (s) => s.page.evaluate(() => window.lmsLog);

/** The values the LMS accepted before each commit, in order. */
function commits(log) {
  const values = {};
  const out = [];
  for (const entry of log) {
    if (entry.call === 'SetValue' && entry.result === 'true') values[entry.args[0]] = entry.args[1];
    if (entry.call === 'Commit') out.push({ ...values });
  }
  return out;
}

/** Waits (10 s at most) for a commit whose values satisfy `check`; returns them. */
async function committed(s, check, what) {
  const until = Date.now() + 10_000;
  for (;;) {
    const found = commits(await calls(s)).find(check);
    if (found) return found;
    if (Date.now() > until) throw new Error(`no commit with ${what}; calls: ${JSON.stringify(await calls(s)).slice(0, 2000)}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** A base-36 number, as suspend_data writes them. */
const b36 = (n) => n.toString(36);

/**
 * The suspend_data of a previous attempt in which the first module was finished with full
 * marks and French was chosen (core/src/lms/suspend: `A1/updated/locale~at/module:steps:…`).
 */
function firstModuleDone() {
  const id = MODULES[0];
  const ids = moduleIds(id);
  const full = `${b36(100)}.${b36(100)}`;
  const quizzes = ids.quizzes.map((q) => `${q}=${full}`).join(',');
  const scenarios = ids.scenarios.map((sc) => `${sc}=${full}=`).join(',');
  return `A1/${b36(noon(0))}/fr~${b36(noon(0))}/${id}:${ids.steps.join(',')}:${quizzes}:${scenarios}:./`;
}

/** A version 3 progress: every module finished, and one ended attempt per percentage in `scores`. */
const finishedWith = (scores) => JSON.stringify(JSON.parse(resultsFile('x', { passed: MODULES.length, scores })).progress);

/**
 * The progress of a learner who did the whole course with every attempt (3 attempts of 10
 * questions, each answered), and `extra` modules the course no longer has, each with 40 steps.
 */
function wholeCourse(extra = 0) {
  const progress = JSON.parse(finishedWith([40, 60, 85]));
  for (const [n, attempt] of progress.assessment.entries()) {
    attempt.questions = Array.from({ length: 10 }, (_, k) => `pool-question-${n}-${k}`);
    attempt.answers = Object.fromEntries(attempt.questions.map((q, k) => [q, {
      response: k % 2 ? { ordering: [3, 0, 2, 1] } : { multiple: [0, 2, 3] }, answered_ms: attempt.started_ms + 30_000 * (k + 1),
    }]));
  }
  for (let n = 0; n < extra; n++) {
    progress.modules[`99-module-retire-${n}`] = {
      steps_read: Array.from({ length: 40 }, (_, k) => `etape-ancienne-${k}`), quiz_best: {}, scenario_best: {},
    };
  }
  return JSON.stringify(progress);
}

/** Removes the package's frame, as an LMS does when the learner leaves the activity. */
const leave = (s) => s.page.evaluate(() => document.getElementById('sco').remove());

test('both manifests are valid against their SCORM schemas, at the root of their zip', () => {
  const xmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  assert.equal(xmllint.error, undefined, 'xmllint is missing: it comes with Debian\'s libxml2-utils');
  const schemas = {
    scorm12: { dir: 'scorm12', imports: {
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
      'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd' } },
    scorm2004: { dir: 'scorm2004-4th', imports: {
      'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
      'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
      'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd' } },
  };
  for (const [version, { dir, imports }] of Object.entries(schemas)) {
    assert.ok(env[version].names.includes('imsmanifest.xml'), `${version}: imsmanifest.xml at the root`);
    assert.ok(env[version].names.includes('index.html'));
    // One schema that imports every namespace the manifest uses, so strict wildcards are checked.
    const driver = join(mkdtempSync(join(tmpdir(), 'amane-xsd-')), 'all.xsd');
    writeFileSync(driver, `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:amane:test">\n${
      Object.entries(imports).map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${join(SCHEMAS, dir, file)}"/>`).join('\n')
    }\n</xs:schema>\n`);
    const manifest = join(env[version].root, 'package', 'imsmanifest.xml');
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', driver, manifest], { encoding: 'utf8' });
    assert.equal(run.status, 0, `${version}: ${run.stderr}`);
    assert.match(run.stderr, /validates/);
  }
});

for (const version of Object.keys(VERSIONS)) {
  const names = NAMES[version];

  test(`${version}: the session starts, and the progress of a previous attempt comes back`, async () => {
    const { s, frame } = await openLms(version, { seed: firstModuleDone() });
    const log = await calls(s);
    assert.deepEqual(log[0], { call: 'Initialize', args: [''], result: 'true' });
    assert.ok(log.some((e) => e.call === 'GetValue' && e.args[0] === 'cmi.suspend_data'));
    // French was restored: no language picker; the first module is done on the map.
    await frame.waitForSelector(`.module-card.done[data-module="${MODULES[0]}"]`);
    const stored = await frame.evaluate((key) => JSON.parse(localStorage.getItem(key)), PROGRESS_KEY);
    assert.deepEqual(stored.modules[MODULES[0]].steps_read.sort(), moduleIds(MODULES[0]).steps.sort());
    s.assertClean();
    await s.close();
  });

  test(`${version}: every module passed and the assessment passed → completed and passed, with the best score`, async () => {
    const { s } = await openLms(version, { stored: finishedWith([60, 85]) });
    const values = await committed(s, (v) => v[names.raw] === '85', 'the score 85');
    if (version === 'scorm12') {
      assert.equal(values['cmi.core.lesson_status'], 'passed');
      assert.equal(values['cmi.core.score.max'], '100');
      assert.match(values['cmi.core.session_time'], /^\d{2,4}:\d{2}:\d{2}\.\d{2}$/);
    } else {
      assert.equal(values['cmi.completion_status'], 'completed');
      assert.equal(values['cmi.success_status'], 'passed');
      assert.equal(values['cmi.score.scaled'], '0.85');
      assert.match(values['cmi.session_time'], /^PT\d+H\d+M\d+\.\d{2}S$/);
    }
    s.assertClean();
    await s.close();
  });

  test(`${version}: leaving finishes the session with the progress sent`, async () => {
    const { s, frame } = await openLms(version, { seed: firstModuleDone() });
    await frame.waitForSelector('.module-card.done');
    await leave(s);
    await s.page.waitForFunction((finish) => window.lmsLog.some((e) => e.call === finish), names.finish);
    const log = await calls(s);
    const last = log[log.length - 1];
    assert.deepEqual([last.call, last.result], [names.finish, 'true']);
    const sent = commits(log).pop();
    assert.ok(sent['cmi.suspend_data'].startsWith('A1/'), sent['cmi.suspend_data']);
    assert.ok(sent['cmi.suspend_data'].includes(MODULES[0]));
    s.assertClean();
    await s.close();
  });

  test(`${version}: in a new window, the package finds the API on its opener, and closing it finishes the session`, async () => {
    const { s, frame: sco } = await openLms(version, { seed: firstModuleDone(), inWindow: true });
    // The previous attempt comes back through the opener's API: French, the first module done.
    await sco.waitForSelector(`.module-card.done[data-module="${MODULES[0]}"]`);
    const log = await calls(s);
    assert.deepEqual(log[0], { call: 'Initialize', args: [''], result: 'true' });
    await sco.close({ runBeforeUnload: true });
    await s.page.waitForFunction((finish) => window.lmsLog.some((e) => e.call === finish), names.finish);
    const sent = commits(await calls(s)).pop();
    assert.ok(sent['cmi.suspend_data'].includes(MODULES[0]), sent['cmi.suspend_data']);
    s.assertClean();
    await s.close();
  });

  test(`${version}: an Arabic learner reads right to left, and the LMS gets the language`, async () => {
    const { s, frame } = await openLms(version, { locale: 'ar-MA' });
    await pick(frame, 'العربية');
    assert.equal(await frame.evaluate(() => document.documentElement.dir), 'rtl');
    await committed(s, (v) => v[names.language] === 'ar', 'the language ar');
    s.assertClean();
    await s.close();
  });
}

test('scorm12: a finished quiz commits a score while the course is incomplete', async () => {
  const id = MODULES[1];
  const ids = moduleIds(id);
  const set = ids.quizzes[0];
  const { s, frame } = await openLms('scorm12', { route: `#/m/${id}/${ids.stepOf[set]}` });
  await pick(frame, 'Français');
  await answerQuiz(frame, set);
  const values = await committed(s, (v) => v['cmi.core.score.raw'] !== undefined, 'a score');
  assert.equal(values['cmi.core.lesson_status'], 'incomplete');
  assert.match(values['cmi.core.score.raw'], /^\d+$/);
  assert.ok(values['cmi.suspend_data'].includes(set));
  s.assertClean();
  await s.close();
});

test('scorm12: a whole course with every attempt fits in 4096 characters, and what cannot fit is named', async () => {
  const whole = await openLms('scorm12', { stored: wholeCourse() });
  const sent = await committed(whole.s, (v) => v['cmi.core.lesson_status'] === 'passed', 'passed');
  assert.ok(sent['cmi.suspend_data'].length <= 4096, `${sent['cmi.suspend_data'].length} characters`);
  for (const n of [0, 1, 2]) assert.ok(sent['cmi.suspend_data'].includes(`pool-question-${n}-9`), `attempt ${n + 1} kept`);
  assert.deepEqual(whole.s.warnings, []);
  whole.s.assertClean();
  await whole.s.close();

  const over = await openLms('scorm12', { stored: wholeCourse(12) });
  const cut = await committed(over.s, (v) => v['cmi.core.lesson_status'] === 'passed', 'passed');
  assert.ok(cut['cmi.suspend_data'].length <= 4096, `${cut['cmi.suspend_data'].length} characters`);
  assert.ok(cut['cmi.suspend_data'].includes(MODULES[MODULES.length - 1]), 'the course\'s modules are kept');
  assert.ok(over.s.warnings.some((w) => /left out: .*module 99-module-retire-/.test(w)), over.s.warnings.join('\n'));
  // The device keeps everything.
  const stored = await over.frame.evaluate((key) => JSON.parse(localStorage.getItem(key)), PROGRESS_KEY);
  assert.equal(Object.keys(stored.modules).length, MODULES.length + 12);
  over.s.assertClean();
  await over.s.close();
});

test('no service worker is registered inside a package', async () => {
  const { s, frame } = await openLms('scorm12', { seed: firstModuleDone() });
  await frame.waitForSelector('.module-card.done');
  await new Promise((ok) => setTimeout(ok, 1500));
  assert.equal(await frame.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
  s.assertClean();
  await s.close();
});

test('the quick exit inside the LMS frame leaves the whole LMS window', async () => {
  const { s, frame } = await openLms('scorm12', { seed: firstModuleDone() });
  await stubNeutralSite(s);
  await frame.getByRole('button', { name: 'Quitter vite' }).click({ noWaitAfter: true });
  await s.page.waitForURL(NEUTRAL);
  assert.equal(await s.page.title(), 'neutral');
  await s.close();
});

test('the quick exit in the package\'s own window leaves the LMS page that opened it too', async () => {
  const { s, frame: sco } = await openLms('scorm12', { seed: firstModuleDone(), inWindow: true });
  await stubNeutralSite(s);
  await sco.waitForSelector('.module-card.done');
  await sco.getByRole('button', { name: 'Quitter vite' }).click({ noWaitAfter: true });
  await s.page.waitForURL(NEUTRAL);
  await sco.waitForURL(NEUTRAL);
  assert.equal(await s.page.title(), 'neutral');
  await s.close();
});

test('without a package, an LMS API on the page is never touched and nothing about SCORM is logged or requested', async () => {
  const server = await serveStatic(DIST, '/amane/');
  const s = await Session.open(env.browser, server.url);
  try {
    await s.context.addInitScript(() => {
      window.touched = [];
      const trap = new Proxy({}, { get: (_, name) => { window.touched.push(String(name)); return () => 'true'; } });
      window.API = trap;
      window.API_1484_11 = trap;
    });
    const logs = [];
    const requests = [];
    s.page.on('console', (m) => logs.push(m.text()));
    s.page.on('request', (r) => requests.push(r.url()));
    const id = MODULES[1];
    const ids = moduleIds(id);
    await s.start(`#/m/${id}/${ids.stepOf[ids.quizzes[0]]}`);
    await answerQuiz(s.page, ids.quizzes[0]);
    assert.deepEqual(await s.page.evaluate(() => window.touched), []);
    assert.deepEqual(logs.filter((l) => /scorm|lms|suspend_data/i.test(l)), []);
    assert.deepEqual(requests.filter((u) => /imsmanifest|scorm/i.test(u)), []);
    s.assertClean();
  } finally {
    await s.close();
    server.stop();
  }
});
