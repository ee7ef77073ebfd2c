// A learner completes the sample module on a phone-sized screen, once with the mouse and once
// with the keyboard alone: every question type, a scenario to each of its endings, retry and
// replay keeping the best score, and the course map showing the engine's numbers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { suite, plain } from '../harness.js';

const { withSession } = suite({ before, after });
const MODULE = '00-bienvenue';

/** The fieldset of question `id`. */
const question = (s, id) => s.page.locator(`fieldset[data-question="${id}"]`);

/** Presses Tab until `reached(element, activeElement)` holds; fails after 300 presses. */
async function tabTo(s, locator, reached = (el, active) => el === active) {
  const handle = await locator.elementHandle();
  for (let i = 0; i < 300; i++) {
    if (await handle.evaluate((el, src) => new Function('el', 'active', `return (${src})(el, active)`)(el, document.activeElement), reached.toString())) return;
    await s.page.keyboard.press('Tab');
  }
  throw new Error(`never reached by Tab: ${await locator.evaluate((el) => el.outerHTML.slice(0, 120))}`);
}

/** Acts on an element: a click, or with `keyboard`, Tab until it has focus then `key`. */
async function act(s, locator, { keyboard = false, key = 'Enter' } = {}) {
  if (!keyboard) return locator.click();
  await tabTo(s, locator);
  return s.page.keyboard.press(key);
}

/**
 * Picks the option labelled `text`: a click, or with the keyboard Space on a checkbox, and for
 * a radio group Tab into the group then arrow keys until the option is checked.
 */
async function pick(s, q, text, keyboard) {
  const input = q.locator('.option', { hasText: text }).locator('input');
  if (!keyboard) return input.click();
  if ((await input.getAttribute('type')) === 'checkbox') return act(s, input, { keyboard, key: 'Space' });
  await tabTo(s, input, (el, active) => active && active.name === el.name);
  for (let i = 0; i < 10 && !(await input.isChecked()); i++) await s.page.keyboard.press('ArrowDown');
  assert.ok(await input.isChecked(), `${text} chosen with the arrow keys`);
}

/** Checks a question and asserts the feedback took focus and its live region says `verdict`. */
async function check(s, q, verdict, keyboard) {
  await act(s, q.getByRole('button', { name: 'Vérifier' }), { keyboard });
  const feedback = q.locator('.feedback');
  await assert.doesNotReject(feedback.locator('.verdict').waitFor());
  assert.equal(await feedback.getAttribute('aria-live'), 'polite');
  assert.match(plain(await feedback.innerText()), verdict);
  assert.ok(await feedback.evaluate((el) => el === document.activeElement), 'focus is on the feedback');
}

/** Reorders an ordering question into `wanted` with its move-up buttons. */
async function order(s, q, wanted, keyboard) {
  for (let target = 0; target < wanted.length; target++) {
    for (;;) {
      const texts = await q.locator('.order-item .option-text').allInnerTexts();
      const at = texts.findIndex((t) => t.trim() === wanted[target]);
      if (at === target) break;
      const item = q.locator('.order-item').nth(at);
      await act(s, item.getByRole('button', { name: /Monter/ }), { keyboard });
    }
  }
}

/** Matches each left item to the right-hand text in `pairs`. */
async function match(s, q, pairs, keyboard) {
  for (const [left, right] of pairs) {
    const select = q.locator('.match-row', { hasText: left }).locator('select');
    if (!keyboard) {
      await select.selectOption({ label: right });
      continue;
    }
    await act(s, select, { keyboard, key: 'Home' });
    for (let i = 0; i < 10 && (await select.evaluate((e) => e.selectedOptions[0].text)) !== right; i++) {
      await s.page.keyboard.press('ArrowDown');
    }
  }
}

/** Plays the scenario along `choices` (texts) and returns the ending's label. */
async function play(s, choices, keyboard) {
  const scenario = s.page.locator('.scenario');
  for (const text of choices) {
    await act(s, scenario.locator('button.choice', { hasText: text }), { keyboard });
  }
  return scenario.locator('.ending-label').innerText();
}

/** Waits until the page's main heading reads `text` (routes render asynchronously). */
const heading = (s, text) => s.page.locator('main h1', { hasText: text }).waitFor();

/** Goes to the next step through its link. */
const next = (s, keyboard, name = 'Suivant') => act(s, s.page.getByRole('link', { name, exact: true }), { keyboard });

