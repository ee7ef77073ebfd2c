// Two copies of the course on one site (a trainer's test copy and the real one, or two
// courses on a school's host): each keeps its own progress, neither sets the other's aside,
// deleting one's data leaves the other's, and a copy set aside by an older version can be
// brought back from "Mes données".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, COURSE_ID, PROGRESS_KEY, Session, launch, serveStatic, progressFile, plain } from '../harness.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const OTHER_ID = `${COURSE_ID}-essai`;

/** One site with the course under /a/amane/ and a copy with another course id under /b/amane/. */
async function twoCourses() {
  const root = mkdtempSync(join(tmpdir(), 'amane-two-'));
  for (const dir of ['a', 'b']) {
    mkdirSync(join(root, dir), { recursive: true });
    cpSync(DIST, join(root, dir, 'amane'), { recursive: true, dereference: true });
  }
  const manifest = join(root, 'b', 'amane', 'content', 'course.toml');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^id\s*=\s*"[^"]*"/m, `id = "${OTHER_ID}"`));
  const server = await serveStatic(root, '/');
  return { server, a: `${server.url}a/amane/`, b: `${server.url}b/amane/` };
}

/** Opens `url` in the session's page and picks French if the language picker shows. */
async function open(s, url) {
  await s.page.goto(url);
  await s.page.waitForSelector('main h1');
  const picker = s.page.locator('main .language-picker button', { hasText: 'Français' });
  if (await picker.count()) {
    await picker.click();
    await s.page.waitForSelector('main .language-picker', { state: 'detached' });
    await s.page.waitForSelector('main#main h1');
  }
}

test('two courses on one site keep their own progress and never set each other\'s aside', async () => {
  const { server, a, b } = await twoCourses();
  const s = await Session.open(browser, a);
  try {
    await open(s, `${a}#/m/00-bienvenue/1`);
    await s.waitStored('bienvenue');
    const first = await s.storageGet(PROGRESS_KEY);

    await open(s, `${b}#/m/00-bienvenue/2`);
    await s.page.waitForFunction((key) => !!localStorage.getItem(key), `amane.${OTHER_ID}.progress`);
    assert.equal(await s.page.locator('.banner').count(), 0, 'no banner in the other course');
    assert.equal(await s.storageGet(PROGRESS_KEY), first, 'the first course\'s save is untouched');

    await open(s, `${a}#/`);
    assert.equal(await s.page.locator('.banner').count(), 0, 'no banner back in the first course');
    const keys = await s.page.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(keys.filter((k) => /corrupt|newer/.test(k)), [], 'nothing was set aside');

    // Deleting the other course's data leaves this one's.
    await open(s, `${b}#/my-data`);
    await s.clickRole('button', 'Supprimer mes données');
    await s.clickRole('button', 'Oui, tout supprimer');
    await s.page.waitForSelector('main [role=status]');
    assert.equal(await s.storageGet(PROGRESS_KEY), first);
    s.assertClean();
  } finally {
    await s.close();
    server.stop();
  }
});

test('a copy set aside by an older version is brought back from "Mes données"', async () => {
  const server = await serveStatic(DIST);
  const s = await Session.open(browser, server.url);
  try {
    // An older Amane, opened by another course on this site, set this course's save aside.
    const set = progressFile({ '00-bienvenue': { steps_read: ['bienvenue', 'avancer'] } }, { updated: 1 });
    await s.context.addInitScript((text) => {
      if (!localStorage.getItem('seeded')) {
        localStorage.setItem('amane.corrupt.1764000000000', text);
        localStorage.setItem('seeded', '1');
      }
    }, set);
    await s.start('#/my-data');
    const section = s.page.locator('section[aria-labelledby="kept-title"]');
    await section.waitFor();
    assert.match(plain(await section.innerText()), /Une copie avec 2 étapes lues/);
    await section.getByRole('button', { name: 'Récupérer cette copie' }).click();
    assert.equal(plain(await section.locator('[role=status]').innerText()), 'La copie a été ajoutée à ton avancement.');
    const stored = JSON.parse(await s.storageGet(PROGRESS_KEY));
    assert.deepEqual(stored.modules['00-bienvenue'].steps_read.sort(), ['avancer', 'bienvenue']);
    assert.equal(await s.storageGet('amane.corrupt.1764000000000'), null);
    s.assertClean();
  } finally {
    await s.close();
    server.stop();
  }
});
