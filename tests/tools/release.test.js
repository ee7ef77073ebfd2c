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

/** The names in zip `path` and the text of some of them, read with Python's zipfile. */
function readZip(path, ...names) {
  const run = spawnSync('python3', ['-c', `
import json, sys, zipfile
archive = zipfile.ZipFile(sys.argv[1])
print(json.dumps({"names": archive.namelist(), "texts": {n: archive.read(n).decode() for n in sys.argv[2:]}}))`,
  path, ...names], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

/** A small build with a course manifest, an index.html and hosting files. */
function smallBuild() {
  const dist = mkdtempSync(join(tmpdir(), 'amane-build-'));
  mkdirSync(join(dist, 'content', 'modules', '01-a'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html>\n<html>\n<head>\n  <meta charset="utf-8">\n  <title>Amane</title>\n</head>\n</html>\n');
  writeFileSync(join(dist, 'content', 'course.toml'),
    'id = "cours-test"\nversion = "2026.1"\nlanguages = [{ code = "fr", name = "Français", dir = "ltr", plural = "fr" }, { code = "ar", name = "العربية", dir = "rtl", plural = "ar", fallback = ["fr"] }]\nmodules = ["01-a"]\n\n[title]\nfr = "Sécurité & <vie> en ligne"\nar = "أمان"\n');
  writeFileSync(join(dist, 'content', 'modules', '01-a', 'fr.md'), '# A');
  writeFileSync(join(dist, '.htaccess'), 'DirectoryIndex index.html');
  return dist;
}

for (const [flag, version, namespace] of [
  ['--scorm', 'scorm12', 'http://www.imsproject.org/xsd/imscp_rootv1p1p2'],
  ['--scorm2004', 'scorm2004', 'http://www.imsglobal.org/xsd/imscp_v1p1'],
]) {
  test(`${flag} also writes the ${version} package: manifest at the root, every file listed, index.html marked`, () => {
    const dist = smallBuild();
    const out = mkdtempSync(join(tmpdir(), 'amane-out-'));
    const run = release('--dist', dist, '--out', out, flag);
    assert.equal(run.status, 0, run.stderr);
    const [site, pkg] = run.stdout.trim().split('\n');
    assert.match(site, /amane-[^/]+\.zip$/);
    assert.ok(pkg.endsWith(`-${version}.zip`), pkg);
    const { names, texts } = readZip(pkg, 'imsmanifest.xml', 'index.html');
    assert.deepEqual(names.sort(), ['content/course.toml', 'content/modules/01-a/fr.md', 'imsmanifest.xml', 'index.html']);
    const manifest = texts['imsmanifest.xml'];
    assert.match(manifest, new RegExp(`xmlns="${namespace}"`));
    assert.match(manifest, /<manifest identifier="cours-test" version="2026.1"/);
    assert.match(manifest, /<title>Sécurité &amp; &lt;vie&gt; en ligne<\/title>/);
    assert.match(manifest, /scorm[tT]ype="sco" href="index.html"/);
    for (const name of ['index.html', 'content/course.toml', 'content/modules/01-a/fr.md']) {
      assert.match(manifest, new RegExp(`<file href="${name}"/>`));
    }
    assert.doesNotMatch(manifest, /htaccess/);
    assert.match(texts['index.html'], new RegExp(`<meta charset="utf-8">\\n  <meta name="amane-package" content="${version}">`));
  });
}

test('without --scorm no package is written', () => {
  const out = mkdtempSync(join(tmpdir(), 'amane-out-'));
  const run = release('--dist', smallBuild(), '--out', out);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(readdirSync(out).filter((name) => name.includes('scorm')), []);
});
