/**
 * The pages the proposals endpoint answers with: the two forms (empty, or filled in again with what was sent and
 * each problem beside its question), and the pages that say what happened. Plain HTML with no script of its own,
 * so the forms work in any browser, with JavaScript or without. Everything a person typed is escaped as text.
 */
import { LICENCE_AGREEMENT, LICENCE_GRANT } from '../../src/lib/content/licence';
import { LICENCE_FIELD, PROPOSAL_FORMS, type AnswerProblem, type Answers, type ProposalKind, type Question } from './proposal';
import { site } from '../../src/site.config';

/** The hidden field a person never sees or fills; software that fills every field does (a "honeypot"). */
export const HONEYPOT_FIELD = 'website';
/** The hidden field that carries when the form was shown, signed (proposals.ts). */
export const STARTED_FIELD = 'started';
/** The field Cloudflare Turnstile's widget fills, when the endpoint has a challenge. */
export const CHALLENGE_FIELD = 'cf-turnstile-response';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page's one style sheet; the page's policy allows it by its hash (proposals.ts), and nothing else. */
export const STYLE = `
body { font: 1.05rem/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff; margin: 0; }
header, main, footer { max-width: 42rem; margin: 0 auto; padding: 1rem; }
header a { font-weight: 700; color: inherit; }
a { color: #0b4f8a; }
label, legend { display: block; font-weight: 700; margin-top: 1.25rem; }
.hint { color: #4a4a4a; margin: 0.25rem 0; }
input[type=text], textarea, select { width: 100%; box-sizing: border-box; font: inherit; padding: 0.4rem; border: 2px solid #555; }
textarea { min-height: 8rem; }
:focus-visible { outline: 3px solid #c45000; outline-offset: 2px; }
.problem { color: #a00; font-weight: 700; margin: 0.25rem 0; }
[aria-invalid=true] { border-color: #a00; }
.summary { border: 4px solid #a00; padding: 0 1rem 1rem; margin: 1rem 0; }
.done { border: 4px solid #0b6b3a; padding: 0 1rem 1rem; margin: 1rem 0; }
.licence { display: flex; gap: 0.5rem; align-items: flex-start; margin-top: 1.25rem; }
.licence input { width: 1.5rem; height: 1.5rem; flex: none; }
.trap { position: absolute; left: -100vw; width: 1px; height: 1px; overflow: hidden; }
button { font: inherit; font-weight: 700; margin-top: 1.5rem; padding: 0.6rem 1.2rem; background: #0b6b3a; color: #fff; border: 0; cursor: pointer; }
@media (prefers-color-scheme: dark) {
  body { background: #121212; color: #eee; }
  a { color: #8cc4ff; }
  .hint { color: #c8c8c8; }
  input[type=text], textarea, select { background: #1e1e1e; color: #eee; border-color: #aaa; }
  .problem { color: #ff8a8a; }
}
`;

/** A whole page around `main`. */
export function page(title: string, main: string, head = ''): string {
  return `<!doctype html>
<html lang="${site.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · ${escapeHtml(site.title)}</title>
<style>${STYLE}</style>${head}
</head>
<body>
<header><a href="${escapeHtml(new URL(site.url).href)}">${escapeHtml(site.title)}</a></header>
<main>
${main}
</main>
<footer><p>Cannot use this form? Write to <a href="mailto:${escapeHtml(site.contact)}">${escapeHtml(site.contact)}</a> instead.</p></footer>
</body>
</html>`;
}

/** What a form shows besides the answers: the problems, a note at the top, and its hidden fields. */
export interface FormState {
  answers: Answers;
  licence: boolean;
  problems: AnswerProblem[];
  /** A sentence above the form, for a problem that is not one question's (too quick, throttled). */
  note?: string;
  /** The signed time the form was shown (proposals.ts). */
  started: string;
  /** Cloudflare Turnstile's site key, when the endpoint has a challenge. */
  challengeKey?: string | undefined;
}

const fieldId = (name: string) => `q-${name}`;

