/**
 * Proposals from people without a GitHub account: "Suggest a change" to a page, and "Propose a page" (a case
 * study in five plain questions). The one definition of both forms: their questions and rules, read by the
 * proposals endpoint that shows and checks the forms and files each proposal as a GitHub issue
 * (cms-config/proposals/), and by the curators' command that turns an accepted proposal into a page
 * (src/cli/proposal-to-pull-request.ts), which reads the issue back with `readProposalIssue`.
 *
 * Everything here runs where the endpoint runs (a Netlify Function or a Cloudflare Worker): no file system.
 */
import { webAddressProblem } from '../../src/lib/content/addresses';
import { COLLECTIONS, PAGE_KINDS } from '../../src/lib/content/page-kinds';
import { isSlug } from '../../src/lib/core/slug';
import { invisibleCharacterProblem } from '../../src/lib/core/text-safety';
import { collaborationTypes, regions, sectors, type Term } from '../../src/lib/content/vocabulary';

/** One question of a form. */
export interface Question {
  /** The form field's name, and the key of the answer. */
  name: string;
  /** The question as the form asks it, and the heading of the answer in the issue. */
  label: string;
  /** Help under the question. */
  hint: string;
  /** Written on several lines (a text box) rather than one. */
  long?: boolean;
  required?: boolean;
  min?: number;
  max: number;
  /** A choice among these, shown as a menu, by label; the answer is the value. */
  terms?: readonly Term[];
  /** A rule beyond length and characters: the problem in words, or undefined. */
  check?: (answer: string) => string | undefined;
}

/** The questions every proposal ends with: the credit the proposer wants and their connection to it. */
const CLOSING: Question[] = [
  {
    name: 'connection',
    label: 'Your connection to it',
    hint: 'If you work for, with or near an organisation this is about, say so: reviewers take it into account. Optional.',
    long: true,
    max: 500,
  },
  {
    name: 'credit',
    label: 'How should we credit you?',
    hint: 'The name to thank you by on the page’s history and in the proposal, for example your first name or your organisation. Leave it empty not to be named.',
    max: 80,
  },
];

/** An address of one of the handbook's pages, on the site or as a path: "/practices/invest-in-coordination/". */
function pageAddressProblem(answer: string): string | undefined {
  const path = URL.canParse(answer) ? new URL(answer).pathname : answer;
  // The page kind and id are the address's last two parts, whatever path the site is published under.
  const [, kind, id] = /^\/(?:[^/]+\/)*?([^/]+)\/([^/]+)\/?$/.exec(path) ?? [];
  if (!kind || !id || !(COLLECTIONS as readonly string[]).includes(kind) || !isSlug(id)) {
    return 'Give the address of the handbook page, as it shows in your browser’s address bar, for example https://equitable-collaboration.org.uk/practices/invest-in-coordination/.';
  }
  return undefined;
}

/** Every web address written in an answer, one per line or among words. */
export function addressesIn(answer: string): string[] {
  return answer.match(/\bhttps?:\/\/\S+/g)?.map((address) => address.replace(/[).,;]+$/, '')) ?? [];
}

function sourcesProblem(answer: string): string | undefined {
  const addresses = addressesIn(answer);
  if (addresses.length === 0) {
    return 'Give at least one web address where others can read about it (a report, a news story, the organisations’ own pages), starting with https://.';
  }
  for (const address of addresses) {
    const problem = webAddressProblem(address);
    if (problem) return problem;
  }
  return undefined;
}

const caseStudy = PAGE_KINDS['case-studies'];
const titleField = caseStudy.fields.find((f) => f.name === 'title')!;

