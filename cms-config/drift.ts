/**
 * Compares a page kind's schema with its editor fields, both ways and at every level of nesting, and lists
 * every difference in words: a field on one side only, a different required flag, default, allowed values,
 * number of items, length or number range. `tests/unit/cms-drift.test.ts` runs it on every collection,
 * so the editor can never offer a page the site would reject, nor miss a field the site needs.
 *
 * The schema is read through zod's JSON Schema export (`z.toJSONSchema`), which spells out each rule.
 */
import type { CmsField } from 'decap-cms-core';
import { z } from 'astro/zod';

/** The parts of a JSON Schema the handbook's schemas use. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  default?: unknown;
  /** Set on a link to another page: the collection it points into (see `refWithCollection`). */
  collection?: string;
}

/** A stand-in for Astro's `reference()` that the JSON Schema export can see: text, marked with its collection. */
export function refWithCollection(collection: string) {
  return z.string().meta({ collection });
}

/** A schema as JSON Schema, with the fields a contributor must fill in marked required (defaults make a field optional). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if ((zodSchema as { _zod: { def: { type: string } } })._zod.def.type === 'date') {
        jsonSchema.type = 'string';
        jsonSchema.format = 'date';
      }
    },
  }) as JsonSchema;
}

type Field = CmsField & Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every difference between a group of schema fields and a group of editor fields. */
export function compareFields(
  schema: JsonSchema,
  fields: readonly CmsField[],
  options: { path?: string; ignore?: string[] } = {},
): string[] {
  const path = options.path ?? '';
  const ignore = options.ignore ?? [];
  const properties = schema.properties ?? {};
  const byName = new Map(fields.map((field) => [field.name, field as Field]));
  const problems: string[] = [];
  for (const name of Object.keys(properties)) {
    if (!byName.has(name)) problems.push(`${path}${name}: in the schema but not in the editor`);
  }
  for (const name of byName.keys()) {
    if (!(name in properties) && !ignore.includes(name)) problems.push(`${path}${name}: in the editor but not in the schema`);
  }
  for (const [name, property] of Object.entries(properties)) {
    const field = byName.get(name);
    if (field) problems.push(...compareField(property, field, (schema.required ?? []).includes(name), `${path}${name}`));
  }
  return problems;
}

function compareField(schema: JsonSchema, field: Field, required: boolean, path: string): string[] {
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${path}: ${what}`);
  if ((field.required !== false) !== required)
    say(`required is ${field.required !== false} in the editor, ${required} in the schema`);
  const newPageToday = field.widget === 'datetime' && field.default === '{{now}}';
  if ('default' in schema ? !same(field.default, schema.default) : field.default !== undefined && !newPageToday) {
    say(`default is ${JSON.stringify(field.default)} in the editor, ${JSON.stringify(schema.default)} in the schema`);
  }
  const widget = field.widget ?? 'string';
  const expectWidget = (...names: string[]) => {
    if (!names.includes(String(widget))) say(`the editor uses the ${widget} widget, expected ${names.join(' or ')}`);
  };

  if (schema.type === 'array') {
    if (field.min !== schema.minItems)
      say(`at least ${String(field.min)} items in the editor, ${String(schema.minItems)} in the schema`);
    if (field.max !== schema.maxItems)
      say(`at most ${String(field.max)} items in the editor, ${String(schema.maxItems)} in the schema`);
    const items = schema.items ?? {};
    if (items.enum) {
      expectWidget('select');
      if (field.multiple !== true) say('the editor should allow choosing several values (multiple: true)');
      problems.push(...compareOptions(items.enum, field, path));
    } else if (items.collection) {
      expectWidget('relation');
      if (field.multiple !== true) say('the editor should allow choosing several pages (multiple: true)');
      if (field.collection !== items.collection)
        say(`links to ${String(field.collection)} in the editor, ${items.collection} in the schema`);
    } else if (items.type === 'object') {
      expectWidget('list');
      problems.push(...compareFields(items, (field.fields as CmsField[] | undefined) ?? [], { path: `${path}[].` }));
    } else {
      expectWidget('list');
      const item = field.field as Field | undefined;
      if (!item) say('the editor should have one `field` for the items');
      else problems.push(...compareValue(items, item, `${path}[]`));
    }
  } else if (schema.type === 'object') {
    expectWidget('object');
    problems.push(...compareFields(schema, (field.fields as CmsField[] | undefined) ?? [], { path: `${path}.` }));
  } else {
    problems.push(...compareValue(schema, field, path));
  }
  return problems;
}

/** A single value: text, number, true/false, a date, one of a list. */
function compareValue(schema: JsonSchema, field: Field, path: string): string[] {
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${path}: ${what}`);
  const widget = String(field.widget ?? 'string');
  if (schema.enum) {
    if (widget !== 'select') say(`the editor uses the ${widget} widget, expected select`);
    if (field.multiple) say('the editor allows several values, the schema one');
    problems.push(...compareOptions(schema.enum, field, path));
  } else if (schema.type === 'string' && schema.format === 'date') {
    if (widget !== 'datetime' || field.format !== 'YYYY-MM-DD' || field.time_format !== false)
      say('the editor should use a date field written YYYY-MM-DD (datetime, format YYYY-MM-DD, time_format false)');
  } else if (schema.type === 'string') {
    if (widget !== 'string' && widget !== 'text') say(`the editor uses the ${widget} widget, expected string or text`);
    problems.push(...compareTextRule(schema, field, path));
  } else if (schema.type === 'integer' || schema.type === 'number') {
    if (widget !== 'number') say(`the editor uses the ${widget} widget, expected number`);
    if ((field.value_type === 'int') !== (schema.type === 'integer')) say('whole numbers only on one side (value_type: int)');
    if (field.min !== schema.minimum) say(`minimum ${String(field.min)} in the editor, ${String(schema.minimum)} in the schema`);
    if (field.max !== schema.maximum) say(`maximum ${String(field.max)} in the editor, ${String(schema.maximum)} in the schema`);
  } else if (schema.type === 'boolean') {
    if (widget !== 'boolean') say(`the editor uses the ${widget} widget, expected boolean`);
  } else {
    say(`the schema's type ${String(schema.type)} has no editor counterpart in this comparison`);
  }
  return problems;
}

