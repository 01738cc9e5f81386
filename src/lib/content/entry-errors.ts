/**
 * Frontmatter checks that speak to contributors, not developers.
 *
 * Astro's own schema error names the collection and a zod path; a contributor editing a page in the
 * browser needs the file, the field, what they wrote, what is allowed and a likely fix. This module runs
 * the same schemas and rewrites each zod issue into that shape. The build (through the content loader
 * in `src/content.config.ts`) and the unit tests both call it, so the messages are tested as written.
 */
import { z } from 'astro/zod';
import { isoDay } from '../core/dates';
import type { Field } from './fields';
import { fieldsOf, PAGE_KINDS, type CollectionName } from './page-kinds';
import { makeSchemas } from './schemas';
import { nearest } from '../core/nearest';

export interface EntryProblem {
  /** The content file, relative to the project, e.g. `content/practices/invest-in-coordination.mdx`. */
  file: string;
  /** The frontmatter field in dotted form, e.g. `organisations[1].name`; empty for the page as a whole. */
  field: string;
  /** What is wrong and how to fix it, in plain English. */
  message: string;
  /** The top-level frontmatter key the problem is written under, to point at its line. */
  at: string;
}

/** The ids of the pages in each collection, to check the pages a page names. */
export type KnownIds = Record<CollectionName, ReadonlySet<string>>;

/** "case study", for sentences. */
const kindName = (collection: CollectionName) => PAGE_KINDS[collection].label.toLowerCase();

/** A link to another page is its id; when the ids are known, the id must be one of them. */
function checkedRef(known: KnownIds | undefined) {
  return (collection: CollectionName) =>
    z.string().superRefine((id, ctx) => {
      const ids = known?.[collection];
      if (!ids || ids.has(id)) return;
      const guess = nearest(id, ids);
      ctx.addIssue({
        code: 'custom',
        message:
          `there is no ${kindName(collection)} page called "${id}" (a file content/${collection}/${id}.mdx).` +
          (guess ? ` Did you mean "${guess}"?` : ` Existing ones: ${[...ids].sort().join(', ')}.`),
      });
    });
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    '',
  );
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'a date that does not exist' : isoDay(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (one "- item" per line)',
  object: 'a group of fields',
  date: 'a date written YYYY-MM-DD',
};

function sizeWord(origin: string, n: number | bigint): string {
  const count = Number(n);
  if (origin === 'string') return `${count} character${count === 1 ? '' : 's'}`;
  if (origin === 'array' || origin === 'set') return `${count} item${count === 1 ? '' : 's'}`;
  if (origin === 'date') return isoDay(new Date(count));
  return String(count);
}

/** One zod issue as a sentence a contributor can act on. */
function explain(issue: z.core.$ZodIssue, kind: CollectionName, allowedFields: readonly string[]): string {
  const given = 'input' in issue ? describeValue(issue.input) : undefined;
  if ('input' in issue && issue.input === undefined && issue.code !== 'custom') {
    return `is missing. Every ${kindName(kind)} page needs it: add a line "${String(issue.path.at(-1) ?? '')}: …" to the frontmatter.`;
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'date') return `should be ${TYPE_WORDS['date']}, for example 2026-11-25.`;
      return `should be ${TYPE_WORDS[issue.expected] ?? issue.expected}, but it is ${given}.`;
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const guess = typeof issue.input === 'string' ? nearest(issue.input, allowed) : undefined;
      return `${given} is not one of the allowed values. Allowed: ${allowed.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`;
    }
    case 'too_small':
      if (issue.origin === 'array' && Number(issue.minimum) === 1) return 'needs at least one item.';
      return `is too ${issue.origin === 'string' ? 'short' : 'small'} (${given}): it needs at least ${sizeWord(issue.origin, issue.minimum)}.`;
    case 'too_big':
      return `is too ${issue.origin === 'string' ? 'long' : 'big'}: it may have at most ${sizeWord(issue.origin, issue.maximum)}.`;
    case 'invalid_format':
      // A field's own pattern (src/lib/content/page-kinds.ts) says what it wants.
      if (issue.format === 'regex') return `${given} is not in the form this field needs. ${issue.message}`;
      return `${given} is not in the expected format (${issue.format}).`;
    case 'unrecognized_keys':
      return issue.keys
        .map((key) => {
          const guess = nearest(key, allowedFields);
          return `"${key}" is not a field a ${kindName(kind)} page has${guess ? `; did you mean "${guess}"?` : '.'} Fields allowed here: ${allowedFields.join(', ')}.`;
        })
        .join(' ');
    case 'custom':
      return issue.message;
    default:
      return `${issue.message}${given ? ` (given: ${given})` : ''}.`;
  }
}

/** The fields allowed at a path, for "not a field" messages; walks through groups and lists of groups. */
function fieldsAt(fields: readonly Field[], path: readonly PropertyKey[]): string[] {
  let here = fields;
  for (const key of path) {
    if (typeof key === 'number') continue;
    const field = here.find((f) => f.name === key);
    if (!field || (field.type !== 'group' && field.type !== 'groups')) return [];
    here = field.fields;
  }
  return here.map((f) => f.name);
}

/**
 * Every problem in one page's frontmatter, or an empty list when it is valid.
 * `known` holds the ids of existing pages; without it, links to other pages are not checked.
 */
export function checkFrontmatter(kind: CollectionName, data: unknown, file: string, known?: KnownIds): EntryProblem[] {
  return readFrontmatter(kind, data, file, known).problems;
}

/** A page's fields as the schema gives them (defaults filled in, links to pages as ids), when they are valid. */
export type PageFields = z.output<ReturnType<typeof makeSchemas<z.ZodString>>[CollectionName]>;

/** Schemas already built, by the set of known ids their links are checked against (`NO_IDS` for none). */
const built = new WeakMap<object, ReturnType<typeof makeSchemas<z.ZodString>>>();
const NO_IDS = {};

/**
 * The schemas, built once for each set of known ids: building them takes far longer than reading a page with
 * them (about 15 ms against 10 µs), and a build reads 10,000 pages.
 */
function schemasFor(known: KnownIds | undefined) {
  const key = known ?? NO_IDS;
  let schemas = built.get(key);
  if (!schemas) built.set(key, (schemas = makeSchemas(checkedRef(known))));
  return schemas;
}

/** One page's frontmatter read by its schema: its fields when valid, otherwise every problem. */
export function readFrontmatter(
  kind: CollectionName,
  data: unknown,
  file: string,
  known?: KnownIds,
): { problems: EntryProblem[]; fields?: PageFields } {
  const result = schemasFor(known)[kind].safeParse(data, { reportInput: true });
  if (result.success) return { problems: [], fields: result.data };
  // One problem per unknown field, so that each can be pointed at on its own line.
  const issues = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.keys.length > 1 ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue],
  );
  const problems = issues.map((issue) => ({
    file,
    field: fieldName(issue.path),
    message: explain(issue, kind, fieldsAt(fieldsOf(kind), issue.path)),
    at: String(issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : '')),
  }));
  return { problems };
}

/** The problems of one or more files as one message, grouped by file, ending with how to fix them. */
export function formatProblems(problems: readonly EntryProblem[]): string {
  const byFile = new Map<string, EntryProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(
      `${file}: ${list.length} problem${list.length === 1 ? '' : 's'} in the frontmatter (the part between the --- lines at the top)`,
    );
    for (const p of list) lines.push(p.field ? `  - field "${p.field}": ${p.message}` : `  - ${p.message}`);
  }
  lines.push('Fix the fields named above and save; the allowed values are listed in src/lib/content/vocabulary.ts.');
  return lines.join('\n');
}
