/**
 * The handbook's open data: every case study and practice as JSON and as CSV, built from the collections at
 * each build, never kept by hand. Both files are laid out by one plan read from the page kind's field descriptions, so a new
 * field appears in the files and in the codebook (src/lib/tools/codebook.ts) without anyone listing it.
 *
 * The CSV is one row per page. Nested facts are spread over columns a spreadsheet can sort and filter:
 * - a group of fields (when a case ran) becomes one column per field: `period.start`, `period.end`;
 * - a list of fixed values or page ids (sectors, related practices) stays in one cell, separated by "; ",
 *   which no value or id can contain;
 * - a list of texts or of groups (outcomes, organisations, sources) becomes numbered columns, as many as the
 *   page with the most needs: `outcomes.1`, `outcomes.2`, `organisations.1.name`, `organisations.1.role` …
 *
 * `readJsonRecords` and `readCsvRows` read the files back into exactly the data they were written from.
 */
import { stringify } from 'csv-stringify/sync';
import { isoDay } from '../core/dates';
import { defaultOf, type Field } from './fields';
import { fieldsOf, type CollectionName } from './page-kinds';
import type { Term } from './vocabulary';

/** The page kinds published as open data. */
export const DATA_COLLECTIONS = ['case-studies', 'practices'] as const;
export type DataCollection = (typeof DATA_COLLECTIONS)[number];

/** What separates the values of a list kept in one CSV cell. */
export const LIST_SEPARATOR = '; ';

/** What a numbered column's number is written as in the codebook. */
export const NUMBER_PLACEHOLDER = 'N';

/** One field of a page kind, as the data files lay it out. */
export interface FieldPlan {
  key: string;
  /** What the field holds: its description's `about`. */
  comment: string;
  /** True when a page may leave it out (it has no default). */
  optional: boolean;
  /** The value a page gets when it leaves the field out. */
  defaultValue?: unknown;
  shape:
    | { kind: 'scalar'; type: 'text' | 'number' | 'boolean' | 'date' | 'value'; values?: readonly Term[] }
    | { kind: 'joined'; type: 'value'; values: readonly Term[] }
    | { kind: 'joined'; type: 'page'; collection: CollectionName }
    | { kind: 'repeated-text' }
    | { kind: 'repeated-group'; fields: FieldPlan[] }
    | { kind: 'group'; fields: FieldPlan[] };
}

/** A page as published: its id and address, then its frontmatter with page references as ids. */
export type DataRecord = { id: string; url: string } & Record<string, unknown>;

/** The two columns every row starts with; they come from the file, not the frontmatter. */
export const RECORD_KEYS = [
  { key: 'id', comment: "The page's id: its file name, which is also the last part of its address." },
  { key: 'url', comment: "The page's address on the handbook's site." },
] as const;

/** How the files lay out one field, from its description. */
function planOf(field: Field): FieldPlan {
  const fallback = defaultOf(field);
  const base = {
    key: field.name,
    comment: field.about,
    optional: 'optional' in field && Boolean(field.optional),
    ...(fallback === undefined ? {} : { defaultValue: fallback }),
  };
  switch (field.type) {
    case 'text':
    case 'url':
      return { ...base, shape: { kind: 'scalar', type: 'text' } };
    case 'number':
    case 'date':
    case 'boolean':
      return { ...base, shape: { kind: 'scalar', type: field.type } };
    case 'choice':
      return { ...base, shape: { kind: 'scalar', type: 'value', values: field.terms } };
    case 'choices':
      return { ...base, shape: { kind: 'joined', type: 'value', values: field.terms } };
    case 'pages':
      return { ...base, shape: { kind: 'joined', type: 'page', collection: field.collection as CollectionName } };
    case 'texts':
      return { ...base, shape: { kind: 'repeated-text' } };
    case 'group':
      return { ...base, shape: { kind: 'group', fields: field.fields.map(planOf) } };
    case 'groups':
      return { ...base, shape: { kind: 'repeated-group', fields: field.fields.map(planOf) } };
  }
}

/** The layout of a page kind's data, from its field descriptions (src/lib/content/page-kinds.ts). */
export function dataPlan(collection: DataCollection): FieldPlan[] {
  return fieldsOf(collection).map(planOf);
}

