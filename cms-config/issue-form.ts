/**
 * The GitHub issue form for proposing a case study without the editor (.github/ISSUE_TEMPLATE/case-study.yml),
 * built from the editor's case-study fields: the same fields, labels, hints and allowed values, so the
 * form cannot drift from the editor, which cannot drift from the schema (tests/unit/cms-drift.test.ts).
 * `tests/unit/issue-form.test.ts` checks the committed files equal what this builds; after changing a
 * case-study field, run `npm run test:unit -- -u` to write them again.
 */
import type { CmsField } from 'decap-cms-core';
import { site } from '../src/site.config';
import { questions, type Term } from '../src/lib/vocabulary';
import { BODY_EDITOR_HINT, fieldsByCollection } from './collections';

type Field = CmsField & Record<string, unknown>;

interface FormElement {
  type: 'markdown' | 'input' | 'textarea' | 'dropdown';
  id?: string;
  attributes: Record<string, unknown>;
  validations?: { required: boolean };
}

function describe(field: Field, extra?: string): string {
  const rule = (field.pattern as [string, string] | undefined)?.[1];
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

/** A dropdown of a vocabulary's labels; the curator turns each label back into its value. */
function dropdown(field: Field, id: string, terms: readonly Term[], multiple: boolean): FormElement {
  const def = field.default;
  const index = typeof def === 'string' ? terms.findIndex((t) => t.value === def) : -1;
  return element('dropdown', id, String(field.label), describe(field), field.required !== false, {
    multiple,
    options: terms.map((t) => t.label),
    ...(index >= 0 ? { default: index } : {}),
  });
}

function termsOf(field: Field): Term[] {
  return ((field.options as Term[] | undefined) ?? []).map(({ value, label }) => ({ value, label }));
}

/** The fields of a list of groups, to spell out in a text box: "name, role, …". */
function groupHelp(field: Field): string {
  const parts = ((field.fields as Field[] | undefined) ?? []).map((sub) => {
    const options = sub.options
      ? ` (${termsOf(sub)
          .map((t) => t.label)
          .join(' / ')})`
      : '';
    return `${String(sub.label)}${sub.required === false ? ', optional' : ''}${options}`;
  });
  return `One per line, giving: ${parts.join('; ')}.`;
}

function elementsFor(field: Field, prefix = ''): FormElement[] {
  const id = `${prefix}${field.name}`;
  const required = field.required !== false;
  const label = String(field.label);
  switch (field.widget) {
    case 'select':
      return [dropdown(field, id, termsOf(field), field.multiple === true)];
    case 'relation':
      // The five questions are a fixed list; other pages are named freely, as the curator links them.
      return field.collection === 'questions'
        ? [dropdown(field, id, questions, true)]
        : [element('textarea', id, label, describe(field, 'Give their titles or addresses, one per line.'), required)];
    case 'object':
      return ((field.fields as Field[] | undefined) ?? []).flatMap((sub) => elementsFor(sub, `${id}-`));
    case 'list':
      return [
        element(
          'textarea',
          id,
          label,
          describe(field, field.fields ? groupHelp(field) : 'In this form, write one per line.'),
          required,
        ),
      ];
    case 'text':
      return [element('textarea', id, label, describe(field), required)];
    case 'datetime':
      return [element('input', id, label, describe(field, 'Write it as YYYY-MM-DD, for example 2026-11-25.'), required)];
    case 'string':
    case 'number':
      return [element('input', id, label, describe(field), required)];
    default:
      return [element('textarea', id, label, describe(field), required)];
  }
}

/** The "Propose a case study" issue form, as data for YAML. */
export function caseStudyIssueForm() {
  const fields = fieldsByCollection['case-studies'] as Field[];
  const body: FormElement[] = [
    {
      type: 'markdown',
      attributes: {
        value: [
          'Thank you for proposing a case study. This form asks for the same facts as the online editor',
          `(${site.url}/admin/), which you can use instead. Write in your own words, cite a published source for`,
          'every fact, and leave a field empty rather than guess. A member of the curating cohort will turn your',
          'proposal into a page and may ask you questions here.',
        ].join(' '),
      },
    },
    ...fields.flatMap((field) =>
      field.name === 'body'
        ? [element('textarea', 'body', 'The story', String(field.hint).replace(BODY_EDITOR_HINT, '').trim(), false)]
        : elementsFor(field),
    ),
  ];
  return {
    name: 'Propose a case study',
    description: 'Suggest a real collaboration for the handbook, with its facts and sources. No editor or git needed.',
    title: 'Case study: ',
    labels: ['case study', 'proposal'],
    body,
  };
}

/** The issue chooser's links: the editor, and the guide to contributing. */
export function issueChooserConfig() {
  return {
    blank_issues_enabled: true,
    contact_links: [
      {
        name: 'Edit a page in the online editor',
        url: `${site.url}/admin/`,
        about: 'Fix or add to any page, or start a new one, in your browser: no git needed.',
      },
      {
        name: 'How to contribute',
        url: `${site.url}/guides/how-to-contribute/`,
        about: 'What a good page needs, how to quote sources and how review works.',
      },
    ],
  };
}
