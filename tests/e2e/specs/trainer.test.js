// Trainer workshop mode: the session plan, the projector view and the presenter window.
// A projector shows one step at a time, hides answers until revealed and never shows trainer
// notes; two windows of one browser stay in step both ways; closing the presenter leaves the
// projector working; a blocked pop-up or a browser without BroadcastChannel puts the notes in
// the same window; the plan prints as one A4 page; presenting never touches the learner's
// stored progress.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, serveStatic, Session, DIST } from '../harness.js';

const shared = suite({ before, after });

/**
 * A test session. Chromium also asks the server root for /favicon.ico on its own (the app
 * declares no icon); that request is answered here so it is not reported as the app's.
 */
const withSession = (opts, body) => shared.withSession(opts, async (s) => {
  await s.context.route('**/favicon.ico', (r) => r.fulfill({ status: 204, body: '' }));
  await body(s);
});

const SCENARIO = '#/present/00-bienvenue/ordinateur-partage';
const QUIZ = '#/present/00-bienvenue/decouvrir';
const TRAINER_NOTE = 'Montrez où se trouvent';
const WIDE = { width: 1280, height: 800 };

/** Opens `route` as a trainer who picks `language` on the first-visit language picker. */
export async function begin(s, route = '', language = 'Français') {
  await s.goto(route);
  const picker = s.page.locator('main .language-picker button', { hasText: language });
  if (await picker.count()) {
    await picker.click();
    await s.page.waitForSelector('main .language-picker', { state: 'detached' });
    await s.page.waitForSelector('main#main h1');
  }
}

/** Opens a presentation (French). */
async function present(s, route) {
  await begin(s, route);
  await s.page.waitForSelector('.present-stage h1');
}

/** A choice row on the projector (`n` as numbered on screen). */
const choice = (n) => `.present-stage .present-choice[data-choice="${n}"]`;

/** The votes shown for choice `n` inside `scope`. */
const votes = (page, n, scope = '.present-stage') =>
  page.getAttribute(`${scope} .present-choice[data-choice="${n}"] .tally-count`, 'data-votes');

/** Waits at most 500 ms for `predicate(arg)` to hold in `page`. */
const within500 = (page, predicate, arg) => page.waitForFunction(predicate, arg, { timeout: 500 });

/** Text without Fluent's isolation marks around placeables. */
const plain = (t) => t.replace(/[\u2068\u2069]/g, '');

/** The visible text of `selector` in the session's page, without isolation marks. */
const text = async (s, selector) => plain(await s.text(selector));

/** The number of pages of a PDF (its `/Type /Page` objects; the page tree is `/Pages`). */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/** Every localStorage entry, sorted, as text. */
const storage = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

test('the session plan lists each module with what to present, and the header links to it', () =>
  withSession({ viewport: WIDE }, async (s) => {
    await begin(s);
    await s.clickText('Animation');
    await s.page.waitForSelector('.plan-module >> nth=8');
    assert.equal(await text(s, 'main h1'), 'Plan de séance');
    const welcome = s.page.locator('.plan-module[data-module="00-bienvenue"]');
    assert.match(plain(await welcome.innerText()), /Durée prévue : 10 minutes/);
    const story = welcome.locator('.plan-block[data-block="ordinateur-partage"]');
    assert.match(plain(await story.innerText()), /Histoire à choix/);
    assert.match(plain(await story.innerText()), /Sur quels appareils utilisez-vous internet/);
    assert.match(plain(await welcome.locator('.plan-block[data-block="decouvrir"]').innerText()), /5 questions/);
    await story.getByText('Projeter').click();
    await s.page.waitForSelector('.present-stage h1');
    assert.equal(await s.page.getAttribute('main', 'data-route'), 'present');
    assert.equal(await text(s, '.present-stage h1'), 'La fin de la séance');
  }));

test('the session plan prints on one page without its buttons', () =>
  withSession({ viewport: WIDE }, async (s) => {
    await begin(s, '#/trainer');
    await s.page.waitForSelector('.plan-module >> nth=8');
    await s.page.emulateMedia({ media: 'print' });
    assert.equal(await s.page.locator('.present-link').first().isVisible(), false);
    assert.equal(await s.page.locator('header.top').isVisible(), false);
    // The printable area of A4 with the plan's 10 mm margins: 190 × 277 mm, in CSS pixels.
    await s.page.setViewportSize({ width: Math.floor((190 / 25.4) * 96), height: 600 });
    const height = await s.page.evaluate(() => document.body.scrollHeight);
    assert.ok(height <= (277 / 25.4) * 96, `the plan fits on one A4 page (${height} px high)`);
    // What the printer gets: Chromium's own PDF of the page on A4.
    const pdf = await s.page.pdf({ format: 'A4' });
    assert.equal(pdfPages(pdf), 1, 'the printed plan is one A4 page');
  }));