/** The two forms. */
export const PROPOSAL_FORMS = {
  suggest: {
    title: 'Suggest a change',
    intro:
      'Tell the curating cohort what is wrong or missing on a page. You need no account: your suggestion becomes a public issue on the handbook’s repository, which a curator checks against its sources.',
    /** Labels of the issue it files. */
    labels: ['inaccuracy', 'proposal'],
    issueTitle: (answers: Answers) => `Suggestion for ${answers['page'] ?? 'a page'}`,
    questions: [
      {
        name: 'page',
        label: 'Which page?',
        hint: 'Its address. The “Suggest a change” link on each page fills it in.',
        required: true,
        max: 300,
        check: pageAddressProblem,
      },
      {
        name: 'change',
        label: 'What should change?',
        hint: 'Quote or describe what is wrong, out of date or missing, and what it should say.',
        long: true,
        required: true,
        min: 10,
        max: 5000,
      },
      {
        name: 'source',
        label: 'Where can a reader check it?',
        hint: 'A published source for the change: its title and web address. A page can only state what a source supports. Optional, but it makes the change quick.',
        long: true,
        max: 2000,
        check: (answer) => addressesIn(answer).map(webAddressProblem).find(Boolean),
      },
      ...CLOSING,
    ],
  },
  propose: {
    title: 'Propose a page',
    intro:
      'Share the story of a partnership: five questions, in your own words. You need no account: your proposal becomes a public issue on the handbook’s repository, and a curator turns it into a case study page and checks it with you before it is published.',
    labels: ['case study', 'proposal'],
    issueTitle: (answers: Answers) => `Proposed case study: ${answers['title'] ?? ''}`,
    questions: [
      {
        name: 'title',
        label: 'What is the partnership called?',
        hint: 'Its name, or a short description such as “Riverside tenants and the housing association”.',
        required: true,
        min: titleField.type === 'text' ? titleField.min : 3,
        max: titleField.type === 'text' ? titleField.max : 120,
      },
      {
        name: 'who',
        label: '1. Who worked together?',
        hint: 'One organisation or group per line, with what it did, for example “Riverside Tenants’ Group: ran the meetings and chose the work”.',
        long: true,
        required: true,
        min: 10,
        max: 3000,
      },
      {
        name: 'what',
        label: '2. What did you do together?',
        hint: 'What the partnership set out to do and how it worked, and when it started if you know.',
        long: true,
        required: true,
        min: 30,
        max: 5000,
      },
      {
        name: 'power',
        label: '3. How was power shared?',
        hint: 'Who made the decisions, where the money went, whose voice shaped what happened, and what the smaller partners thought of it.',
        long: true,
        required: true,
        min: 20,
        max: 3000,
      },
      {
        name: 'happened',
        label: '4. What happened?',
        hint: 'What changed, what went well and what did not, and what others could learn from it.',
        long: true,
        required: true,
        min: 20,
        max: 5000,
      },
      {
        name: 'sources',
        label: '5. Where can others read about it?',
        hint: 'Web addresses of anything published about it, one per line, with a title if you know it: a report, a news story, the organisations’ own pages. The handbook states only what published sources support.',
        long: true,
        required: true,
        max: 2000,
        check: sourcesProblem,
      },
      {
        name: 'region',
        label: 'Where did it happen?',
        hint: 'The nation or English region.',
        required: true,
        max: 40,
        terms: regions,
      },
      {
        name: 'sector',
        label: 'What field of work was it in?',
        hint: 'The closest one; a curator can add more.',
        required: true,
        max: 40,
        terms: sectors,
      },
      {
        name: 'kind',
        label: 'What kind of collaboration was it?',
        hint: 'The closest one. “Partnership” fits most when no other does.',
        required: true,
        max: 40,
        terms: collaborationTypes,
      },
      ...CLOSING,
    ],
  },
} as const satisfies Record<string, ProposalForm>;

export interface ProposalForm {
  title: string;
  intro: string;
  labels: readonly string[];
  issueTitle: (answers: Answers) => string;
  questions: readonly Question[];
}

export type ProposalKind = keyof typeof PROPOSAL_FORMS;

export type Answers = Record<string, string>;

/**
 * The label a curator adds to a "Propose a page" issue to have its page written and a pull request opened
 * (.github/workflows/proposal-accepted.yml, which names it too).
 */
export const ACCEPTED_LABEL = 'accepted';

/** Every label the forms' issues carry, and the curators' one: the repository must have them (npm run github:labels). */
export function proposalLabels(): string[] {
  return [...new Set([...Object.values(PROPOSAL_FORMS).flatMap((form) => form.labels), ACCEPTED_LABEL])];
}

/** The box a proposer ticks, and the field the form sends it in. */
export const LICENCE_FIELD = 'licence';

/** A problem with one answer, said to the person who wrote it. */
export interface AnswerProblem {
  /** The question's name, or the licence field. */
  field: string;
  message: string;
}

/** The longest a whole proposal may be, in characters: every answer at its longest, and no more. */
export const PROPOSAL_MAX_CHARACTERS = 25_000;

/**
 * Every problem with a proposal's answers, question by question, in words: missing answers, lengths, choices,
 * addresses, and the characters a page may not hold (the content checker's rule). An empty list means it may be
 * filed.
 */
