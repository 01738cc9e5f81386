/**
 * The GitHub issue forms (.github/ISSUE_TEMPLATE/) and the issue chooser's links, built from code so they
 * cannot drift from what they describe:
 * - "Propose a case study" and "Propose a practice" ask for the fields of that page kind, from the same
 *   descriptions as the schema and the editor (src/lib/content/page-kinds.ts): the same labels, hints, rules and
 *   allowed values, leaving out the review fields that curators keep;
 * - "Report an inaccuracy" has the field every page's link fills in with the page's address (REPORT_FORM in
 *   src/lib/wiki/edit-links.ts);
 * - "Request a page" offers the page kinds contributors write.
 * `tests/unit/issue-form.test.ts` checks the committed files equal what this builds; after changing a field,
 * run `npm run test:unit -- -u` to write them again. `npm run lint:github` checks them against GitHub's rules.
 */
import { LICENCE_AGREEMENT, LICENCE_GRANT } from '../src/lib/content/licence';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryUrl, site } from '../src/site.config';
import { CONTENT_DIR, idOf } from '../src/lib/content/content-files.node.ts';
import { REPORT_FORM } from '../src/lib/wiki/edit-links';
import { defaultOf, isRequired, WEB_ADDRESS, type Field } from '../src/lib/content/fields';
import { splitFrontmatter } from '../src/lib/core/frontmatter';
import { COLLECTIONS, PAGE_KINDS, type CollectionName } from '../src/lib/content/page-kinds';
import { pageUrl, UNLISTED } from '../src/lib/content/routes';
import type { Term } from '../src/lib/content/vocabulary';

/** The online editor on the published site. */
const EDITOR = new URL(UNLISTED.editor, site.url).href;

export interface FormElement {
  type: 'markdown' | 'input' | 'textarea' | 'dropdown' | 'checkboxes';
  id?: string;
  attributes: Record<string, unknown>;
  validations?: { required: boolean };
}

/** What a field's form element says under its label: the hint, the rule on length or form, and anything else. */
function describe(field: Field, extra?: string): string {
  const rule =
    field.type === 'text' ? (field.pattern?.message ?? field.message) : field.type === 'url' ? WEB_ADDRESS.message : '';
  return [field.hint, rule, extra].filter(Boolean).join(' ');
}

function element(
  type: FormElement['type'],
  id: string,
  label: string,
  description: string,
  required: boolean,
  more: object = {},
): FormElement {
  return { type, id, attributes: { label, description, ...more }, validations: { required } };
}

/** The licence a proposer grants, said and agreed to at the end of every form that takes their text. */
function licenceAgreement(): FormElement {
  // A checkbox is required through its option, not through `validations` (GitHub's form syntax).
  return {
    type: 'checkboxes',
    id: 'licence',
    attributes: { label: 'Licence', description: LICENCE_GRANT, options: [{ label: LICENCE_AGREEMENT, required: true }] },
  };
}

/** A dropdown of a vocabulary's labels; the curator turns each label back into its value. */
function dropdown(field: Field, id: string, terms: readonly Term[], multiple: boolean): FormElement {
  const fallback = defaultOf(field);
  const index = typeof fallback === 'string' ? terms.findIndex((t) => t.value === fallback) : -1;
  return element('dropdown', id, field.label, describe(field), isRequired(field), {
    multiple,
    options: terms.map((t) => t.label),
    ...(index >= 0 ? { default: index } : {}),
  });
}

/** The fields of a list of groups, to spell out in a text box: "name, role, …". */
function groupHelp(fields: readonly Field[]): string {
  const parts = fields.map((sub) => {
    const options = sub.type === 'choice' ? ` (${sub.terms.map((t) => t.label).join(' / ')})` : '';
    return `${sub.label}${isRequired(sub) ? '' : ', optional'}${options}`;
  });
  return `One per line, giving: ${parts.join('; ')}.`;
}