test('the projector shows one step at a time and reveals only when asked, never the notes', () =>
  withSession({ viewport: WIDE }, async (s) => {
    await present(s, SCENARIO);
    const stage = () => text(s, '.present-stage');
    assert.equal(await s.page.locator('.present-choice').count(), 0, 'the narrative comes first');
    assert.match(await stage(), /Salma vient de finir un module/);
    const noNotes = async () => assert.ok(!(await s.page.content()).includes(TRAINER_NOTE), 'no trainer note');
    await noNotes();
    await s.page.keyboard.press(' ');
    await s.page.waitForSelector(choice(3));
    assert.doesNotMatch(await stage(), /Salma vient de finir/, 'one step at a time');
    assert.match(await text(s, choice(3)), /^3/);
    assert.doesNotMatch(await stage(), /Ça lui prend trente secondes/, 'consequence hidden');
    await s.page.locator(`${choice(3)} .tally-add`).click();
    await s.page.locator(`${choice(3)} .tally-add`).click();
    await s.page.locator(`${choice(1)} .tally-add`).click();
    assert.equal(await text(s, `${choice(3)} .tally-count`), '2 voix · 67\u202f%');
    assert.equal(await text(s, `${choice(1)} .tally-count`), '1 voix · 33\u202f%');
    assert.match(await text(s, choice(3)), /Majorité/);
    await s.page.keyboard.press('R');
    await s.page.waitForSelector('.present-reveal');
    assert.match(await text(s, '.present-reveal'), /Ça lui prend trente secondes/);
    await noNotes();
    await s.page.keyboard.press('ArrowRight');
    await s.page.waitForFunction(() => document.querySelector('.present-stage h1')?.textContent === 'Tout est protégé');
    assert.match(await stage(), /Bonne fin/);
    await s.page.keyboard.press('ArrowRight');
    await s.page.waitForFunction(() => document.querySelector('.present-stage h1')?.textContent === 'Le chemin du groupe');
    assert.match(await stage(), /Elle exporte sa progression, puis efface ses données/);
    assert.match(await stage(), /2 voix/);
    await s.page.keyboard.press('Escape');
    await s.page.waitForFunction(() => document.querySelector('main')?.dataset.route === 'trainer');
  }));

test('T starts the countdown on the projector and T again stops it', () =>
  withSession({ viewport: WIDE }, async (s) => {
    // The page's clock and timers are the test's to move on: every timer due fires at once.
    await s.page.clock.install();
    await present(s, SCENARIO);
    assert.equal(await s.page.locator('.countdown').count(), 0, 'no timer before it is asked for');
    await s.page.keyboard.press('t');
    await s.page.waitForSelector('.present-bar .countdown[data-running="true"]');
    assert.equal(await text(s, '.present-controls .timer-toggle'), 'Arrêter le chrono');
    const clock = await text(s, '.present-bar .countdown .clock');
    await s.page.clock.runFor(3000);
    assert.notEqual(await text(s, '.present-bar .countdown .clock'), clock, 'a running timer counts down');
    await s.page.keyboard.press('T');
    await s.page.waitForSelector('.present-bar .countdown[data-running="false"]');
    assert.equal(await text(s, '.present-controls .timer-toggle'), 'Lancer le chrono');
    const stopped = await text(s, '.present-bar .countdown .clock');
    await s.page.clock.runFor(3000);
    assert.equal(await text(s, '.present-bar .countdown .clock'), stopped, 'a stopped timer stays still');
  }));

test('letter and digit keys can be turned off for speech input; arrows, Space and Esc keep working', () =>
  withSession({ viewport: WIDE }, async (s) => {
    await present(s, SCENARIO);
    const box = s.page.getByRole('checkbox', { name: /Touches lettres et chiffres/ });
    assert.equal(await box.isChecked(), true, 'on by default');
    await box.uncheck();
    await s.page.locator('.present-stage h1').click(); // keys typed in the checkbox are its own
    await s.page.keyboard.press('t');
    await s.page.keyboard.press('r');
    await s.page.keyboard.press(' ');
    await s.page.waitForSelector(choice(3));
    await s.page.keyboard.press('3');
    await s.page.keyboard.press(' ');
    await s.page.waitForSelector('.pick-needed');
    assert.equal(await s.page.locator('.present-reveal').count(), 0, '3 picked nothing');
    assert.equal(await s.page.locator('.countdown').count(), 0, 'T started no timer');
    await box.check();
    await s.page.locator('.present-stage h1').click();
    await s.page.keyboard.press('3');
    await s.page.waitForSelector('.pick-needed', { state: 'detached' });
    await s.page.keyboard.press('Escape');
    await s.page.waitForFunction(() => document.querySelector('main')?.dataset.route === 'trainer');
  }));

