// Content as authors write it: an edited file shows on reload with no rebuild, a malformed block
// is an inline error with its file and line (English details under a heading in the reader's
// language) while the rest renders, a missing module file gets a message and a retry, and a
// Moodle GIFT bank imported into a module shows its questions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite, serveStatic, DIST, Session, plain } from '../harness.js';

const { env } = suite({ before, after });
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Runs `body` on a session over a private copy of dist/ (returned as `dir`). */
async function withCopy(body) {
  const dir = mkdtempSync(join(tmpdir(), 'amane-content-'));
  cpSync(DIST, dir, { recursive: true, dereference: true });
  const server = await serveStatic(dir);
  const s = await Session.open(env.browser, server.url);
  try {
    await body(s, dir);
  } finally {
    await s.close();
    server.stop();
  }
}

const welcome = (dir) => join(dir, 'content/modules/00-bienvenue/fr.md');

/**
 * Asserts that `within` shows the checker's English diagnostics under the localized `heading`,
 * marked as English and left to right, the first one matching `first`.
 */
async function assertAuthorDetails(within, heading, first) {
  const details = within.locator('.author-details');
  assert.equal(plain(await details.locator('h2').innerText()), heading);
  const list = details.locator('ul.diagnostics');
  assert.equal(await list.getAttribute('lang'), 'en');
  assert.equal(await list.getAttribute('dir'), 'ltr');
  assert.equal(await list.evaluate((ul) => getComputedStyle(ul.querySelector('code')).direction), 'ltr');
  assert.match(plain(await list.locator('li').first().innerText()), first);
}

test('an edited module shows on reload, without rebuilding anything', () =>
  withCopy(async (s, dir) => {
    await s.start('#/m/00-bienvenue/1');
    assert.equal(await s.text('main h1'), 'Bienvenue !');
    writeFileSync(welcome(dir), readFileSync(welcome(dir), 'utf8').replace('## Bienvenue !', '## Bienvenue à toutes et à tous'));
    await s.reload();
    assert.equal(await s.text('main h1'), 'Bienvenue à toutes et à tous');
    s.assertClean();
  }));

test('a malformed block shows an inline error with its file and line, and the rest renders', () =>
  withCopy(async (s, dir) => {
    const text = readFileSync(welcome(dir), 'utf8').replace('```quiz decouvrir', '```quiz decouvrir\n### Sans type {#cassee}\n\n- [x] a\n');
    writeFileSync(welcome(dir), text);
    const line = text.split('\n').findIndex((l) => l.startsWith('### Sans type')) + 1;
    await s.start('#/m/00-bienvenue/3');
    const error = s.page.locator('.block-error');
    assert.match(plain(await error.innerText()), /Cette partie du module n'a pas pu être affichée\./);
    await assertAuthorDetails(error, 'Détails pour les auteur·rices du cours (en anglais)',
      new RegExp(`^content/modules/00-bienvenue/fr\\.md:${line}:\\d+: error: question \`cassee\` has no type`));
    assert.equal(await s.text('main h1'), 'Les questions');
    assert.ok(await s.page.locator('main article p').first().isVisible());
    s.assertClean();
  }));

test('in Arabic, a malformed block is explained in Arabic and its English details read left to right', () =>
  withCopy(async (s, dir) => {
    const file = join(dir, 'content/modules/00-bienvenue/ar.md');
    const text = readFileSync(file, 'utf8').replace('```quiz decouvrir', '```quiz decouvrir\n### بلا نوع {#cassee}\n\n- [x] أ\n');
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('### بلا نوع')) + 1;
    await s.start('#/m/00-bienvenue/3', 'العربية');
    const error = s.page.locator('.block-error');
    assert.match(plain(await error.innerText()), /تعذر عرض هذا الجزء من الوحدة\./);
    assert.equal(await error.evaluate((e) => getComputedStyle(e).direction), 'rtl');
    await assertAuthorDetails(error, 'تفاصيل لمؤلفي الدورة (بالإنجليزية)',
      new RegExp(`^content/modules/00-bienvenue/ar\\.md:${line}:\\d+: error: question \`cassee\` has no type`));
    s.assertClean();
  }));

test('a module file that is missing gets a message and a retry, never a blank page', () =>
  withCopy(async (s, dir) => {
    await s.start('#/help');
    for (const l of ['fr', 'ar', 'ary']) rmSync(join(dir, `content/modules/05-reagir/${l}.md`));
    await s.goto('#/m/05-reagir/1');
    assert.equal(await s.text('main h1'), "Ce module n'a pas pu être chargé. Vérifie ta connexion.");
    assert.equal(await s.text('main .load-status'), 'Le serveur a répondu : HTTP 404');
    assert.ok(await s.page.getByRole('button', { name: 'Réessayer' }).isVisible());
  }));

test('a GIFT bank imported into a module shows its questions in the app', () =>
  withCopy(async (s, dir) => {
    const gift = join(dir, 'banque.gift');
    writeFileSync(gift, [
      '::Mot de passe::Quel mot de passe est le plus solide ? {=Une phrase de quatre mots#Oui ~123456#Non}',
      '',
      'Le code reçu par SMS peut être donné au service client. {FALSE#Jamais !}',
      '',
      '::Associer::Associe. {=Hameçonnage -> Faux message =Doxxing -> Infos privées publiées}',
      '',
    ].join('\n'));
    execFileSync('cargo', ['run', '-q', '--locked', '-p', 'amane-core', '--bin', 'amane', '--', 'import-gift', gift,
      '--set', 'banque', '--into', welcome(dir)], { cwd: ROOT, stdio: 'pipe' });
    await s.start('#/m/00-bienvenue/5');
    const quiz = s.page.locator('section.quiz[data-set="banque"]');
    await quiz.waitFor();
    assert.equal(await quiz.locator('fieldset.question').count(), 3);
    assert.match(await quiz.innerText(), /Quel mot de passe est le plus solide \?/);
    assert.match(await quiz.innerText(), /Une phrase de quatre mots/);
    assert.equal(await quiz.locator('fieldset').nth(2).locator('select').count(), 2);
    s.assertClean();
  }));
