// The release command on folders that are not a real build: it refuses one without index.html
// (no half-made zip left behind), and what it packs is readable by a web server once unpacked,
// whatever the permissions of the build's files were. (tests/e2e/specs/release.test.js packs
// the real build and serves it.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const release = (...args) => spawnSync(join(ROOT, 'scripts', 'release'), args, { encoding: 'utf8' });

test('a folder that is not a build of the app is refused, and no zip is written', () => {
  const dist = mkdtempSync(join(tmpdir(), 'amane-not-a-build-'));
  writeFileSync(join(dist, 'notes.txt'), 'hello');
  const out = join(mkdtempSync(join(tmpdir(), 'amane-out-')), 'release');
  const run = release('--dist', dist, '--out', out);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /no index\.html — not a build of the app/);
  assert.throws(() => readdirSync(out), /ENOENT/);
});

test('every packed file is readable by everyone once unpacked, and hidden build files stay out', () => {
  const dist = mkdtempSync(join(tmpdir(), 'amane-build-'));
  mkdirSync(join(dist, 'content'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html>');
  writeFileSync(join(dist, 'content', 'course.toml'), 'id = "x"');
  writeFileSync(join(dist, '.htaccess'), 'DirectoryIndex index.html');
  writeFileSync(join(dist, '.trunk-lock'), '');
  chmodSync(join(dist, 'index.html'), 0o600);
  const out = mkdtempSync(join(tmpdir(), 'amane-out-'));
  const run = release('--dist', dist, '--out', out);
  assert.equal(run.status, 0, run.stderr);
  const listing = spawnSync('python3', ['-c', `
import sys, zipfile
for info in zipfile.ZipFile(sys.argv[1]).infolist():
    print(oct(info.external_attr >> 16), info.filename.split('/', 1)[1])`, run.stdout.trim()], { encoding: 'utf8' });
  assert.deepEqual(listing.stdout.trim().split('\n').filter((l) => l.includes(' dist/')).sort(), [
    '0o644 dist/.htaccess', '0o644 dist/content/course.toml', '0o644 dist/index.html',
  ]);
});