function questionHtml(question: Question, answer: string, problem: AnswerProblem | undefined): string {
  const id = fieldId(question.name);
  const described = [`${id}-hint`, problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  const common = `id="${id}" name="${question.name}" aria-describedby="${described}"${question.required ? ' required' : ''}${problem ? ' aria-invalid="true"' : ''}`;
  const control = question.terms
    ? `<select ${common}><option value="">Choose…</option>${question.terms
        .map(
          (t) => `<option value="${escapeHtml(t.value)}"${t.value === answer ? ' selected' : ''}>${escapeHtml(t.label)}</option>`,
        )
        .join('')}</select>`
    : question.long
      ? `<textarea ${common} maxlength="${question.max}" rows="6">${escapeHtml(answer)}</textarea>`
      : `<input type="text" ${common} maxlength="${question.max}" value="${escapeHtml(answer)}">`;
  return `<label for="${id}">${escapeHtml(question.label)}${question.required ? '' : ' (optional)'}</label>
<p class="hint" id="${id}-hint">${escapeHtml(question.hint)}</p>
${problem ? `<p class="problem" id="${id}-problem">${escapeHtml(problem.message)}</p>\n` : ''}${control}`;
}

/** A form, empty or filled in again. */
export function formPage(kind: ProposalKind, state: FormState): string {
  const form = PROPOSAL_FORMS[kind];
  const byField = new Map(state.problems.map((p) => [p.field, p]));
  const licenceProblem = byField.get(LICENCE_FIELD);
  const summary =
    state.problems.length > 0
      ? `<div class="summary" role="alert" aria-labelledby="summary-title" tabindex="-1">
<h2 id="summary-title">${state.problems.length === 1 ? 'One answer needs' : `${state.problems.length} answers need`} changing before it can be sent</h2>
<p>Nothing you wrote is lost: it is all below.</p>
<ul>${state.problems.map((p) => `<li><a href="#${fieldId(p.field)}">${escapeHtml(p.message)}</a></li>`).join('')}</ul>
</div>`
      : '';
  const note = state.note ? `<div class="summary" role="alert"><p>${escapeHtml(state.note)}</p></div>` : '';
  const questions = (form.questions as readonly Question[])
    .map((q) => questionHtml(q, state.answers[q.name] ?? '', byField.get(q.name)))
    .join('\n');
  const challenge = state.challengeKey ? `<div class="cf-turnstile" data-sitekey="${escapeHtml(state.challengeKey)}"></div>` : '';
  const head = state.challengeKey
    ? '\n<script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async defer></script>'
    : '';
  const main = `<h1>${escapeHtml(form.title)}</h1>
<p>${escapeHtml(form.intro)}</p>
${summary}${note}
<form method="post" novalidate>
<input type="hidden" name="${STARTED_FIELD}" value="${escapeHtml(state.started)}">
<div class="trap" aria-hidden="true"><label for="q-${HONEYPOT_FIELD}">Leave this empty</label><input type="text" id="q-${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off" value=""></div>
${questions}
<p class="hint" id="${fieldId(LICENCE_FIELD)}-hint">${escapeHtml(LICENCE_GRANT)}</p>
${licenceProblem ? `<p class="problem" id="${fieldId(LICENCE_FIELD)}-problem">${escapeHtml(licenceProblem.message)}</p>` : ''}
<div class="licence"><input type="checkbox" id="${fieldId(LICENCE_FIELD)}" name="${LICENCE_FIELD}" value="yes"${state.licence ? ' checked' : ''} aria-describedby="${fieldId(LICENCE_FIELD)}-hint"${licenceProblem ? ' aria-invalid="true"' : ''}><label for="${fieldId(LICENCE_FIELD)}">${escapeHtml(LICENCE_AGREEMENT)}</label></div>
${challenge}
<button type="submit">Send</button>
</form>
<p>Your answers become a public issue on the handbook’s repository, which anyone can read. Do not include anyone’s personal details.</p>`;
  return page(form.title, main, head);
}

/** The page after a proposal was filed: where it is and what happens next. */
export function sentPage(kind: ProposalKind, issue: { number: number; url: string }): string {
  const next =
    kind === 'propose'
      ? 'A curator reads it, checks the sources you gave, and writes it up as a draft case study. The draft is published only once it has been checked, and the curator may ask questions on the issue.'
      : 'A curator checks your suggestion against its sources and corrects the page, or asks on the issue what would help.';
  return page(
    'Thank you',
    `<div class="done" role="status"><h1>Thank you: your proposal has been sent</h1>
<p>It is issue <a href="${escapeHtml(issue.url)}">number ${issue.number}</a> on the handbook’s repository. Anyone can read it there, without an account.</p></div>
<h2>What happens next</h2>
<p>${escapeHtml(next)}</p>
<p>To add something later, write to <a href="mailto:${escapeHtml(site.contact)}">${escapeHtml(site.contact)}</a> and mention issue ${issue.number}.</p>
<p><a href="${escapeHtml(new URL(site.url).href)}">Back to the handbook</a></p>`,
  );
}

/** A page saying what went wrong and what to do, in plain words. */
export function messagePage(heading: string, text: string): string {
  return page(heading, `<h1>${escapeHtml(heading)}</h1>\n<p>${escapeHtml(text)}</p>`);
}
