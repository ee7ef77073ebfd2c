// Supply chain: every cargo command the scripts run builds exactly the versions of a lock file
// (Cargo.lock, or the tool's own for `cargo install`), and trunk's build does too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every line of the shell and Python scripts that runs cargo, with its file. */
function cargoLines() {
  const files = ['scripts/build', 'scripts/serve', 'scripts/test', '.ci/run',
    ...readdirSync(join(ROOT, 'scripts/lib'), { withFileTypes: true }).filter((f) => f.isFile())
      .map((f) => `scripts/lib/${f.name}`),
    ...readdirSync(join(ROOT, 'scripts')).filter((f) => f.endsWith('.py')).map((f) => `scripts/${f}`)];
  return files.flatMap((file) => readFileSync(join(ROOT, file), 'utf8').split('\n')
    .filter((line) => /\bcargo\s+(build|test|clippy|fetch|run)\b|"cargo",\s*"(build|test|clippy|fetch|run)"/.test(line))
    .filter((line) => !/^\s*#/.test(line))
    .map((line) => [file, line.trim()]));
}

test('every cargo build, test, clippy, fetch and run of the scripts uses --locked', () => {
  const lines = cargoLines();
  assert.ok(lines.length >= 5, `found ${lines.length} cargo commands`);
  const unlocked = lines.filter(([, line]) => !/--locked|"--locked"/.test(line));
  assert.deepEqual(unlocked, []);
});

test('trunk builds with the lock file', () => {
  assert.match(readFileSync(join(ROOT, 'Trunk.toml'), 'utf8'), /^locked = true\b/m);
});