test('a tie or no votes waits for the trainer, whose pick decides', () =>
  withSession({ viewport: WIDE }, async (s) => {
    await present(s, SCENARIO);
    await s.page.keyboard.press('r');
    await s.page.waitForSelector('.pick-needed');
    assert.equal(await s.page.locator('.present-controls .step-next').isDisabled(), true);
    await s.page.locator(`${choice(1)} .tally-add`).click();
    await s.page.locator(`${choice(2)} .tally-add`).click();
    assert.match(await text(s, '.pick-needed'), /Égalité/);
    await s.page.keyboard.press('2');
    await s.page.waitForSelector('.pick-needed', { state: 'detached' });
    assert.match(await text(s, choice(2)), /Choix de l'animateur·rice/);
    await s.page.keyboard.press('ArrowRight');
    await s.page.waitForSelector('.present-reveal');
    assert.match(await text(s, '.present-reveal'), /C'est un début/);
    await s.page.keyboard.press('ArrowRight');
    await s.page.waitForFunction(() => document.querySelector('.present-stage h1')?.textContent === 'Le lendemain');
  }));

test('projector and presenter window follow each other within 500 ms, and the projector outlives the presenter', () =>
  withSession({ viewport: WIDE }, async (s) => {
    await present(s, SCENARIO);
    const [presenter] = await Promise.all([s.context.waitForEvent('page'), s.page.keyboard.press('n')]);
    s.watch(presenter);
    await presenter.waitForSelector('.presenter .presenter-step');
    assert.equal(await presenter.getAttribute('main', 'data-route'), 'presenter');
    const notes = plain(await presenter.locator('.presenter-notes').innerText());
    assert.match(notes, new RegExp(TRAINER_NOTE), "the node's trainer note");
    assert.match(notes, /Sur quels appareils/, 'the discussion prompt');
    assert.match(plain(await presenter.locator('.presenter-next').innerText()), /Vote — La fin de la séance/);

    // Projector → presenter: a step.
    await s.page.keyboard.press('ArrowRight');
    await within500(presenter, () => document.querySelectorAll('.presenter .present-choice').length === 3);
    // Presenter → projector: a step back, and forward again.
    await presenter.locator('.presenter .step-previous').click();
    await within500(s.page, () => document.querySelectorAll('.present-stage .present-choice').length === 0
      && /Salma vient de finir un module/.test(document.querySelector('.present-stage')?.textContent ?? ''));
    await presenter.locator('.presenter .step-next').click();
    await within500(s.page, () => document.querySelectorAll('.present-stage .present-choice').length === 3);
    // Presenter → projector: tallies by button and by typing a count.
    await presenter.locator('.present-choice[data-choice="1"] .tally-add').click();
    await within500(s.page, () => document.querySelector('.present-stage .present-choice[data-choice="1"] .tally-count')?.dataset.votes === '1');
    await presenter.locator('.present-choice[data-choice="3"] .tally-input').fill('5');
    await presenter.locator('.present-choice[data-choice="3"] .tally-input').press('Tab');
    await within500(s.page, () => document.querySelector('.present-stage .present-choice[data-choice="3"] .tally-count')?.dataset.votes === '5');
    // Projector → presenter: a tally.
    await s.page.locator(`${choice(2)} .tally-add`).click();
    await within500(presenter, () => document.querySelector('.presenter .present-choice[data-choice="2"] .tally-count')?.dataset.votes === '1');
    // Projector → presenter: reveal.
    await s.page.keyboard.press('r');
    await within500(presenter, () => /^Réponse/.test(document.querySelector('.presenter-step')?.textContent ?? ''));
    // Presenter → projector: back to the vote, then reveal.
    await presenter.locator('.presenter .step-previous').click();
    await within500(s.page, () => !document.querySelector('.present-reveal')
      && document.querySelectorAll('.present-stage .present-choice').length === 3);
    await presenter.locator('.presenter .step-reveal').click();
    await within500(s.page, () => /Ça lui prend trente secondes/.test(document.querySelector('.present-reveal')?.textContent ?? ''));
    // The timer runs in both.
    await presenter.locator('.presenter .timer-toggle').click();
    await within500(s.page, () => document.querySelector('.present-bar .countdown')?.dataset.running === 'true');
    assert.equal(await votes(s.page, 3), '5');

    await presenter.close();
    await s.page.keyboard.press('ArrowRight');
    await s.page.waitForFunction(() => document.querySelector('.present-stage h1')?.textContent === 'Tout est protégé');
    await s.page.keyboard.press('ArrowLeft');
    await s.page.waitForSelector('.present-reveal');
    assert.equal(await votes(s.page, 3), '5', 'the counted hands come back with the step');
  }));

test('a blocked pop-up opens the notes inside the projector', () =>
  withSession({ viewport: WIDE }, async (s) => {
    await s.context.addInitScript(() => { window.open = () => null; });
    await present(s, SCENARIO);
    assert.equal(await s.page.locator('.notes-panel').count(), 0);
    await s.page.keyboard.press('n');
    await s.page.waitForSelector('.notes-panel');
    const panel = await text(s, '.notes-panel');
    assert.match(panel, /Le navigateur a bloqué la nouvelle fenêtre/);
    assert.match(panel, new RegExp(TRAINER_NOTE));
    await s.page.keyboard.press('r');
    await s.page.locator('.notes-panel .present-choice[data-choice="2"] .tally-add').click();
    assert.equal(await votes(s.page, 2), '1', 'the panel counts for the projector');
    await s.page.keyboard.press('n');
    await s.page.waitForSelector('.notes-panel', { state: 'detached' });
  }));

test('without BroadcastChannel, opening the notes shows them inside the projector', () =>
  withSession({ viewport: WIDE }, async (s) => {
    await s.context.addInitScript(() => { delete window.BroadcastChannel; });
    await present(s, SCENARIO);
    assert.equal(await s.page.evaluate(() => 'BroadcastChannel' in window), false);
    const opened = [];
    s.context.on('page', (p) => opened.push(p.url()));
    await s.page.keyboard.press('n');
    await s.page.waitForSelector('.notes-panel');
    const panel = await text(s, '.notes-panel');
    assert.match(panel, /Ce navigateur ne peut pas relier deux fenêtres : les notes s'affichent ici\./);
    assert.match(panel, new RegExp(TRAINER_NOTE));
    assert.match(panel, /Sur quels appareils/, 'the discussion prompt');
    assert.deepEqual(opened, [], 'no window was opened');
    await s.page.locator('.notes-panel .step-next').click();
    await s.page.waitForSelector(choice(3));
    await s.page.locator('.notes-panel .present-choice[data-choice="3"] .tally-add').click();
    assert.equal(await votes(s.page, 3), '1', 'the panel drives the projector');
  }));

test('presenting a scenario to its ending and a question set never changes stored progress', () =>
  withSession({ viewport: WIDE }, async (s) => {
    await begin(s, '#/m/00-bienvenue/2');
    await s.page.waitForSelector('main[data-route="step"]');
    // The step is recorded once its module has loaded and rendered.
    await s.waitStored('bienvenue');
    const before = await storage(s.page);
    assert.match(before, /bienvenue/, 'the learner has progress to protect');

    // A scenario: step, tally, reveal, an ending and the room's path.
    await present(s, SCENARIO);
    await s.page.keyboard.press('ArrowRight');
    await s.page.waitForSelector(choice(3));
    await s.page.locator(`${choice(3)} .tally-add`).click();
    await s.page.locator(`${choice(3)} .tally-add`).click();
    await s.page.keyboard.press('r');
    await s.page.waitForSelector('.present-reveal');
    await s.page.keyboard.press('ArrowRight');
    await s.page.waitForFunction(() => document.querySelector('.present-stage h1')?.textContent === 'Tout est protégé');
    assert.match(await text(s, '.present-stage'), /Bonne fin/);
    await s.page.keyboard.press('ArrowRight');
    await s.page.waitForFunction(() => document.querySelector('.present-stage h1')?.textContent === 'Le chemin du groupe');
    assert.equal(await storage(s.page), before, 'the scenario changed nothing stored');

    // A question set.
    await s.page.keyboard.press('Escape');
    await s.page.waitForFunction(() => document.querySelector('main')?.dataset.route === 'trainer');
    await present(s, QUIZ);
    const [presenter] = await Promise.all([s.context.waitForEvent('page'), s.page.keyboard.press('n')]);
    s.watch(presenter);
    await presenter.waitForSelector('.presenter .present-choice');
    assert.equal(await text(s, '.present-count'), 'Question 1 sur 5');
    assert.equal(await s.page.locator('.present-stage [data-correct]').count(), 0, 'answers hidden');
    assert.equal(await presenter.locator('.presenter [data-correct="true"]').count(), 1, 'the trainer sees the answer');
    await s.page.keyboard.press('r');
    await s.page.waitForSelector('.present-stage [data-correct="true"]');
    assert.match(await text(s, '.present-stage [data-correct="true"]'), /Sur cet appareil, dans ce navigateur/);
    assert.match(await text(s, '.present-stage [data-correct="true"]'), /Bonne réponse/);
    for (let step = 0; step < 20; step += 1) {
      if (await s.page.locator('.present-stage[data-phase="recap"]').count()) break;
      await s.page.locator('.present-controls .step-next').first().click();
    }
    assert.equal(await text(s, '.present-stage h1'), 'Les réponses du groupe');
    await presenter.close();
    assert.equal(await storage(s.page), before, 'nothing stored changed');
  }));

test('a scenario node title with markup in a code span stays text in the projector and its recap', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'amane-title-'));
  cpSync(DIST, dir, { recursive: true, dereference: true });
  const file = join(dir, 'content/modules/00-bienvenue/fr.md');
  const markup = '<meta http-equiv="refresh" content="0;url=https://evil.example/">';
  const title = `La fin \`${markup}\` si l'âge < 15 ans`;
  writeFileSync(file, readFileSync(file, 'utf8').replace('### La fin de la séance {#debut}', `### ${title} {#debut}`));
  const server = await serveStatic(dir);
  const s = await Session.open(shared.env.browser, server.url, { viewport: WIDE });
  try {
    await s.context.route('**/favicon.ico', (r) => r.fulfill({ status: 204, body: '' }));
    await present(s, SCENARIO);
    const shown = `La fin ${markup} si l'âge < 15 ans`;
    assert.equal(await text(s, '.present-stage h1'), shown);
    await s.page.keyboard.press('ArrowRight');
    await s.page.waitForSelector(choice(3));
    await s.page.locator(`${choice(3)} .tally-add`).click();
    await s.page.keyboard.press('r');
    await s.page.waitForSelector('.present-reveal');
    await s.page.keyboard.press('ArrowRight');
    await s.page.waitForFunction(() => document.querySelector('.present-stage h1')?.textContent === 'Tout est protégé');
    await s.page.keyboard.press('ArrowRight');
    await s.page.waitForSelector('.present-stage[data-phase="recap"]');
    assert.equal(await text(s, '.present-stage .recap-node'), shown);
    assert.equal(await s.page.locator('body meta, body a[href^="https://evil"]').count(), 0, 'no markup from the title');
    assert.ok(s.page.url().startsWith(server.url), 'the page stays on the course');
    s.assertClean();
  } finally {
    await s.close();
    server.stop();
  }
});

