// The course's checker inside the app (#/auteur): on the files the site serves, the same
// problems as `amane check`, each with its file, line and column; an author fixes or breaks a
// file on the server and "Vérifier encore" shows the change without a rebuild.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, MODULES, launch, message, plain, serveStatic, Session, ensureDist } from '../harness.js';

let browser;
before(async () => { ensureDist(); browser = await launch(); });
after(() => browser?.close());

/** What `amane check` prints for the content folder `dir`, paths from that folder. */
function cliCheck(dir) {
  const env = { ...process.env };
  for (const name of ['CARGO_UNSTABLE_BUILD_STD', 'RUSTC', 'RUSTC_BOOTSTRAP']) delete env[name];
  const run = spawnSync('cargo', ['run', '-q', '--locked', '-p', 'amane-core', '--bin', 'amane', '--', 'check', dir],
    { encoding: 'utf8', env });
  const lines = run.stdout.trim().split('\n');
  return lines.slice(0, -1).map((l) => l.replace(`${dir}/`, ''));
}

/** The problems the page lists, in order. */
const listed = (s) => s.page.locator('.author-details code').allInnerTexts().then((all) => all.map(plain));

test('the checker in the app finds what amane check finds, and sees a fix without a rebuild', async () => {
  const site = mkdtempSync(join(tmpdir(), 'amane-author-'));
  cpSync(DIST, site, { recursive: true });
  const module = join(site, 'content', 'modules', MODULES[1], 'fr.md');
  const written = readFileSync(module, 'utf8');
  const server = await serveStatic(site, '/amane/');
  const s = await Session.open(browser, server.url, { serviceWorkers: 'block' });
  try {
    await s.start('');
    await s.page.evaluate(() => { location.hash = '#/trainer'; });
    await s.clickText(message('fr', 'author-link'));
    await s.page.waitForSelector('main[data-route="author"] .author-clean');
    assert.equal(await s.text('.author-clean'), message('fr', 'author-clean'));

    // A step heading's marker and a question's answer mark removed on the server.
    writeFileSync(module, written.replace(/^---\n/, '').replace('[x]', '[ ]'));
    const expected = cliCheck(join(site, 'content'));
    assert.ok(expected.length > 0, 'the broken module has problems for amane check');
    await s.clickRole('button', message('fr', 'author-check-again'));
    await s.page.waitForSelector('main[data-route="author"] .author-summary');
    assert.deepEqual(await listed(s), expected);
    assert.ok(expected.every((line) => /^modules\/[^:]+\.md:\d+:\d+: |^[^:]+:\d+:\d+: /.test(line)), expected.join('\n'));

    // Fixed on the server: clean again.
    writeFileSync(module, written);
    await s.clickRole('button', message('fr', 'author-check-again'));
    await s.page.waitForSelector('main[data-route="author"] .author-clean');
    s.assertClean();
  } finally {
    await s.close();
    server.stop();
  }
});