function compareOptions(values: unknown[], field: Field, path: string): string[] {
  const options = ((field.options as ({ value: unknown } | string)[] | undefined) ?? []).map((o) =>
    typeof o === 'string' ? o : o.value,
  );
  return same(options, values)
    ? []
    : [`${path}: options ${JSON.stringify(options)} in the editor, ${JSON.stringify(values)} in the schema`];
}

/** Web addresses the schema accepts and rejects, to try the editor's rule on. */
const ADDRESSES = {
  good: ['https://example.org', 'http://example.org/reports/2021.pdf', 'https://www.example.org.uk/a?b=c#d'],
  bad: ['example.org', 'www.example.org', 'ftp://example.org/file', 'https://', 'https:// example.org', 'a web page'],
};

/** The editor's `pattern` must let through exactly the lengths the schema allows (ignoring spaces at either end). */
function compareTextRule(schema: JsonSchema, field: Field, path: string): string[] {
  const pattern = field.pattern as [string, string] | undefined;
  const hasRule = schema.minLength !== undefined || schema.maxLength !== undefined || schema.format !== undefined;
  if (!hasRule) return pattern ? [`${path}: the editor has a pattern the schema does not`] : [];
  if (!pattern) return [`${path}: the schema limits this text but the editor has no pattern`];
  const rule = new RegExp(pattern[0]);
  const wrong: string[] = [];
  if (schema.format === 'uri') {
    for (const good of ADDRESSES.good) if (!rule.test(good)) wrong.push(`rejects ${good}`);
    for (const bad of ADDRESSES.bad) if (rule.test(bad)) wrong.push(`accepts ${bad}`);
  } else {
    const min = schema.minLength ?? 0;
    const max = schema.maxLength ?? 100_000;
    const text = (n: number) => 'x'.repeat(n);
    if (!rule.test(text(min))) wrong.push(`rejects ${min} characters`);
    if (!rule.test(text(max))) wrong.push(`rejects ${max} characters`);
    if (!rule.test(`  ${text(min)}\n`)) wrong.push('rejects text with spaces at either end');
    if (!rule.test(`${text(Math.max(1, min - 2))}\n\n${text(1)}`) && min + 1 <= max)
      wrong.push('rejects text over several lines');
    if (min > 0 && rule.test(text(min - 1))) wrong.push(`accepts ${min - 1} characters`);
    if (rule.test(text(max + 1))) wrong.push(`accepts ${max + 1} characters`);
    if (rule.test(' '.repeat(min + 2))) wrong.push('accepts only spaces');
  }
  return wrong.length > 0 ? [`${path}: the editor's pattern ${wrong.join(', ')}`] : [];
}

/**
 * The data Decap gives a new page before the contributor types anything: each field's default, lists of
 * groups as one empty group, as createEmptyDraftData in decap-cms-core's actions/entries.js; a date that
 * defaults to `{{now}}` becomes today's date, as the datetime widget does when it first shows.
 */
export function cmsDefaults(fields: readonly CmsField[], today = new Date().toISOString().slice(0, 10)): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields as Field[]) {
    const subfields = (field.fields as CmsField[] | undefined) ?? (field.field ? [field.field as CmsField] : undefined);
    if (subfields) {
      if (field.widget === 'list' && Array.isArray(field.default)) data[field.name] = field.default;
      else {
        const inner = cmsDefaults(subfields, today);
        const empty = Object.keys(inner).length === 0;
        if (!empty) data[field.name] = field.widget === 'list' ? [inner] : inner;
      }
    } else if (field.default !== undefined) {
      data[field.name] = field.default === '{{now}}' ? today : field.default;
    }
  }
  return data;
}