/** The five questions, by their titles in content/questions/, in their order. */
function questionTerms(): Term[] {
  const dir = join(process.cwd(), CONTENT_DIR, 'questions');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const data = splitFrontmatter(readFileSync(join(dir, name), 'utf8')).data as { title: string; order: number };
      return { value: idOf(name), label: data.title, order: data.order };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ value, label }) => ({ value, label }));
}

function elementsFor(field: Field, prefix = ''): FormElement[] {
  const id = `${prefix}${field.name}`;
  const required = isRequired(field);
  switch (field.type) {
    case 'choice':
    case 'choices':
      return [dropdown(field, id, field.terms, field.type === 'choices')];
    case 'pages':
      // The five questions are a fixed list; other pages are named freely, as the curator links them.
      return field.collection === 'questions'
        ? [dropdown(field, id, questionTerms(), true)]
        : [element('textarea', id, field.label, describe(field, 'Give their titles or addresses, one per line.'), required)];
    case 'group':
      return field.fields.flatMap((sub) => elementsFor(sub, `${id}-`));
    case 'groups':
      return [element('textarea', id, field.label, describe(field, groupHelp(field.fields)), required)];
    case 'texts':
      return [element('textarea', id, field.label, describe(field, 'In this form, write one per line.'), required)];
    case 'date':
      return [element('input', id, field.label, describe(field, 'Write it as YYYY-MM-DD, for example 2026-11-25.'), required)];
    case 'text':
      return [element(field.long ? 'textarea' : 'input', id, field.label, describe(field), required)];
    default:
      return [element('input', id, field.label, describe(field), required)];
  }
}

/** An issue form, as data for YAML: https://docs.github.com/en/communities/using-templates-to-encourage-useful-issues-and-pull-requests/syntax-for-issue-forms */
export interface IssueForm {
  name: string;
  description: string;
  title: string;
  labels: string[];
  body: FormElement[];
}

/** The page kinds a contributor may propose through a form of the editor's fields, and how each form reads. */
const PROPOSALS = {
  'case-studies': {
    name: 'Propose a case study',
    description: 'Suggest a real collaboration for the handbook, with its facts and sources. No editor or git needed.',
    title: 'Case study: ',
    labels: ['case study', 'proposal'],
    noun: 'a case study',
    bodyLabel: 'The story',
  },
  practices: {
    name: 'Propose a practice',
    description: 'Suggest something partners can do to share power more fairly, with its sources. No editor or git needed.',
    title: 'Practice: ',
    labels: ['practice', 'proposal'],
    noun: 'a practice',
    bodyLabel: 'The practice: why it matters for equity and how to start',
  },
} satisfies Partial<Record<CollectionName, { noun: string; bodyLabel: string } & Omit<IssueForm, 'body'>>>;

export type ProposalKind = keyof typeof PROPOSALS;

/** The "Propose a …" issue form of a page kind: the editor's fields of that kind, in the editor's order. */
export function proposalForm(kind: ProposalKind): IssueForm {
  const { noun, bodyLabel, ...form } = PROPOSALS[kind];
  const fields = PAGE_KINDS[kind].fields.filter((field: Field) => !field.curators);
  const body: FormElement[] = [
    {
      type: 'markdown',
      attributes: {
        value: [
          `Thank you for proposing ${noun}. This form asks for the same facts as the online editor`,
          `(${EDITOR}), which you can use instead. Write in your own words, cite a published source for`,
          'every fact, and leave a field empty rather than guess. A member of the curating cohort will turn your',
          'proposal into a page and may ask you questions here.',
        ].join(' '),
      },
    },
    ...fields.flatMap((field) => elementsFor(field)),
    element('textarea', 'body', bodyLabel, PAGE_KINDS[kind].body, false),
    licenceAgreement(),
  ];
  return { ...form, labels: [...form.labels], body };
}

