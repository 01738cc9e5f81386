/**
 * The editor's collections, generated from the page kinds and their field descriptions (src/lib/content/page-kinds.ts):
 * one collection per page kind, one editor field per frontmatter field, in the same order (the order the editor
 * writes them to the file). What may be written in a field (lengths, allowed values, how many items) comes from
 * the same description as the site's schema, so the editor flags a mistake under the field before saving.
 * Decap's field settings: https://decapcms.org/docs/widgets/
 */
import { LICENCE_GRANT } from '../src/lib/content/licence';
import type { CmsCollection, CmsField } from 'decap-cms-core';
import { defaultOf, isRequired, WEB_ADDRESS, type Field } from '../src/lib/content/fields';
import { COLLECTIONS, PAGE_KINDS, type CollectionName } from '../src/lib/content/page-kinds';
import { pageUrl } from '../src/lib/content/routes';
import { FILE_NAME } from './frontmatter-format';
import type { Term } from '../src/lib/content/vocabulary';

/**
 * A Decap `pattern` that allows between `min` and `max` characters once spaces at either end are ignored,
 * as the schema's `z.string().trim().min(min).max(max)` does. Decap's string and text widgets have no length
 * options of their own, only `pattern`, shown under the field as soon as the text breaks it.
 */
export function lengthRule(min: number, max: number, message: string): [string, string] {
  if (min < 1) throw new Error('lengthRule needs min >= 1.');
  return [min === 1 ? `^\\s*\\S(?:[\\s\\S]{0,${max - 2}}\\S)?\\s*$` : `^\\s*\\S[\\s\\S]{${min - 2},${max - 2}}\\S\\s*$`, message];
}

/** A select's options from a vocabulary: the value stored in the file and the label the contributor sees. */
function optionsOf(terms: readonly Term[]): { value: string; label: string }[] {
  return terms.map(({ value, label }) => ({ value, label }));
}

/** Dates are written as pages write them, YYYY-MM-DD, with no time. */
const DATE = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false } as const;

/** The widget and rules of one field, without its name, label, hint and required flag. */
function widgetOf(field: Field): Record<string, unknown> {
  switch (field.type) {
    case 'text':
      return {
        widget: field.long ? 'text' : 'string',
        pattern: field.pattern ? [field.pattern.source, field.pattern.message] : lengthRule(field.min, field.max, field.message),
      };
    case 'url':
      return { widget: 'string', pattern: [WEB_ADDRESS.source, WEB_ADDRESS.message] };
    case 'number':
      return { widget: 'number', value_type: 'int', min: field.min, max: field.max };
    case 'date':
      // A new page starts with today's date; curators change it when they check the page against its sources.
      return { ...DATE, ...(field.today ? { default: '{{now}}' } : {}) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'choice':
      return { widget: 'select', options: optionsOf(field.terms) };
    case 'choices':
      return { widget: 'select', multiple: true, options: optionsOf(field.terms) };
    case 'pages':
      return {
        widget: 'relation',
        collection: field.collection,
        // The stored value is the page's id, its file name: the way pages name each other in the schema.
        value_field: '{{slug}}',
        search_fields: ['title'],
        display_fields: ['title'],
        multiple: true,
      };
    case 'texts': {
      const { item } = field;
      return {
        widget: 'list',
        label_singular: field.singular,
        // Without a summary Decap labels every collapsed item "Lesson", "Lesson", …: show the start of its text.
        summary: `{{fields.${item.name} | truncate(100)}}`,
        field: { name: item.name, label: item.label, widget: 'text', pattern: lengthRule(item.min, item.max, item.message) },
      };
    }
    case 'group':
      return { widget: 'object', fields: field.fields.map(editorField) };
    case 'groups':
      return { widget: 'list', label_singular: field.singular, summary: field.summary, fields: field.fields.map(editorField) };
  }
}

/** One editor field from its description. */
export function editorField(field: Field): CmsField {
  const required = isRequired(field);
  const fallback = defaultOf(field);
  const min = 'min' in field && ['choices', 'pages', 'texts', 'groups'].includes(field.type) ? field.min : undefined;
  return {
    name: field.name,
    label: field.label,
    ...widgetOf(field),
    ...(required ? {} : { required: false }),
    ...(min ? { min } : {}),
    ...(fallback === undefined ? {} : { default: fallback }),
    ...(field.hint ? { hint: field.hint } : {}),
  } as CmsField;
}

/**
 * The page text is edited as written, in the handbook's own widget (body-widget.ts, registered under this
 * name): Decap's markdown widget rewrites pages in rich-text mode and cannot insert components in raw mode.
 */
export const BODY_WIDGET = 'mdx';

/** What every page text hint adds about the editor itself. */
export const BODY_EDITOR_HINT =
  'Insert a quotation or a callout with the buttons above the text. The preview shows the page as it will look.';

/** The editor's fields of a page kind, the page text last. */
export function editorFields(collection: CollectionName): CmsField[] {
  const body = { name: 'body', label: 'Page text', widget: BODY_WIDGET, required: false };
  return [
    ...PAGE_KINDS[collection].fields.map(editorField),
    // Cast: Decap's field types list only its own widget names.
    { ...body, hint: `${PAGE_KINDS[collection].body} ${BODY_EDITOR_HINT}` } as CmsField,
  ];
}

/** One editor collection per page kind: a folder of MDX files named by page id. */
export function collections(): CmsCollection[] {
  return COLLECTIONS.map((name) => ({
    name,
    label: PAGE_KINDS[name].plural,
    label_singular: PAGE_KINDS[name].label,
    // Shown at the top of the collection in the editor: what the pages are, and the licence a contributor grants.
    description: `${PAGE_KINDS[name].description} ${LICENCE_GRANT}`,
    folder: `content/${name}`,
    // MDX files need both: Decap cannot guess a format from the .mdx extension.
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    // Removing a page breaks the links to it, so pages are removed by a curator in a pull request, not here.
    delete: false,
    // The file name, and so the page address, comes from the title by the site's rule: "Pay fairly" is pay-fairly.mdx.
    slug: `{{fields.${FILE_NAME}}}`,
    identifier_field: 'title',
    summary: '{{title}}',
    sortable_fields: ['title', 'lastReviewed'],
    preview_path: pageUrl(name, '{{slug}}'),
    fields: editorFields(name),
  }));
}
