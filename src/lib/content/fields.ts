/**
 * How a frontmatter field is described: once, here and in `page-kinds.ts`, with everything each reader of it
 * needs. The site's schemas (`schemas.ts`), the editor's fields (`cms-config/collections.ts`), the GitHub issue
 * forms (`cms-config/issue-form.ts`) and the open data's codebook (`open-data.ts`) are all generated from these
 * descriptions, so a field cannot say one thing to the editor and another to the build.
 */
import type { Term } from './vocabulary';

/** What every field has. */
interface Described {
  /** The key written in the frontmatter. */
  name: string;
  /** What the field holds, in one line: the schema's documentation and the codebook's description. */
  about: string;
  /** The field's name in the editor and the issue forms. */
  label: string;
  /** How to fill it in, shown under the field in the editor and the forms. */
  hint?: string;
  /** Kept by the curating cohort (review dates and owners): the issue forms do not ask a proposer for it. */
  curators?: boolean;
}

/** A rule across the parts of a group that one field cannot state (an end year after the start year). */
export interface GroupRule {
  test: (value: Record<string, unknown>) => boolean;
  /** Said to the contributor when the rule is broken. */
  message: string;
  /** The part the message is about, when it is one part. */
  field?: string;
}

/** A pattern a text must match, with what to tell the contributor when it does not. */
export interface TextPattern {
  /** Written as a string so the editor (Decap's `pattern`) and the schema read the same rule. */
  source: string;
  message: string;
}

export type Field = Described &
  (
    | {
        type: 'text';
        min: number;
        max: number;
        /** A box of several lines rather than one line. */
        long?: boolean;
        /** Set in running text (titles, summaries): straight quotes become curly, "--" a dash, as in the body. */
        smart?: boolean;
        /** A stricter form the text must take (a GitHub name, say); the lengths still apply. */
        pattern?: TextPattern;
        /** What is said when the length is wrong. */
        message: string;
        optional?: boolean;
      }
    | { type: 'url'; optional?: boolean }
    | { type: 'number'; min: number; max: number; default?: number; optional?: boolean }
    | {
        type: 'date';
        optional?: boolean;
        /** A new page in the editor starts with the day it was written. */
        today?: boolean;
      }
    | { type: 'boolean'; default: boolean }
    | { type: 'choice'; terms: readonly Term[]; default?: string }
    | { type: 'choices'; terms: readonly Term[]; min?: number }
    | {
        type: 'pages';
        /** The page kind named (a key of PAGE_KINDS; checked when page-kinds.ts loads). */
        collection: string;
        min?: number;
      }
    | {
        type: 'texts';
        singular: string;
        item: { name: string; label: string; min: number; max: number; message: string };
        min?: number;
      }
    | { type: 'group'; fields: readonly Field[]; rule?: GroupRule }
    | {
        type: 'groups';
        singular: string;
        fields: readonly Field[];
        min?: number;
        summary: string;
        /** A rule across the whole list (one lead organisation). */
        rule?: GroupRule;
        /** A rule each entry of the list keeps (a source with an address says when it was read). */
        eachRule?: GroupRule;
      }
  );

/** Oldest and newest dates a date field may hold: the handbook began in 2026; older means a typo. */
export const DATE_RANGE = { min: new Date('2020-01-01'), max: new Date('2100-01-01') } as const;

/** Years a source or a collaboration may give. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

/**
 * A full web address with a host name, and no user name before "@" (which would hide where it really goes).
 * Only `https://` and `http://`: a source is a page anyone can open.
 */
// https only: a reader's browser warns on an http address, and nearly every site serves https.
export const WEB_ADDRESS: TextPattern = {
  source: '^https://[^\\s/?#@]+\\.[^\\s/?#@]+(?:[/?#]\\S*)?$',
  message: 'Write the full web address, starting with https:// (copy it from the browser’s address bar).',
};

/** "between 30 and 320 characters", for messages. */
export function between(min: number, max: number): string {
  return `between ${min} and ${max} characters`;
}

/** Whether a contributor must fill the field in: it has no default and may not be left out. */
export function isRequired(field: Field): boolean {
  switch (field.type) {
    case 'boolean':
      return false;
    case 'choice':
      return field.default === undefined;
    case 'number':
      return field.default === undefined && !field.optional;
    case 'choices':
    case 'pages':
    case 'texts':
    case 'groups':
      return (field.min ?? 0) > 0;
    case 'group':
      return true;
    default:
      return !field.optional;
  }
}

/** The value a page gets when it leaves the field out, if it gets one. */
export function defaultOf(field: Field): unknown {
  switch (field.type) {
    case 'boolean':
    case 'choice':
    case 'number':
      return field.default;
    case 'choices':
    case 'pages':
    case 'texts':
    case 'groups':
      return (field.min ?? 0) > 0 ? undefined : [];
    default:
      return undefined;
  }
}
