/**
 * Small builders for the editor's fields, so each rule is written once and reads like the schema it mirrors.
 * Every builder returns plain Decap CMS field settings: https://decapcms.org/docs/widgets/
 */
import type { CmsField, CmsFieldBase, CmsFieldList } from 'decap-cms-core';
import type { Term } from '../src/lib/vocabulary';

/** A select's options from a vocabulary: the value stored in the file and the label the contributor sees. */
export function optionsOf(list: readonly Term[]): { value: string; label: string }[] {
  return list.map(({ value, label }) => ({ value, label }));
}

/**
 * A Decap `pattern` that allows between `min` and `max` characters once spaces at either end are ignored,
 * as the schema's `z.string().trim().min(min).max(max)` does. Decap shows `message` under the field as
 * soon as the text breaks the rule, before saving. (Decap's string and text widgets have no length
 * options of their own, only `pattern`.)
 */
export function lengthRule(min: number, max: number, message: string): [string, string] {
  if (min < 2) throw new Error('lengthRule needs min >= 2: the pattern names a first and a last character.');
  return [`^\\s*\\S[\\s\\S]{${min - 2},${max - 2}}\\S\\s*$`, message];
}

/** "between 30 and 320 characters", for messages. */
export function between(min: number, max: number): string {
  return `between ${min} and ${max} characters`;
}

/**
 * A web address the schema accepts: `z.url({ protocol: /^https?$/ })` wants a full http(s) address
 * with a host name, and no user name before "@" (which would hide the real destination).
 */
export const WEB_ADDRESS_RULE: [string, string] = [
  '^https?://[^\\s/?#@]+\\.[^\\s/?#@]+(?:[/?#]\\S*)?$',
  'Write the full web address, starting with https:// (copy it from the browser’s address bar).',
];

/** A whole year such as 2021: the schema's `z.number().int().min(1900).max(2100)`. */
export function yearField(name: string, label: string, hint: string, required: boolean): CmsField {
  return { name, label, widget: 'number', value_type: 'int', min: 1900, max: 2100, required, hint };
}

/** A list of other handbook pages, chosen by title and stored as their ids (file names). */
export function pagesField(
  name: string,
  label: string,
  collection: string,
  hint: string,
  options: { min?: number; required: boolean },
): CmsField {
  return {
    name,
    label,
    widget: 'relation',
    collection,
    // The stored value is the page's id, its file name: the way pages name each other in the schema.
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
    multiple: true,
    required: options.required,
    ...(options.min === undefined ? { default: [] } : { min: options.min }),
    hint,
  };
}

/**
 * A list of one text per item: outcomes, lessons, prompts. Without a summary Decap labels every collapsed item
 * with the field's label ("Lesson", "Lesson", …); this one shows the start of the item's own text instead
 * (Decap's list `summary`: https://decapcms.org/docs/widgets/#list).
 */
export function textList(list: CmsFieldBase & Omit<CmsFieldList, 'widget' | 'field' | 'summary'>, item: CmsField): CmsField {
  return { ...list, widget: 'list', summary: `{{fields.${item.name} | truncate(100)}}`, field: item };
}
