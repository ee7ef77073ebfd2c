// The baseline of the benchmark: a static HTML page of the same lesson step and first question
// the app shows, generated from the module file, with the app's own stylesheet and a few lines
// of inline JavaScript that check the answer and mark `amane-ready` like the app does.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, copyFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const COURSE_META = fileURLToPath(new URL('../scripts/course_meta.py', import.meta.url));

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline Markdown: code, strong, emphasis, links (the subset the course prose uses). */
function inline(text) {
  return escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');
}

/** Block Markdown of one step's prose: paragraphs, lists, callouts (trainer notes left out). */
function blocks(lines) {
  const out = [];
  let para = [];
  let list = [];
  let quote = [];
  const flush = () => {
    if (para.length) out.push(`<p>${inline(para.join(' '))}</p>`);
    if (list.length) out.push(`<ul>${list.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`);
    if (quote.length) {
      const kind = quote[0].match(/^\[!(\w+)\]\s*(.*)$/);
      const body = kind ? [kind[2], ...quote.slice(1)].filter(Boolean) : quote;
      const name = kind ? kind[1].toLowerCase() : 'quote';
      if (name !== 'trainer') out.push(`<aside class="callout ${name}"><p>${inline(body.join(' '))}</p></aside>`);
    }
    para = []; list = []; quote = [];
  };
  for (const line of lines) {
    if (!line.trim()) { flush(); continue; }
    if (line.startsWith('> ') || line === '>') { if (!quote.length) flush(); quote.push(line.slice(2)); continue; }
    if (/^[-*] /.test(line)) { if (!list.length) flush(); list.push(line.slice(2)); continue; }
    if (/^#{3,} /.test(line)) { flush(); out.push(`<h2>${inline(line.replace(/^#+ /, '').replace(/\s*\{[^}]*\}\s*$/, ''))}</h2>`); continue; }
    if (list.length && /^\s+/.test(line)) { list[list.length - 1] += ` ${line.trim()}`; continue; }
    para.push(line.trim());
  }
  flush();
  return out.join('\n');
}

/** The first question of a ```quiz fence: prompt, options (text, correct, feedback), explanation. */
function firstQuestion(fence) {
  const lines = fence.split('\n');
  const start = lines.findIndex((l) => l.startsWith('### '));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('### '));
  const own = lines.slice(start, end < 0 ? undefined : end);
  const prompt = own[0].replace(/^### /, '').replace(/\s*\{[^}]*\}\s*$/, '');
  const options = [];
  const explanation = [];
  for (const line of own.slice(1)) {
    const opt = line.match(/^- \[( |x)\] (.*)$/);
    if (opt) { options.push({ text: opt[2], correct: opt[1] === 'x', feedback: [] }); continue; }
    const fb = line.match(/^\s+> ?(.*)$/);
    if (fb && options.length) { options[options.length - 1].feedback.push(fb[1]); continue; }
    const ex = line.match(/^> ?(.*)$/);
    if (ex) explanation.push(ex[1]);
  }
  return { prompt, options, explanation: explanation.join(' ') };
}

/** One FTL message's plain value (no placeables needed here). */
function message(ftl, key) {
  const m = ftl.match(new RegExp(`^${key} = (.*)$`, 'm'));
  if (!m) throw new Error(`message ${key} not found`);
  return m[1];
}

/**
 * The step of the first module (in the course's first language) that holds its first question:
 * { module, step (1-based), title, prose lines, quiz fence, locale }.
 */
export function firstQuestionStep(dist) {
  const manifest = join(dist, 'content', 'course.toml');
  const course = readFileSync(manifest, 'utf8');
  const module = course.match(/^modules\s*=\s*\[\s*"([^"]+)"/m)[1];
  // The course's languages as the build reads them (scripts/course_meta.py).
  const languages = JSON.parse(execFileSync('python3', [COURSE_META, '--languages', manifest], { encoding: 'utf8' }));
  const locale = languages[0].code;
  const text = readFileSync(join(dist, 'content', 'modules', module, `${locale}.md`), 'utf8');
  const body = text.replace(/^\+\+\+\n[\s\S]*?\n\+\+\+\n/, '');
  const map = readFileSync(join(dist, 'content', 'map', `${locale}.toml`), 'utf8');
  const title = map.match(new RegExp(`^\\[${module}\\]\\ntitle\\s*=\\s*"([^"]*)"`, 'm'))[1];
  const steps = body.split(/^## /m).slice(1);
  const index = steps.findIndex((s) => s.includes('```quiz'));
  if (index < 0) throw new Error(`no question in ${module}/${locale}.md`);
  const [heading, ...rest] = steps[index].split('\n');
  const joined = rest.join('\n');
  const fenceStart = joined.indexOf('```quiz');
  const fenceBody = joined.slice(joined.indexOf('\n', fenceStart) + 1, joined.indexOf('\n```', fenceStart));
  return {
    module, locale, step: index + 1, moduleTitle: title,
    title: heading.replace(/\s*\{[^}]*\}\s*$/, ''),
    prose: joined.slice(0, fenceStart).split('\n'),
    fence: fenceBody,
  };
}

/** Writes the baseline page into `out` (with a copy of the app's stylesheet); returns its step. */
export function buildBaseline(dist, root, out) {
  const step = firstQuestionStep(dist);
  const ftl = readFileSync(join(root, 'locales', step.locale, 'main.ftl'), 'utf8');
  const q = firstQuestion(step.fence);
  const css = readdirSync(dist).find((f) => f.endsWith('.css'));
  mkdirSync(out, { recursive: true });
  copyFileSync(join(dist, css), join(out, css));
  const icon = readdirSync(dist).find((f) => f.startsWith('favicon'));
  if (icon) copyFileSync(join(dist, icon), join(out, icon));
  const options = q.options.map((o, i) => `<li class="option"><label><input type="radio" name="q" value="${i}"> ${inline(o.text)}</label></li>`).join('\n');
  const data = {
    correct: q.options.findIndex((o) => o.correct),
    feedback: q.options.map((o) => inline(o.feedback.join(' '))),
    right: escape(message(ftl, 'question-correct')),
    wrong: escape(message(ftl, 'question-incorrect')),
    choose: escape(message(ftl, 'question-answer-all')),
    explanation: inline(q.explanation),
  };
  const html = `<!doctype html>
<html lang="${step.locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(step.title)}</title>
<link rel="stylesheet" href="${css}">${icon ? `\n<link rel="icon" href="${icon}" type="image/svg+xml">` : ''}
</head>
<body>
<main id="main">
<p class="module-title">${escape(step.moduleTitle)}</p>
<article lang="${step.locale}">
<h1>${escape(step.title)}</h1>
${blocks(step.prose)}
<section class="quiz">
<fieldset class="question">
<legend><p class="prompt">${inline(q.prompt)}</p></legend>
<p class="hint">${escape(message(ftl, 'question-choose-one'))}</p>
<ul class="options">
${options}
</ul>
<button class="primary" type="button">${escape(message(ftl, 'question-check'))}</button>
<div class="feedback" tabindex="-1" aria-live="polite"></div>
</fieldset>
</section>
</article>
</main>
<script>
const D = ${JSON.stringify(data)};
const f = document.querySelector('.feedback');
document.querySelector('.question button').onclick = () => {
  const c = document.querySelector('.question input:checked');
  if (!c) { f.innerHTML = '<p class="answer-all" role="alert">' + D.choose + '</p>'; return; }
  const ok = Number(c.value) === D.correct;
  c.closest('li').insertAdjacentHTML('beforeend', '<p class="option-feedback">' + D.feedback[c.value] + '</p>');
  f.innerHTML = '<p class="verdict ' + (ok ? 'correct' : 'incorrect') + '">' + (ok ? D.right : D.wrong) + '</p>' + (D.explanation ? '<p>' + D.explanation + '</p>' : '');
  f.focus();
};
requestAnimationFrame(() => performance.mark('amane-ready'));
</script>
</body>
</html>
`;
  writeFileSync(join(out, 'index.html'), html);
  return step;
}
