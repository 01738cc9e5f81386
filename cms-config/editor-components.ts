/**
 * The handbook's MDX components as Decap editor components, one for each entry of COMPONENT_RULES
 * (src/lib/content/content-components.ts), whose props and labels make the form: a contributor fills it in and the
 * editor writes the MDX. `toBlock` writes one exact form, and `pattern` with `fromBlock` reads that form
 * back, so a component written by the editor survives any number of saves
 * (tests/unit/cms-editor-components.test.ts).
 */
import {
  COMPONENT_RULES,
  CONTENT_COMPONENTS,
  type ContentComponentName,
  type PropRule,
} from '../src/lib/content/content-components';
import { renderPreview } from './render-preview';

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

/** The form field of what goes between the tags. */
const CONTENT = 'text';

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

function wholeNumber(value: unknown): number | undefined {
  const text = String(value ?? '').trim();
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How a prop is written: `name="text"`, `name={2021}`, or one of its values; optional props may be absent. */
function propPattern(name: string, rule: PropRule): string {
  const value = rule.values
    ? `"(${Object.keys(rule.values).map(escapeRegExp).join('|')})"`
    : rule.type === 'number'
      ? '\\{(\\d+)\\}'
      : '"([^"\\n]*)"';
  return rule.required ? ` ${name}=${value}` : `(?: ${name}=${value})?`;
}

/** The prop as written in the block, or nothing for an optional prop without a value. */
function writeProp(name: string, rule: PropRule, value: unknown): string {
  if (rule.values) {
    const values = Object.keys(rule.values);
    return ` ${name}="${values.includes(String(value)) ? String(value) : values[0]}"`;
  }
  if (rule.type === 'number') {
    const number = wholeNumber(value);
    return number === undefined ? '' : ` ${name}={${number}}`;
  }
  const text = toAttribute(String(value ?? ''));
  return text || rule.required ? ` ${name}="${text}"` : '';
}

function propField(name: string, rule: PropRule): ComponentField {
  const field: ComponentField = { name, label: rule.label, widget: 'string', hint: rule.hint };
  if (!rule.required) field.required = false;
  if (rule.values) {
    const options = Object.entries(rule.values).map(([value, label]) => ({ value, label }));
    return { ...field, widget: 'select', options, default: options[0]?.value ?? '' };
  }
  return rule.type === 'number' ? { ...field, widget: 'number' } : field;
}

/**
 * A handbook component as Decap's block editor component, from its rule
 * (https://decapcms.org/docs/custom-widgets/#registereditorcomponent).
 */
export function editorComponent(name: ContentComponentName) {
  const rule = COMPONENT_RULES[name];
  const props = Object.entries(rule.props) as [string, PropRule][];
  const toBlock = (data: ComponentData) => {
    const written = props.map(([prop, propRule]) => writeProp(prop, propRule, data[prop])).join('');
    return `<${name}${written}>\n${inner(data[CONTENT])}\n</${name}>`;
  };
  const fields: ComponentField[] = [
    ...props.map(([prop, propRule]) => propField(prop, propRule)),
    { name: CONTENT, label: rule.content.label, widget: 'text', hint: rule.content.hint },
  ];
  return {
    id: name.toLowerCase(),
    /** The MDX component it writes, from src/components/content/. */
    component: name,
    label: rule.label,
    fields,
    pattern: new RegExp(
      `^<${name}${props.map(([prop, propRule]) => propPattern(prop, propRule)).join('')}>\\n([\\s\\S]*?)\\n<\\/${name}>$`,
      'm',
    ),
    fromBlock: (match: RegExpMatchArray) => {
      const data: ComponentData = {};
      props.forEach(([prop, propRule], i) => {
        const written = match[i + 1];
        data[prop] = propRule.type === 'number' ? wholeNumber(written) : fromAttribute(written ?? '');
      });
      return { ...data, [CONTENT]: match[props.length + 1] ?? '' };
    },
    toBlock,
    toPreview: (data: ComponentData) => renderPreview(toBlock(data)).html,
  };
}

export type HandbookEditorComponent = ReturnType<typeof editorComponent>;

/** Every component a contributor can insert, in the order the editor offers them. */
export const editorComponents: HandbookEditorComponent[] = CONTENT_COMPONENTS.map(editorComponent);