/** "Report an inaccuracy": linked from every page, which fills in its own address (REPORT_FORM.pageField). */
export function reportInaccuracyForm(): IssueForm {
  return {
    name: 'Report an inaccuracy',
    description: 'Tell the curating cohort about a mistake on a page: a wrong fact, an out-of-date detail, a broken link.',
    title: 'Inaccuracy: ',
    labels: ['inaccuracy'],
    body: [
      {
        type: 'markdown',
        attributes: {
          value: [
            'Thank you for telling us. A member of the curating cohort checks the page against its sources and',
            'corrects it, or asks you here what would help. A page can only state what a published source supports,',
            'so a source for the correction makes it quick to fix. To fix the page yourself, use its "Edit this page" link.',
          ].join(' '),
        },
      },
      element(
        'input',
        REPORT_FORM.pageField,
        'Page address',
        'The address of the page. The link on each page fills it in.',
        true,
      ),
      element(
        'textarea',
        'problem',
        'What is wrong',
        'Quote or describe the words that are wrong, out of date or missing.',
        true,
      ),
      element('textarea', 'correction', 'What it should say', 'The correct fact or wording, if you know it.', false),
      element(
        'textarea',
        'source',
        'Source for the correction',
        'A published source that supports the correction: its title, publisher, year and web address.',
        false,
      ),
      element(
        'textarea',
        'connection',
        'Your connection to the page',
        'If you work for or with an organisation the page describes, say so: reviewers take it into account.',
        false,
      ),
      licenceAgreement(),
    ],
  };
}

/** "Request a page": a page someone would like the handbook to have, of one of the kinds contributors write. */
export function requestPageForm(): IssueForm {
  // The five questions are a fixed set; every other kind of page can be asked for.
  const kinds = COLLECTIONS.filter((c) => c !== 'questions').map((c) => PAGE_KINDS[c].label);
  return {
    name: 'Request a page',
    description: 'Ask for a practice, case study or guide the handbook does not have yet. Someone else may write it.',
    title: 'Page request: ',
    labels: ['page request'],
    body: [
      {
        type: 'markdown',
        attributes: {
          value: [
            'Tell us what is missing. Search the handbook first, in case a page covers it under another name.',
            'If you would like to write the page yourself, propose it with the practice or case study form, or in the editor.',
          ].join(' '),
        },
      },
      element(
        'dropdown',
        'kind',
        'Kind of page',
        'A practice is something to do; a case study is a real collaboration; a guide explains.',
        true,
        {
          options: kinds,
        },
      ),
      element(
        'input',
        'topic',
        'What the page should cover',
        'In a few words, for example "Sharing overheads fairly in a consortium".',
        true,
      ),
      element(
        'textarea',
        'why',
        'Who it would help, and how',
        'Who would read it, and what they cannot find in the handbook today.',
        true,
      ),
      element(
        'textarea',
        'sources',
        'Sources you know of',
        'Published reports, articles or web pages the page could draw on, with their addresses.',
        false,
      ),
    ],
  };
}

/** Every issue form, by its file name in .github/ISSUE_TEMPLATE/. */
export function issueForms(): Record<string, IssueForm> {
  return {
    'case-study.yml': proposalForm('case-studies'),
    'practice.yml': proposalForm('practices'),
    [REPORT_FORM.file]: reportInaccuracyForm(),
    'request-page.yml': requestPageForm(),
  };
}

/** The issue chooser's links: the editor, and the guide to contributing. */
export function issueChooserConfig() {
  return {
    blank_issues_enabled: true,
    contact_links: [
      {
        name: 'Edit a page in the online editor',
        url: EDITOR,
        about: 'Fix or add to any page, or start a new one, in your browser: no git needed.',
      },
      {
        name: 'How to contribute',
        url: new URL(pageUrl('guides', 'how-to-contribute'), site.url).href,
        about: 'What a good page needs, how to quote sources and how review works.',
      },
      {
        name: 'Report a security problem privately',
        url: `${repositoryUrl}/security/advisories/new`,
        about:
          'Something that could harm readers or contributors: tell the maintainers privately, not in a public issue (SECURITY.md).',
      },
    ],
  };
}

/** A page's fields and text read back from an issue filed with its "Propose a …" form (`readProposalForm`). */
export interface ProposedPage {
  data: Record<string, unknown>;
  body: string;
}

