// A short run in the engines other than Chromium, where start-up, storage, the service worker
// and the loading of wasm chunks differ: start, choose Arabic, answer a question, open a screen
// whose code is a chunk, then reload with the server stopped and open another such screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { DIST, ensureDist, serveStatic, moduleIds, PROGRESS_KEY } from '../harness.js';
import { firefox, webkit } from './drivers.js';

const CHUNK = /^amane-app-(?:split|chunk)_\w+-[0-9a-f]{16}\.wasm$/;
const QUIZ = 'decouvrir';
const QUIZ_STEP = moduleIds('00-bienvenue').stepOf[QUIZ];

before(() => ensureDist());

/** Waits until `check` (run in the page, with `arg`) is true, for up to `seconds`. */
async function until(b, what, check, arg, seconds = 60) {
  for (let i = 0; i < seconds * 5; i++) {
    if (await b.run(check, arg).catch(() => false)) return;
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error(`${b.name}: never ${what}`);
}

/** Shows `route` and waits for its screen's heading (a chunk's screen too). */
async function open(b, route, name) {
  await b.run((r) => { location.hash = r; }, route);
  await until(b, `showed ${route}`, (n) => !!document.querySelector(`main[data-route="${n}"] h1`)
    && !document.querySelector('.loading'), name);
  assert.equal(await b.run(() => document.querySelectorAll('.load-error').length), 0, `${b.name}: ${route}`);
}

async function smoke(start) {
  const server = await serveStatic(DIST, '/amane/');
  const b = await start();
  try {
    await b.goto(`${server.url}#/`);
    await until(b, 'showed the language picker', () => [...document.querySelectorAll('button')]
      .some((x) => x.textContent.trim() === 'العربية'));
    await b.run(() => [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === 'العربية').click());
    await until(b, 'turned to Arabic', () => document.documentElement.dir === 'rtl'
      && document.documentElement.lang === 'ar' && !!document.querySelector('main[data-route="home"] h1'));

    await open(b, `#/m/00-bienvenue/${QUIZ_STEP}`, 'step');
    await b.run((set) => {
      const question = document.querySelector(`.quiz[data-set="${set}"] fieldset.question`);
      question.querySelector('input[type=radio], input[type=checkbox]').click();
      question.querySelector('button').click();
    }, QUIZ);
    await until(b, 'gave feedback', (set) => !!document.querySelector(`.quiz[data-set="${set}"] .feedback .verdict`), QUIZ);
    await until(b, 'stored the progress', ([key]) => /"ar"/.test(localStorage.getItem(key) || '')
      && (localStorage.getItem(key) || '').includes('00-bienvenue'), [PROGRESS_KEY]);

    await open(b, '#/help', 'help');
    const chunks = readdirSync(DIST).filter((f) => CHUNK.test(f));
    await until(b, 'kept every chunk for offline use', (files) => navigator.serviceWorker.controller
      && Promise.all(files.map((f) => caches.match(new URL(f, location.href).href))).then((r) => r.every(Boolean)), chunks, 120);

    server.stop();
    await b.reload();
    await until(b, 'started offline in Arabic', () => document.documentElement.dir === 'rtl'
      && !!document.querySelector('main h1'));
    await open(b, '#/trainer', 'trainer');
    assert.ok((await b.run(([key]) => localStorage.getItem(key), [PROGRESS_KEY])).includes('00-bienvenue'));
  } finally {
    await b.close();
    server.stop();
  }
}

test('Firefox ESR: start in Arabic, answer, open a chunk\'s screen, then again offline', () => smoke(firefox));
test('WebKit: start in Arabic, answer, open a chunk\'s screen, then again offline', () => smoke(webkit));
