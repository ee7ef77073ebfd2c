// The test command's bookkeeping (scripts/lib/stages.sh with the real plan of
// scripts/lib/test-plan.sh), run with stand-ins for each stage's command: a stage that cannot run
// because the release build failed is counted as a failure with its name, never skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What each stage's command does when it passes: prints its runner's counts, or nothing. */
const PASSING = {
  test_command_tests: 'echo "# pass 1"',
  fmt_check: 'true',
  clippy_check: 'true',
  host_tests: 'echo "test result: ok. 5 passed; 0 failed; 0 ignored"',
  browser_tests: 'echo "test result: ok. 2 passed; 0 failed; 0 ignored"',
  release_build: 'true',
  e2e_tests: 'echo "# pass 7"; echo "# fail 0"',
  engine_smoke: 'echo "# pass 2"; echo "# fail 0"',
  size_gate: 'true',
  serve_check: 'echo "# pass 4"; echo "# fail 0"',
};

/** Runs the real plan with the stage commands of PASSING, some replaced by `changes`. */
function runPlan(changes = {}) {
  const commands = { ...PASSING, ...changes };
  const script = [
    'set -uo pipefail',
    `source "${ROOT}/scripts/lib/stages.sh"`,
    `source "${ROOT}/scripts/lib/test-plan.sh"`,
    ...Object.entries(commands).map(([name, body]) => `${name}() { ${body}; }`),
    'test_plan',
    'summary',
  ].join('\n');
  const run = spawnSync('bash', ['-c', script], {
    encoding: 'utf8',
    env: { ...process.env, STAGE_LOGS: mkdtempSync(join(tmpdir(), 'amane-stages-')) },
  });
  const output = (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '');
  return { status: run.status, output, last: run.stdout.trim().split('\n').pop() };
}

test('every stage passing ends with the sum of all counts and 0 failed', () => {
  const { status, output, last } = runPlan();
  assert.equal(last, '25 passed, 0 failed');
  assert.equal(status, 0);
  for (const name of ['test-command', 'fmt', 'clippy', 'host-tests', 'browser-tests', 'release-build', 'e2e', 'engines', 'size-gate', 'serve']) {
    assert.match(output, new RegExp(`==> ${name}: \\d+ passed, 0 failed`), name);
  }
});

test('a failing release build fails the end-to-end tests and the size gate, which do not run', () => {
  const { status, output, last } = runPlan({
    release_build: 'echo "error: no matching package named \\`addr2line\\` found"; return 101',
    e2e_tests: 'echo "e2e ran"; echo "# pass 7"',
    size_gate: 'echo "size gate ran"',
  });
  assert.notEqual(status, 0);
  assert.match(output, /==> release-build: 0 passed, 1 failed\n/);
  assert.match(output, /==> e2e: 0 passed, 1 failed \(not run: release-build failed\)/);
  assert.match(output, /==> engines: 0 passed, 1 failed \(not run: release-build failed\)/);
  assert.match(output, /==> size-gate: 0 passed, 1 failed \(not run: release-build failed\)/);
  assert.doesNotMatch(output, /e2e ran|size gate ran/);
  // The serve check builds on its own, so it still runs and counts.
  assert.match(output, /==> serve: 4 passed, 0 failed/);
  assert.equal(last, '14 passed, 4 failed');
});

test('a test stage that prints no count, or fails with only passes counted, is a failure', () => {
  const { status, output, last } = runPlan({
    host_tests: 'echo "error: could not compile"; return 101',
    serve_check: 'echo "# pass 3"; return 1',
  });
  assert.notEqual(status, 0);
  assert.match(output, /==> host-tests: 0 passed, 1 failed\n/);
  assert.match(output, /==> serve: 3 passed, 1 failed\n/);
  assert.equal(last, '19 passed, 2 failed');
});
