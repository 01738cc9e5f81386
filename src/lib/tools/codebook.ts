/**
 * The codebook of the open data: every column of the CSV files (and every field of the JSON), what it holds,
 * how it is written and the values it may take. It is written from the same plan as the files
 * (src/lib/content/open-data.ts), so it describes exactly what they contain; the descriptions are the fields' own
 * (src/lib/content/page-kinds.ts) and the values and their meanings come from the vocabularies.
 */
import { pageUrl } from '../content/routes';
import { kindHeading } from '../content/page-kinds';
import { LIST_SEPARATOR, NUMBER_PLACEHOLDER, RECORD_KEYS, type DataCollection, type FieldPlan } from '../content/open-data';
import type { Term } from '../content/vocabulary';

export interface CodebookColumn {
  /** The CSV header, with N standing for 1, 2, 3 … in numbered columns. */
  name: string;
  /** What the column holds, from the field's description. */
  description: string;
  /** How a value is written. */
  format: string;
  /** When the cell may be empty, and what a page that says nothing gets. */
  presence: string;
  /** The values allowed, with what each means. */
  values?: readonly Term[];
}

const FORMATS = {
  text: 'Text.',
  number: 'A whole number.',
  boolean: '"true" or "false".',
  date: 'A date, written YYYY-MM-DD.',
  value: 'One of the values below.',
} as const;

function presenceOf(field: FieldPlan, inList: boolean): string {
  if (field.optional) return 'Empty where the page does not say.';
  if (field.defaultValue !== undefined) {
    const value = field.defaultValue;
    if (Array.isArray(value))
      return value.length === 0 ? 'Empty when there are none.' : `"${value.join(LIST_SEPARATOR)}" when the page does not say.`;
    return `"${String(value)}" when the page does not say.`;
  }
  return inList ? 'Always filled for each item there is.' : 'Always filled.';
}

/** Joins a parent's comment and a child's into one description: "Every organisation involved … Its name …". */
function describe(parents: readonly string[], comment: string): string {
  return [...parents, comment].filter(Boolean).join(' ');
}

function entries(plan: readonly FieldPlan[], prefix: string, parents: readonly string[], inList: boolean): CodebookColumn[] {
  return plan.flatMap((field): CodebookColumn[] => {
    const name = `${prefix}${field.key}`;
    const { shape } = field;
    switch (shape.kind) {
      case 'group':
        return entries(shape.fields, `${name}.`, [...parents, field.comment], inList);
      case 'repeated-group':
        return entries(
          shape.fields,
          `${name}.${NUMBER_PLACEHOLDER}.`,
          [...parents, `${field.comment} One group of columns per item, numbered from 1.`],
          true,
        );
      case 'repeated-text':
        return [
          {
            name: `${name}.${NUMBER_PLACEHOLDER}`,
            description: describe(parents, `${field.comment} One column per item, numbered from 1.`),
            format: FORMATS.text,
            presence: 'Empty after the last item.',
          },
        ];
      case 'joined':
        return [
          {
            name,
            description: describe(parents, field.comment),
            format:
              shape.type === 'page'
                ? `The ids of pages among the ${kindHeading(shape.collection).toLowerCase()}, separated by "${LIST_SEPARATOR}". A page's address is ${pageUrl(shape.collection, '<id>')}.`
                : `Values from the list below, separated by "${LIST_SEPARATOR}".`,
            presence: presenceOf(field, inList),
            ...(shape.type === 'value' ? { values: shape.values } : {}),
          },
        ];
      case 'scalar':
        return [
          {
            name,
            description: describe(parents, field.comment),
            format: FORMATS[shape.type],
            presence: presenceOf(field, inList),
            ...(shape.values ? { values: shape.values } : {}),
          },
        ];
    }
  });
}

/** Every column of a collection's CSV, in order. */
export function codebook(plan: readonly FieldPlan[]): CodebookColumn[] {
  const record = RECORD_KEYS.map(({ key, comment }) => ({
    name: key,
    description: comment,
    format: FORMATS.text,
    presence: 'Always filled.',
  }));
  return [...record, ...entries(plan, '', [], false)];
}

/** What each collection's files hold, for the codebook page and the JSON files. */
export const DATASETS: Record<DataCollection, { title: string; record: string }> = {
  'case-studies': {
    title: 'Case studies',
    record: 'One record per case study: a real collaboration, with its facts and sources.',
  },
  practices: {
    title: 'Practices',
    record: 'One record per practice: something organisations can do to collaborate more fairly.',
  },
};
