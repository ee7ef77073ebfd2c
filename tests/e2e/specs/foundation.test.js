// The foundation: the app loads from a sub-path, routes survive reloads and deep links,
// and the harness catches console errors and failed requests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from '../harness.js';

const { withSession } = suite({ before, after });

test('the home page shows the course title from content/course.toml', () =>
  withSession({}, async (s) => {
    await s.goto();
    assert.match(await s.text('header'), /Amane/);
  }));

test('a deep link opens the help page directly and survives a reload', () =>
  withSession({}, async (s) => {
    await s.goto('#/help');
    assert.equal(await s.page.getAttribute('main', 'data-route'), 'help');
    await s.reload();
    assert.equal(await s.page.getAttribute('main', 'data-route'), 'help');
  }));

test('the harness reports a console error and a failed request', () =>
  withSession({}, async (s) => {
    await s.goto();
    await s.page.evaluate(() => console.error('deliberate error'));
    await s.page.evaluate(() => fetch('missing-file.txt').catch(() => {}));
    await s.page.waitForTimeout(200);
    assert.throws(() => s.assertClean(), /deliberate error/);
    assert.throws(() => s.assertClean(), /HTTP 404: .*missing-file\.txt/);
    s.problems.length = 0;
  }));
