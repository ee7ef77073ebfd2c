// The final assessment (#/bilan), in French and Arabic: locked until every module is passed;
// a failed attempt, then a passed one; a reload in the middle of an attempt finds the same
// questions and answers; a short time limit running out; the completion record with the best
// attempt printed on one A4 page; a whole attempt with the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite, serveStatic, DIST, Session, finishedCourse, progressFile, PROGRESS_KEY, plain } from '../harness.js';

const { env, session, withSession } = suite({ before, after });
const CONTENT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'content');
/** Questions drawn per attempt, from content/course.toml's [assessment] pools. */
const DRAWN = (() => {
  const pools = readFileSync(join(CONTENT, 'course.toml'), 'utf8').match(/^pools\s*=\s*\{(.*)\}/m)[1];
  return [...pools.matchAll(/=\s*(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
})();

const LOCALES = {
  fr: { browser: 'fr-FR', start: 'Commencer le bilan', again: 'Commencer une nouvelle tentative', submit: 'Envoyer mes réponses', yes: 'Oui, envoyer', left: 'Tentatives restantes', record: 'Bilan final réussi' },
  ar: { browser: 'ar-MA', start: 'ابدأ التقييم', again: 'ابدأ محاولة جديدة', submit: 'أرسل إجاباتي', yes: 'نعم، أرسل', left: 'المحاولات المتبقية', record: 'التقييم النهائي: ناجح' },
};

/**
 * The answer key of the assessment in `locale`, read from its file: for each question id, its
 * type and, for choice questions, which options are right (orderings are written in order,
 * matchings matched).
 */
function answerKey(locale) {
  const key = {};
  let current = null;
  for (const line of readFileSync(join(CONTENT, 'assessment', `${locale}.md`), 'utf8').split(/\r?\n/)) {
    const head = line.match(/^### .*\{#([^\s}]+)\s+\.([a-z-]+)/);
    if (head) {
      current = key[head[1]] = { type: head[2], right: [] };
      continue;
    }
    const option = current && line.match(/^- \[( |x)\] /);
    if (option) current.right.push(option[1] === 'x');
    if (/^```\s*$/.test(line)) current = null;
  }
  return key;
}

/** A progress file in which the language is chosen and `modules` recorded (none by default). */
function seeded(code, finished) {
  const progress = finished ? JSON.parse(finishedCourse()) : JSON.parse(progressFile({}));
  progress.locale = { code, chosen_at: 1 };
  return JSON.stringify(progress);
}

/** Opens `#/bilan` on a device holding `progress` (the app reads it as it starts). */
async function openWith(s, progress) {
  await s.goto('#/language');
  await s.storageSet(PROGRESS_KEY, progress);
  await s.page.goto(s.baseUrl + '#/bilan');
  await s.reload();
  await s.page.locator('.assessment, .assessment-locked').first().waitFor();
}

/** The stored attempts (from localStorage), as the app saved them. */
async function storedAttempts(s) {
  return JSON.parse(await s.storageGet(PROGRESS_KEY)).assessment ?? [];
}

/** Waits until the open attempt has an answer saved on the device for each of `ids`. */
async function waitAnswersSaved(s, ids) {
  await s.page.waitForFunction(([key, wanted]) => {
    const attempts = JSON.parse(localStorage.getItem(key) || '{}').assessment ?? [];
    const open = attempts.find((a) => !a.submission);
    return open && wanted.every((id) => id in (open.answers ?? {}));
  }, [PROGRESS_KEY, ids]);
}

/** The ids of the open attempt's questions, in the order shown. */
const shownIds = (s) => s.page.locator('.assessment-attempt fieldset.question').evaluateAll((all) => all.map((f) => f.dataset.question));

/** The questions of the open attempt as shown: id, options ticked, order of items, menus. */
const shownAnswers = (s) => s.page.locator('.assessment-attempt fieldset.question').evaluateAll((all) => all.map((f) => ({
  id: f.dataset.question,
  ticked: [...f.querySelectorAll('input')].filter((i) => i.checked).map((i) => i.value),
  order: [...f.querySelectorAll('li.order-item')].map((li) => li.dataset.item),
  picks: [...f.querySelectorAll('select')].map((menu) => menu.value),
})));

/** Puts an ordering question's items in their written (right) order with the Move up buttons. */
async function putInOrder(question) {
  const items = question.locator('li.order-item');
  const count = await items.count();
  for (let place = 0; place < count; place++) {
    for (;;) {
      const order = await items.evaluateAll((all) => all.map((li) => Number(li.dataset.item)));
      const at = order.indexOf(place);
      if (at === place) break;
      await items.nth(at).locator('button').first().click();
    }
  }
}

/**
 * Answers `question` (a fieldset) of the key `entry` rightly, or wrongly: a wrong option for
 * choice questions, nothing for orderings and matchings.
 */
async function answer(question, entry, rightly) {
  const tick = (i) => question.locator(`input[value="${i}"]`).check();
  switch (entry.type) {
    case 'single':
    case 'true-false':
      await tick(entry.right.indexOf(rightly));
      break;
    case 'multiple':
      if (rightly) {
        for (const [i, right] of entry.right.entries()) if (right) await tick(i);
      } else {
        await tick(entry.right.indexOf(false));
      }
      break;
    case 'order':
      if (rightly) await putInOrder(question);
      break;
    case 'match':
      if (rightly) {
        const menus = question.locator('select');
        for (let i = 0; i < (await menus.count()); i++) await menus.nth(i).selectOption(String(i));
      }
      break;
    default:
      throw new Error(`unknown question type ${entry.type}`);
  }
}

/** Answers the open attempt's questions from `from` (rightly or not). */
async function answerQuestions(s, key, rightly, from = 0, to = DRAWN) {
  const questions = s.page.locator('.assessment-attempt fieldset.question');
  for (let i = from; i < to; i++) {
    const question = questions.nth(i);
    await answer(question, key[await question.getAttribute('data-question')], rightly);
  }
}

/** Submits the open attempt through its confirmation and waits for the result. */
async function submit(s, words) {
  await s.clickRole('button', words.submit);
  await s.clickRole('button', words.yes);
  await s.page.locator('.assessment-result').waitFor();
}

for (const [code, words] of Object.entries(LOCALES)) {
  test(`in ${code}: locked before the modules, then a failed attempt, a reload mid-attempt, a passed attempt and the record on one A4 page`, async () => {
    const s = await session({ locale: words.browser });
    try {
      const key = answerKey(code);
      await openWith(s, seeded(code, false));
      await s.page.locator('.assessment-locked').waitFor();
      assert.equal(await s.page.getByRole('button', { name: words.start }).count(), 0, 'no start while locked');

      await openWith(s, seeded(code, true));
      assert.match(plain(await s.text('.assessment-attempts-left')), new RegExp(`^${words.left}.*3$`));
      await s.clickRole('button', words.start);
      await s.page.locator('.assessment-attempt fieldset.question').nth(DRAWN - 1).waitFor();
      assert.equal(await s.page.locator('.assessment-attempt fieldset.question').count(), DRAWN);
      assert.equal(await s.page.locator('.assessment-attempt .verdict, .assessment-attempt .explanation').count(), 0, 'no feedback before submitting');
      await answerQuestions(s, key, false);
      await submit(s, words);
      assert.equal(await s.page.locator('.assessment-result.failed').count(), 1, 'all wrong fails');
      assert.equal(await s.page.locator('.assessment-review fieldset.question').count(), DRAWN, 'every question is reviewed');
      assert.equal(await s.page.locator('.assessment-review .explanation').count(), DRAWN, 'with its explanation');
      assert.match(plain(await s.text('.assessment-attempts-left')), /2$/);

      await s.clickRole('button', words.again);
      await s.page.locator('.assessment-attempt fieldset.question').nth(DRAWN - 1).waitFor();
      const half = Math.floor(DRAWN / 2);
      await answerQuestions(s, key, true, 0, half);
      const [first, second] = await storedAttempts(s);
      assert.ok(first.submission && !second.submission, 'the first attempt ended, the second is open');
      await waitAnswersSaved(s, (await shownIds(s)).slice(0, half));
      const before = await shownAnswers(s);
      await s.reload();
      await s.page.locator('.assessment-attempt fieldset.question').nth(DRAWN - 1).waitFor();
      assert.deepEqual(await shownAnswers(s), before, 'the same questions in the same order with the same answers');
      await answerQuestions(s, key, true, half);
      await submit(s, words);
      assert.equal(await s.page.locator('.assessment-result.passed').count(), 1, 'all right passes');
      assert.match(plain(await s.text('.assessment-score')), /100/);
      const attempts = await storedAttempts(s);
      assert.deepEqual(attempts.map((a) => a.submission.passed), [false, true]);

      await s.page.goto(s.baseUrl + '#/certificate');
      await s.page.locator('.record .record-assessment').waitFor();
      const line = plain(await s.text('.record-assessment'));
      assert.ok(line.startsWith(words.record), line);
      assert.match(line, /100/);
      assert.match(line, /2/);
      assert.ok(await s.page.locator('.record-signature').isVisible(), 'a line to sign');
      await s.page.emulateMedia({ media: 'print' });
      const pdf = (await s.page.pdf({ format: 'A4' })).toString('latin1');
      assert.equal(pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g).length, 1, 'the record prints on one A4 page');
      s.assertClean();
    } finally {
      await s.close();
    }
  });
}

test('a short time limit runs out: the attempt ends by itself with the answers given in time, also after a reload', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'amane-timed-'));
  cpSync(DIST, dir, { recursive: true, dereference: true });
  const manifest = join(dir, 'content/course.toml');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('[assessment]\n', '[assessment]\ntime_limit_minutes = 1\n'));
  const server = await serveStatic(dir);
  const s = await Session.open(env.browser, server.url);
  try {
    await s.page.clock.install();
    const key = answerKey('fr');
    await openWith(s, seeded('fr', true));
    assert.match(plain(await s.text('.assessment-time-rule')), /1 min/);
    await s.clickRole('button', LOCALES.fr.start);
    await s.page.locator('.assessment-countdown').waitFor();
    assert.match(plain(await s.text('.assessment-countdown [aria-live]')), /1 min/, 'the last minute is announced');
    await answerQuestions(s, key, true, 0, 1);
    await waitAnswersSaved(s, (await shownIds(s)).slice(0, 1));
    await s.page.clock.fastForward('01:05');
    await s.page.locator('.assessment-result').waitFor();
    assert.ok(await s.page.locator('.assessment-time-up').isVisible(), 'the learner is told the time ran out');
    const [ended] = await storedAttempts(s);
    assert.equal(ended.submission.ended_by, 'time-up');
    assert.equal(ended.submission.ended_ms, ended.started_ms + 60_000, 'it ended at its deadline');
    assert.ok(ended.submission.score.earned > 0, 'the answer given in time counts');
    await s.reload();
    await s.page.locator('.assessment-result .assessment-time-up').waitFor();
    s.assertClean();
  } finally {
    await s.close();
    server.stop();
  }
});

test('a whole attempt is done with the keyboard alone', () =>
  withSession({ keyboard: true }, async (s) => {
    const key = answerKey('fr');
    await openWith(s, seeded('fr', true));
    await s.tabTo(s.page.getByRole('button', { name: LOCALES.fr.start }));
    await s.page.keyboard.press('Enter');
    await s.page.locator('.assessment-attempt fieldset.question').first().waitFor();
    const questions = s.page.locator('.assessment-attempt fieldset.question');
    for (let i = 0; i < DRAWN; i++) {
      const question = questions.nth(i);
      const entry = key[await question.getAttribute('data-question')];
      if (entry.type === 'order' || entry.type === 'match') continue;
      const choice = question.locator(`input[value="${entry.right.indexOf(true)}"]`);
      await s.tabTo(choice, { group: entry.type !== 'multiple' });
      if (entry.type === 'multiple') {
        await s.page.keyboard.press('Space');
      } else {
        // Arrow keys move within a radio group, checking as they go, until the choice is reached.
        for (let n = 0; n < 8 && !(await choice.evaluate((el) => el === document.activeElement)); n++) {
          await s.page.keyboard.press('ArrowDown');
        }
        await s.page.keyboard.press('Space');
      }
      assert.ok(await choice.isChecked(), `question ${i + 1} answered from the keyboard`);
    }
    await s.tabTo(s.page.getByRole('button', { name: LOCALES.fr.submit }));
    await s.page.keyboard.press('Enter');
    const yes = s.page.getByRole('button', { name: LOCALES.fr.yes });
    await yes.waitFor();
    assert.ok(await yes.evaluate((el) => el === document.activeElement), 'the confirmation takes the focus');
    await s.page.keyboard.press('Enter');
    await s.page.locator('.assessment-result').waitFor();
    await s.page.waitForFunction(() => document.activeElement?.id === 'assessment-result-title');
    const [ended] = await storedAttempts(s);
    assert.ok(ended.submission.score.earned > 0, 'the keyboard answers were counted');
  }));