/** Answers the sample question set; on the first try two answers are (partly) wrong. */
async function answerQuiz(s, keyboard, firstTry) {
  const single = question(s, 'ou-progression');
  if (firstTry) {
    await pick(s, single, 'Sur un serveur', keyboard);
    await check(s, single, /Ce n'est pas la bonne réponse/, keyboard);
    assert.match(await single.innerText(), /Non : Amane n'envoie rien sur internet\./);
    assert.match(await single.innerText(), /Tu l'as choisie : ce n'est pas juste\./);
  } else {
    await act(s, single.getByRole('button', { name: 'Vérifier' }), { keyboard });
    assert.match(await single.innerText(), /Réponds à toutes les questions avant de vérifier\./);
    await pick(s, single, 'Sur cet appareil', keyboard);
    await check(s, single, /Bonne réponse/, keyboard);
  }

  const multiple = question(s, 'ordinateur-partage');
  await pick(s, multiple, 'Exporter ta progression', keyboard);
  if (firstTry) {
    await check(s, multiple, /En partie juste[\s\S]*Ton score : 1 sur 2/, keyboard);
    assert.match(await multiple.innerText(), /Celle-ci était juste aussi\./);
  } else {
    await pick(s, multiple, 'Effacer tes données', keyboard);
    await check(s, multiple, /Bonne réponse[\s\S]*Ton score : 2 sur 2/, keyboard);
  }

  const tf = question(s, 'sortie-rapide');
  await pick(s, tf, 'Faux', keyboard);
  await check(s, tf, /Bonne réponse/, keyboard);

  const ordering = question(s, 'parcours');
  await order(s, ordering, ['Choisir ta langue', 'Ouvrir un module dans « Les modules »',
    'Lire les étapes une par une', 'Voir ton résultat'], keyboard);
  await check(s, ordering, /Bonne réponse/, keyboard);

  const matching = question(s, 'encadres');
  await match(s, matching, [['Astuce', 'Un conseil pratique'], ['Attention', 'Un risque à éviter'],
    ['Si cela t\'arrive', 'Où trouver de l\'aide']], keyboard);
  await check(s, matching, /Bonne réponse/, keyboard);
}

async function completeModule(s, keyboard) {
  await s.start();
  await act(s, s.page.locator(`[data-module="${MODULE}"] h2 a`), { keyboard });
  await heading(s, 'Bienvenue !');
  await next(s, keyboard);
  await next(s, keyboard);
  await heading(s, 'Les questions');

  await answerQuiz(s, keyboard, true);
  // 0 + 1 + 1 + 2 + 3 of 9 points: 77 % rounded down.
  assert.match(await s.text('.quiz-result'), /Ton meilleur score : 77/);
  await act(s, s.page.getByRole('button', { name: 'Réessayer' }), { keyboard });
  await answerQuiz(s, keyboard, false);
  assert.match(await s.text('.quiz-result'), /Ton meilleur score : 100/);

  await next(s, keyboard);
  await heading(s, 'Les histoires à choix');
  assert.equal(await play(s, ['Elle exporte sa progression'], keyboard), 'Bonne fin');
  assert.match(await s.text('.scenario .ending'), /Points : 2 sur 2/);
  await act(s, s.page.getByRole('button', { name: 'Rejouer' }), { keyboard });
  assert.equal(await play(s, ['Elle part tout de suite'], keyboard), 'Mauvaise fin');
  assert.match(await s.text('.scenario'), /Et si tu avais choisi autrement/);
  await act(s, s.page.getByRole('button', { name: 'Rejouer' }), { keyboard });
  assert.equal(await play(s, ['Elle ferme seulement', 'Elle demande à l\'animatrice'], keyboard), 'Fin mitigée');
  assert.match(await s.text('.scenario .ending'), /Points : 2 sur 2/);

  await next(s, keyboard);
  await next(s, keyboard, 'Terminer le module');
  await heading(s, 'Bilan du module');
  // Best scores kept: quiz 9 of 9 and scenario 2 of 2 → 11 of 11.
  assert.match(await s.text('.summary-score'), /Ton score : 100/);
  assert.match(await s.text('main'), /Points : 11 sur 11/);
  assert.equal(await s.text('.summary-status'), 'Module réussi, bravo !');

  await act(s, s.page.getByRole('link', { name: 'Retour aux modules' }), { keyboard });
  const card = s.page.locator(`[data-module="${MODULE}"]`);
  assert.equal(plain(await card.locator('.module-state').innerText()), 'Terminé');
  assert.match(plain(await card.locator('.module-score').innerText()), /Score : 100/);
  const stored = JSON.parse(await s.storageGet('amane.progress'));
  assert.ok(stored.modules[MODULE].scenario_endings['ordinateur-partage'].length === 3);
}

for (const keyboard of [false, true]) {
  test(`the sample module can be completed ${keyboard ? 'with the keyboard alone' : 'with the mouse on a phone'}`, () =>
    withSession({ viewport: { width: 360, height: 640 } }, async (s) => {
      await completeModule(s, keyboard);
      const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
      assert.equal(overflow, false, 'no horizontal scroll at 360 px');
    }));
}
