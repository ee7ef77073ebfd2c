// The course as shipped: every scenario of every module can reach each of its endings in the
// app (walked depth-first through the choices, replaying from the start between paths).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite, DIST } from '../harness.js';

const { withSession } = suite({ before, after });
const manifest = readFileSync(join(DIST, 'content/course.toml'), 'utf8');
const modules = JSON.parse(manifest.match(/^modules = (\[.*\])$/m)[1]);

/** Per step number, the ending node ids of the scenarios written in that step (fr). */
function scenarioSteps(id) {
  const text = readFileSync(join(DIST, `content/modules/${id}/fr.md`), 'utf8');
  const steps = text.split(/^## /m).slice(1);
  return steps.flatMap((body, i) => {
    if (!/^```scenario /m.test(body)) return [];
    const endings = [...body.matchAll(/\{#([\w-]+) \.end-(?:good|mixed|bad)\}/g)].map((m) => m[1]);
    return [{ step: i + 1, endings: new Set(endings) }];
  });
}

/** Walks every path of the scenario on screen; returns the ending node ids reached. */
async function walk(s) {
  const scenario = s.page.locator('.scenario').first();
  const reached = new Set();
  const pending = [[]];
  let atStart = true;
  while (pending.length) {
    const path = pending.pop();
    if (!atStart) {
      const replay = scenario.getByRole('button', { name: 'Rejouer' });
      if (await replay.count()) await replay.click();
      else await s.reload();
    }
    for (const index of path) await scenario.locator('button.choice').nth(index).click();
    atStart = path.length === 0;
    if (await scenario.locator('.ending').count()) {
      reached.add(await scenario.locator('.node-title').getAttribute('data-node'));
      continue;
    }
    const choices = await scenario.locator('button.choice').count();
    assert.ok(choices > 0, `a node without choices that is not an ending after ${path}`);
    for (let i = 0; i < choices; i++) pending.push([...path, i]);
  }
  return reached;
}

for (const id of modules) {
  test(`every scenario of ${id} reaches each of its endings`, () =>
    withSession({ viewport: { width: 1280, height: 800 } }, async (s) => {
      const scenarios = scenarioSteps(id);
      assert.ok(scenarios.length > 0, 'the module has a scenario');
      await s.start(`#/m/${id}/1`);
      for (const { step, endings } of scenarios) {
        await s.goto(`#/m/${id}/${step}`);
        if (await s.page.getByRole('button', { name: 'Je veux continuer' }).count()) {
          await s.page.getByRole('button', { name: 'Je veux continuer' }).click();
        }
        await s.page.locator('.scenario button.choice').first().waitFor();
        assert.deepEqual([...(await walk(s))].sort(), [...endings].sort());
      }
    }));
}

test('a citation links to its source and has the number of that source in the list of the last step', () =>
  withSession({}, async (s) => {
    const id = '07-droits-et-signalement';
    const text = readFileSync(join(DIST, `content/modules/${id}/fr.md`), 'utf8');
    const [, front, body] = text.split(/^\+\+\+$/m);
    const sources = [...front.matchAll(/^id = "([\w-]+)"\n(?:.*\n)*?url = "([^"]+)"/gm)].map((m) => ({ id: m[1], url: m[2] }));
    const steps = body.split(/^## /m).slice(1);
    const cited = sources.findIndex((src) => src.id === 'vie-privee-447');
    const step = steps.findIndex((b) => b.includes('[^vie-privee-447]')) + 1;
    assert.ok(cited >= 0 && step > 0, 'the module cites the source');
    await s.start(`#/m/${id}/${step}`);
    const link = s.page.locator('main article sup.citation a', { hasText: `[${cited + 1}]` });
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), sources[cited].url);
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    assert.doesNotMatch(await s.text('main article'), /\[\^vie-privee-447\]/, 'the id is not shown as typed');
    await s.goto(`#/m/${id}/${steps.length}`);
    await s.page.locator('details.sources summary').click();
    const item = s.page.locator('details.sources ol > li').nth(cited);
    assert.equal(await item.locator('a').getAttribute('href'), sources[cited].url);
  }));

/** The sources of a content file's front matter, in order: `{ id, url }`. */
function frontSources(path) {
  const [, front] = readFileSync(join(DIST, path), 'utf8').split(/^\+\+\+$/m);
  return [...front.matchAll(/^id = "([\w-]+)"\n(?:.*\n)*?url = "([^"]+)"/gm)].map((m) => ({ id: m[1], url: m[2] }));
}

for (const [code, name] of [['fr', 'Français'], ['ar', 'العربية']]) {
  test(`the help page (${code}) cites each contact's source and lists the sources with links`, () =>
    withSession({}, async (s) => {
      const sources = frontSources(`content/help/${code}.md`);
      const cited = sources.findIndex((src) => src.id === 'onde-2511');
      assert.ok(cited >= 0, 'the help page cites the 2511 source');
      await s.start('#/help', name);
      const contacts = s.page.locator('main .help-section').filter({ hasText: '2511' }).first();
      const link = contacts.locator('sup.citation a', { hasText: `[${cited + 1}]` }).first();
      await link.waitFor();
      assert.equal(await link.getAttribute('href'), sources[cited].url);
      assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
      assert.doesNotMatch(await s.text('main'), /\[\^[\w-]+\]/, 'no citation id is shown as typed');
      const list = s.page.locator('main .help-sources details.sources');
      assert.equal(await list.getAttribute('open'), '', 'the list is unfolded');
      const items = list.locator('ol > li');
      assert.equal(await items.count(), sources.length);
      assert.ok(await items.nth(cited).isVisible(), 'the sources list shows');
      assert.equal(await items.nth(cited).locator('a').getAttribute('href'), sources[cited].url);
      const hrefs = await items.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(hrefs, sources.map((src) => src.url), 'every source, in the order of the numbers');
    }));
}