test('a lesson step is projected with its text and callouts, and its trainer note shows in the presenter window only', () =>
  withSession({ viewport: WIDE }, async (s) => {
    const note = 'Rappelez que personne n\'est obligé de raconter';
    await begin(s, '#/trainer');
    const lesson = s.page.locator('.plan-module[data-module="00-bienvenue"] .plan-block[data-block="avancer"]');
    await lesson.waitFor();
    assert.match(plain(await lesson.innerText()), /Étape de la leçon — Comment avancer/);
    assert.match(plain(await lesson.innerText()), new RegExp(note), 'the plan shows the step\'s note');
    assert.match(plain(await s.page.locator('.plan-help').innerText()), /Affichez ces numéros dans la salle/,
      'the help page is never projected: its note is in the plan');
    await lesson.getByText('Projeter').click();
    await s.page.waitForSelector('.present-stage[data-phase="lesson"] h1');
    assert.equal(await text(s, '.present-stage h1'), 'Comment avancer');
    const stage = await text(s, '.present-stage');
    assert.match(stage, /Un module est fait de petites étapes/);
    assert.match(stage, /Sur un ordinateur partagé/, 'a warning callout is projected');
    assert.ok(!(await s.page.content()).includes(note), 'the projector never shows the trainer note');
    const [presenter] = await Promise.all([s.context.waitForEvent('page'), s.page.keyboard.press('n')]);
    s.watch(presenter);
    await presenter.waitForSelector('.presenter .presenter-step');
    assert.match(plain(await presenter.locator('.presenter-step').innerText()), /Texte de la leçon — Comment avancer/);
    assert.match(plain(await presenter.locator('.presenter-notes').innerText()), new RegExp(note));
    await presenter.close();
  }));
