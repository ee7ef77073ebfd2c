// The build ships the interface's messages without the translators' notes (scripts/ftl.py):
// every message of every language must come out exactly as written, comments only gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Each message of a Fluent text (its id line and indented lines), by id, comments ignored. */
function messages(text) {
  const found = new Map();
  let current = null;
  for (const line of text.split('\n')) {
    if (/^[a-zA-Z][\w-]*\s*=/.test(line)) {
      current = line.split('=')[0].trim();
      found.set(current, [line]);
    } else if (current && /^\s+\S/.test(line)) {
      found.get(current).push(line);
    } else {
      current = null;
    }
  }
  return found;
}

test('the shipped messages are the written ones without a single comment', () => {
  const dist = mkdtempSync(join(tmpdir(), 'amane-ftl-'));
  cpSync(join(ROOT, 'locales'), join(dist, 'locales'), { recursive: true });
  const run = spawnSync('python3', [join(ROOT, 'scripts', 'ftl.py'), dist], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const codes = readdirSync(join(ROOT, 'locales'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  assert.ok(codes.length >= 3, codes.join(', '));
  for (const code of codes) {
    const written = readFileSync(join(ROOT, 'locales', code, 'main.ftl'), 'utf8');
    const shipped = readFileSync(join(dist, 'locales', code, 'main.ftl'), 'utf8');
    assert.ok(written.split('\n').some((l) => l.startsWith('#')), `${code}: the source has notes`);
    assert.equal(shipped.split('\n').filter((l) => l.startsWith('#')).length, 0, `${code}: a note was shipped`);
    assert.ok(shipped.length < written.length);
    assert.deepEqual(messages(shipped), messages(written), code);
  }
});