export function proposalProblems(kind: ProposalKind, answers: Answers, licenceAgreed: boolean): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const question of PROPOSAL_FORMS[kind].questions as readonly Question[]) {
    const answer = (answers[question.name] ?? '').trim();
    const say = (message: string) => problems.push({ field: question.name, message });
    if (!answer) {
      if (question.required) say(question.terms ? `Choose an answer to “${question.label}”.` : `Answer “${question.label}”.`);
      continue;
    }
    const invisible = invisibleCharacterProblem(answer);
    if (invisible) {
      say(`Your answer ${invisible.message}`);
      continue;
    }
    if (!question.long && /[\r\n]/.test(answer)) {
      say('Write this answer on one line.');
      continue;
    }
    if (question.terms) {
      if (!question.terms.some((term) => term.value === answer)) say(`Choose one of the answers listed for “${question.label}”.`);
      continue;
    }
    if (answer.length > question.max) {
      say(`Shorten your answer to at most ${question.max} characters; it has ${answer.length}.`);
      continue;
    }
    if (question.min !== undefined && answer.length < question.min) {
      say(`Write at least ${question.min} characters; your answer has ${answer.length}.`);
      continue;
    }
    const problem = question.check?.(answer);
    if (problem) say(problem);
  }
  if (!licenceAgreed) {
    problems.push({
      field: LICENCE_FIELD,
      message:
        'Tick the box to agree that your words are published under the handbook’s licence; without it they cannot be used.',
    });
  }
  return problems;
}

/** The marker that opens every issue the endpoint files, naming its form: how the curators' command knows it. */
export const ISSUE_MARKER = 'handbook-proposal';

/** A fence of `~` longer than any run of `~` in the text, so no answer can close its block early. */
function fence(text: string): string {
  const longest = Math.max(0, ...(text.match(/~+/g) ?? []).map((run) => run.length));
  return '~'.repeat(Math.max(3, longest + 1));
}

/**
 * The GitHub issue a proposal becomes. Every answer is shown as a block of plain text in a fence no answer can
 * close, so nothing a stranger writes is read as Markdown: no links, no pictures, no mentions of people or teams.
 */
export function proposalIssue(
  kind: ProposalKind,
  answers: Answers,
  { day, form }: { day: string; form: string },
): { title: string; body: string; labels: string[] } {
  const definition = PROPOSAL_FORMS[kind];
  const parts = [
    `<!-- ${ISSUE_MARKER}: ${kind} -->`,
    `Sent through the handbook’s form “${definition.title}” (${form}) on ${day}.`,
  ];
  for (const question of definition.questions as readonly Question[]) {
    const answer = (answers[question.name] ?? '').trim();
    const shown = question.terms ? (question.terms.find((t) => t.value === answer)?.label ?? answer) : answer;
    const value = question.terms && answer ? `${shown} (${answer})` : shown || 'No answer.';
    const f = fence(value);
    parts.push(`### ${question.label}\n\n${f}text\n${value}\n${f}`);
  }
  parts.push(`### Licence\n\nThe proposer agreed that their words are published under the handbook’s licence (CC BY-SA 4.0).`);
  const title = definition.issueTitle(answers).replace(/\s+/g, ' ').trim().slice(0, 200);
  return { title, body: parts.join('\n\n'), labels: [...definition.labels] };
}

/**
 * A proposal read back from its issue: its form and its answers, or undefined for an issue the form did not file.
 * The answers are read in the order the form wrote them, each block from the end of the one before, so no answer
 * can pass for another's.
 */
export function readProposalIssue(written: string): { kind: ProposalKind; answers: Answers } | undefined {
  // GitHub keeps an issue edited in its web page with Windows line ends.
  const body = written.replace(/\r\n/g, '\n');
  const marker = new RegExp(`^<!-- ${ISSUE_MARKER}: (\\w+) -->\n`).exec(body);
  const kind = marker?.[1];
  if (!kind || !Object.hasOwn(PROPOSAL_FORMS, kind)) return undefined;
  const answers: Answers = {};
  let at = body.indexOf('\n\n### ');
  for (const question of PROPOSAL_FORMS[kind as ProposalKind].questions as readonly Question[]) {
    const block = new RegExp(`^\\n\\n### ${escapeRegExp(question.label)}\\n\\n(~{3,})text\\n`).exec(body.slice(at));
    if (!block) return undefined;
    const start = at + block[0].length;
    const close = body.indexOf(`\n${block[1]}`, start - 1);
    if (close < 0) return undefined;
    const value = body.slice(start, close);
    at = close + 1 + block[1]!.length;
    if (value === 'No answer.') continue;
    // A choice is shown as "Label (value)": the value is what the page needs.
    answers[question.name] = question.terms ? (/\(([a-z0-9-]+)\)$/.exec(value)?.[1] ?? value) : value;
  }
  return { kind: kind as ProposalKind, answers };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
