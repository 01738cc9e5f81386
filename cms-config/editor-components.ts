/**
 * The handbook's MDX components (src/components/content/) as Decap editor components: a contributor fills
 * in a small form and the editor writes the MDX. `toBlock` writes one exact form, and `pattern` with
 * `fromBlock` reads that form back, so a component written by the editor survives any number of saves
 * (tests/unit/cms-editor-components.test.ts).
 */
import { CALLOUT_LABELS, type CalloutType, type ContentComponentName } from '../src/lib/content-components';
import { renderPreview } from '../src/lib/render-preview';

/** A field of an editor component's form. The same shape as a Decap field, limited to what these use. */
export interface ComponentField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'number' | 'select';
  hint?: string;
  required?: boolean;
  options?: { value: string; label: string }[];
  default?: string;
}

export type ComponentData = Record<string, string | number | undefined>;

/** Decap's block editor component (https://decapcms.org/docs/custom-widgets/#registereditorcomponent). */
export interface HandbookEditorComponent {
  id: string;
  /** The MDX component it writes, from src/components/content/. */
  component: ContentComponentName;
  label: string;
  fields: ComponentField[];
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => ComponentData;
  toBlock: (data: ComponentData) => string;
  toPreview: (data: ComponentData) => string;
}

/** Text inside a JSX attribute: MDX reads `&quot;` and `&amp;` back as `"` and `&`; a line break becomes a space. */
function toAttribute(value: string): string {
  return value.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function fromAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The words inside a component, without blank lines at either end, which MDX ignores anyway. */
function inner(value: unknown): string {
  return String(value ?? '')
    .replace(/^\s*\n|\n\s*$/g, '')
    .trimEnd();
}

function year(value: unknown): number | undefined {
  const text = String(value ?? '').trim();
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

export const quote: HandbookEditorComponent = {
  id: 'quote',
  component: 'Quote',
  label: 'Quotation',
  fields: [
    {
      name: 'text',
      label: 'Quoted words',
      widget: 'text',
      hint: 'The exact words, fewer than 12. Do not add quotation marks: the page shows the words as a quotation.',
    },
    {
      name: 'source',
      label: 'Whose words',
      widget: 'string',
      hint: 'The person, organisation or report the words come from, for example "NPC".',
    },
    { name: 'year', label: 'Year', widget: 'number', required: false, hint: 'The year the words were published, if known.' },
  ],
  pattern: /^<Quote source="([^"\n]*)"(?: year=\{(\d+)\})?>\n([\s\S]*?)\n<\/Quote>$/m,
  fromBlock: (match) => ({ source: fromAttribute(match[1] ?? ''), year: year(match[2]), text: match[3] ?? '' }),
  toBlock: (data) => {
    const when = year(data['year']);
    const attributes = `source="${toAttribute(String(data['source'] ?? ''))}"${when === undefined ? '' : ` year={${when}}`}`;
    return `<Quote ${attributes}>\n${inner(data['text'])}\n</Quote>`;
  },
  toPreview: (data) => renderPreview(quote.toBlock(data)).html,
};

export const callout: HandbookEditorComponent = {
  id: 'callout',
  component: 'Callout',
  label: 'Callout',
  fields: [
    {
      name: 'type',
      label: 'Kind',
      widget: 'select',
      options: (Object.keys(CALLOUT_LABELS) as CalloutType[]).map((value) => ({ value, label: CALLOUT_LABELS[value] })),
      default: 'note',
      hint: 'A note for something useful to know, a warning for something that could go wrong.',
    },
    { name: 'text', label: 'Text', widget: 'text', hint: 'What the reader should not miss. Markdown works here.' },
  ],
  pattern: /^<Callout type="(note|warning)">\n([\s\S]*?)\n<\/Callout>$/m,
  fromBlock: (match) => ({ type: match[1] ?? 'note', text: match[2] ?? '' }),
  toBlock: (data) => `<Callout type="${data['type'] === 'warning' ? 'warning' : 'note'}">\n${inner(data['text'])}\n</Callout>`,
  toPreview: (data) => renderPreview(callout.toBlock(data)).html,
};

/** Every component a contributor can insert, in the order the editor offers them. */
export const editorComponents: HandbookEditorComponent[] = [quote, callout];