/** A record's values with dates written as text, ready for JSON. */
function jsonValue(value: unknown): unknown {
  if (value instanceof Date) return isoDay(value);
  if (Array.isArray(value)) return value.map(jsonValue);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, jsonValue(inner)]));
  return value;
}

/** The JSON file: what the data is, its licence and codebook, then one record per page. */
export function toJson(records: readonly DataRecord[], about: Record<string, unknown>): string {
  return `${JSON.stringify({ ...about, records: records.map(jsonValue) }, null, 2)}\n`;
}

/** One CSV column: its header and how to read its cell from a record. */
interface Column {
  name: string;
  cell: (record: Record<string, unknown>) => string;
}

function cellOf(field: FieldPlan, value: unknown): string {
  if (value === undefined || value === null) return '';
  const { shape } = field;
  if (shape.kind === 'joined') return (value as string[]).join(LIST_SEPARATOR);
  if (value instanceof Date) return isoDay(value);
  return String(value);
}

/** The most items any record has in a list field. */
function mostItems(records: readonly Record<string, unknown>[], key: string): number {
  return Math.max(0, ...records.map((record) => ((record[key] as unknown[] | undefined) ?? []).length));
}

function columnsOf(plan: readonly FieldPlan[], records: readonly Record<string, unknown>[], prefix: string): Column[] {
  return plan.flatMap((field): Column[] => {
    const name = `${prefix}${field.key}`;
    const { shape } = field;
    const valueOf = (record: Record<string, unknown>) => record[field.key];
    if (shape.kind === 'group') {
      const inner = records.map((record) => (valueOf(record) ?? {}) as Record<string, unknown>);
      return columnsOf(shape.fields, inner, `${name}.`).map((column) => ({
        name: column.name,
        cell: (record) => column.cell((valueOf(record) ?? {}) as Record<string, unknown>),
      }));
    }
    if (shape.kind === 'repeated-text' || shape.kind === 'repeated-group') {
      const items = (record: Record<string, unknown>) => (valueOf(record) ?? []) as unknown[];
      return Array.from({ length: mostItems(records, field.key) }, (_, index): Column[] => {
        const at = `${name}.${index + 1}`;
        if (shape.kind === 'repeated-text')
          return [{ name: at, cell: (record: Record<string, unknown>) => (items(record)[index] as string | undefined) ?? '' }];
        const all = records.flatMap((record): Record<string, unknown>[] => {
          const item = items(record)[index] as Record<string, unknown> | undefined;
          return item ? [item] : [];
        });
        return columnsOf(shape.fields, all, `${at}.`).map((column) => ({
          name: column.name,
          cell: (record: Record<string, unknown>) => {
            const item = items(record)[index] as Record<string, unknown> | undefined;
            return item ? column.cell(item) : '';
          },
        }));
      }).flat();
    }
    return [{ name, cell: (record) => cellOf(field, valueOf(record)) }];
  });
}

/**
 * The CSV file: a header row, then one row per page. Quoting is left to csv-stringify; the byte order mark
 * lets Excel read the file as UTF-8, so names with accents and curly quotes survive. A cell a spreadsheet would run
 * as a formula (one starting with =, +, -, @, a tab or a carriage return: a contributor's source title
 * `=HYPERLINK(…)`, say) starts with an apostrophe instead, which spreadsheets read as "this is text"
 * (https://owasp.org/www-community/attacks/CSV_Injection).
 */
export function toCsv(records: readonly DataRecord[], plan: readonly FieldPlan[]): string {
  const columns = columnsOf(plan, records, '');
  const rows = records.map((record) => [record.id, record.url, ...columns.map((column) => column.cell(record))]);
  return stringify(rows, {
    header: true,
    columns: [...RECORD_KEYS.map((k) => k.key), ...columns.map((c) => c.name)],
    bom: true,
    record_delimiter: 'unix',
    escape_formulas: true,
  });
}

/** A page's frontmatter as the data files hold it: page references as plain ids. */
export function plainData(plan: readonly FieldPlan[], data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  for (const field of plan)
    if (field.shape.kind === 'joined' && field.shape.type === 'page')
      out[field.key] = ((data[field.key] ?? []) as (string | { id: string })[]).map((ref) =>
        typeof ref === 'string' ? ref : ref.id,
      );
  return out;
}