/**
 * The answers of an issue filed with a "Propose a …" form, by the element they answer. GitHub writes each answer
 * under its label as a heading (`### Label`), in the form's order, and "_No response_" for none. The headings are
 * found from the last back to the first, each before the one after it, so an answer that contains the heading of
 * another question cannot stand in for it.
 */
function answersOf(form: IssueForm, issueBody: string): Map<string, string> {
  const text = issueBody.replace(/\r\n/g, '\n');
  const answers = new Map<string, string>();
  let end = text.length;
  const elements = form.body.filter((e) => e.id && e.type !== 'markdown' && e.type !== 'checkboxes');
  for (const element of [...elements].reverse()) {
    const heading = `### ${String(element.attributes['label'])}\n`;
    const at = text.lastIndexOf(heading, end - heading.length);
    if (at < 0) continue;
    const value = text.slice(at + heading.length, end).trim();
    answers.set(element.id!, value === '_No response_' ? '' : value);
    end = at;
  }
  return answers;
}

/** Values from labels, in a dropdown's answer: labels may hold commas, so each is matched whole, longest first. */
function termValues(answer: string, terms: readonly Term[]): string[] {
  const byLength = [...terms].sort((a, b) => b.label.length - a.label.length);
  const found: string[] = [];
  let rest = answer;
  while (rest.trim()) {
    rest = rest.replace(/^[\s,]+/, '');
    const term = byLength.find((t) => rest.startsWith(t.label));
    if (!term) break;
    found.push(term.value);
    rest = rest.slice(term.label.length);
  }
  return found;
}

function fieldValue(field: Field, answer: string): unknown {
  switch (field.type) {
    case 'choice':
      return termValues(answer, field.terms)[0];
    case 'choices':
      return termValues(answer, field.terms);
    case 'pages':
      return field.collection === 'questions'
        ? termValues(answer, questionTerms())
        : [...answer.matchAll(new RegExp(`/${field.collection}/([a-z0-9-]+)/?`, 'g'))].map((m) => m[1]);
    case 'texts':
      return answer
        .split('\n')
        .map((line) => line.replace(/^[-*]\s+/, '').trim())
        .filter(Boolean);
    case 'groups':
      return answer
        .split('\n')
        .map((line) => line.replace(/^[-*]\s+/, '').trim())
        .filter(Boolean)
        .map((line) => {
          const parts = line.split(';').map((part) => part.trim());
          const group: Record<string, unknown> = {};
          field.fields.forEach((sub, i) => {
            const value = parts[i] ? fieldValue(sub, parts[i]) : undefined;
            if (value !== undefined && value !== '') group[sub.name] = value;
          });
          return group;
        });
    case 'number':
      return /^\d+$/.test(answer) ? Number(answer) : answer || undefined;
    case 'boolean':
      return /^(yes|true|y)$/i.test(answer);
    default:
      return answer || undefined;
  }
}

/**
 * The page an issue filed with the "Propose a …" form of `kind` describes: each answer turned back into its field's
 * value (labels into the vocabulary's values, lines into lists, "a; b; c" into a group's parts), and the page text.
 * What cannot be read is left out, and the content checker then says what is missing.
 */
export function readProposalForm(kind: ProposalKind, issueBody: string): ProposedPage {
  const form = proposalForm(kind);
  const answers = answersOf(form, issueBody);
  const data: Record<string, unknown> = {};
  for (const field of PAGE_KINDS[kind].fields.filter((f: Field) => !f.curators)) {
    if (field.type === 'group') {
      const group: Record<string, unknown> = {};
      for (const sub of field.fields) {
        const value = fieldValue(sub, answers.get(`${field.name}-${sub.name}`) ?? '');
        if (value !== undefined && value !== '') group[sub.name] = value;
      }
      data[field.name] = group;
      continue;
    }
    const answer = answers.get(field.name) ?? '';
    const value = fieldValue(field, answer);
    if (value !== undefined && !(Array.isArray(value) && value.length === 0 && !answer)) data[field.name] = value;
  }
  return { data, body: answers.get('body') ?? '' };
}
