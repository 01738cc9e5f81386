/**
 * How the editor reads and writes a page file: YAML frontmatter between `---` lines, a blank line, then the
 * MDX body. It replaces Decap's own writer for the `frontmatter` format (registered under that name in
 * `admin.ts`) for two reasons, measured on the handbook's pages (cms-config/README.md):
 *
 * - Decap's writer (the `yaml` package's defaults) folds long lines at 80 characters and writes every list
 *   one item per line, so saving any page unchanged rewrote all 49 files' frontmatter. This writer keeps
 *   the handbook's style: one line per text, `[a, b]` for lists of ids and values.
 * - It reads with js-yaml, the parser Astro builds the site with, so the editor sees what the site sees.
 *
 * Saving never loses anything: whatever this writes reads back (with js-yaml) as the data it was given.
 */
import yaml from 'js-yaml';
import { isoDay } from '../src/lib/core/dates';
import { frontmatterParts } from '../src/lib/core/frontmatter';
import { WORDS } from '../src/lib/core/slug';

type Data = Record<string, unknown>;

/**
 * The frontmatter text of each page read in this session, by its data. When a page is saved with its
 * fields unchanged (an edit to the body only), its frontmatter is written back exactly as it was, so the
 * pull request shows only the lines the contributor changed.
 */
const asRead = new Map<string, string>();

/** The same key for the same data whatever the order of its fields. */
function keyOf(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Reads a page file into its fields plus `body`. */
export function fromFile(content: string): Data {
  const parts = frontmatterParts(content);
  if (!parts) return content.trim() ? { body: content } : {};
  // The core schema keeps dates as text ("2026-11-25"), which is what the editor's date field expects.
  const parsed = yaml.load(parts.yaml, { schema: yaml.CORE_SCHEMA }) ?? {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error('The part between the --- lines at the top of this page is not a list of fields.');
  }
  const data = parsed as Data;
  asRead.set(keyOf(withoutEmptyValues(data)), `${parts.yaml}\n`);
  // The blank line after the closing --- belongs to the file's layout, not to the text.
  const body = parts.rest.startsWith('\n') ? parts.rest.slice(1) : parts.rest.replace(/^\r\n/, '');
  return body.trim() ? { ...data, body } : data;
}

/** A new page's file name (src/lib/core/slug.ts), set when it is first saved (admin.ts); never written into the file. */
export const FILE_NAME = 'fileName';

/** Writes fields and `body` back as a page file; fields come in `sortedKeys` order (the editor's), then any others. */
export function toFile(data: Data, sortedKeys: readonly string[] = []): string {
  const { body, ...fields } = data;
  delete fields[FILE_NAME];
  const asWritten = asRead.get(keyOf(withoutEmptyValues(fields)));
  return asWritten === undefined ? writeFile({ ...fields, body }, sortedKeys) : withBody(asWritten, body);
}

/** The file in the editor's own style, whatever the page's frontmatter looked like when it was read. */
export function writeFile(data: Data, sortedKeys: readonly string[] = []): string {
  const { body, ...fields } = data;
  return withBody(writeYaml(ordered(withoutEmptyValues(fields), sortedKeys)), body);
}

function withBody(frontmatter: string, body: unknown): string {
  const text = typeof body === 'string' ? body : '';
  return text ? `---\n${frontmatter}---\n\n${text}` : `---\n${frontmatter}---\n`;
}

/**
 * Fields without empty values: a field cleared in the editor is left out of the file, as if never filled in,
 * rather than written as `url: ''`, which the schema would reject. Lists stay, even empty ones.
 */
export function withoutEmptyValues(data: Data): Data {
  const result: Data = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) result[key] = value.map((item) => (isMap(item) ? withoutEmptyValues(item) : item));
    else result[key] = isMap(value) ? withoutEmptyValues(value) : value;
  }
  return result;
}

function isMap(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

function ordered(data: Data, sortedKeys: readonly string[]): Data {
  const first = sortedKeys.filter((key) => key in data);
  const rest = Object.keys(data).filter((key) => !sortedKeys.includes(key));
  return Object.fromEntries([...first, ...rest].map((key) => [key, data[key]]));
}

/** A list of ids or vocabulary values ("power", "uk-wide") is written on one line: `[power, impact]`. */
const ID = new RegExp(`^${WORDS}$`);

function writeYaml(data: Data, indent = ''): string {
  let out = '';
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value)) {
      if (value.every((item) => typeof item === 'string' && ID.test(item))) {
        out += `${indent}${key}: [${value.join(', ')}]\n`;
      } else {
        out += `${indent}${key}:\n`;
        for (const item of value) {
          if (isMap(item)) out += `${indent}  - ${writeYaml(item, `${indent}    `).slice(indent.length + 4)}`;
          else out += `${indent}  - ${scalar(item, '- ')}\n`;
        }
      }
    } else if (isMap(value)) {
      out += `${indent}${key}:\n${writeYaml(value, `${indent}  `)}`;
    } else {
      out += `${indent}${key}: ${scalar(value, 'key: ')}\n`;
    }
  }
  return out;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One value as YAML: numbers and true/false as they are; text without quotes when js-yaml reads it back
 * as the same text, otherwise in double quotes. A date (2026-11-25) stays bare, as pages write it.
 */
function scalar(value: unknown, context: 'key: ' | '- '): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDay(value);
  const text = String(value);
  if (DATE.test(text) || readsBackAs(`${context}${text}`, text)) return text;
  return JSON.stringify(text);
}

function readsBackAs(line: string, text: string): boolean {
  if (text.trim() !== text || /[\n\r\t]/.test(text) || text === '') return false;
  try {
    const parsed = yaml.load(line) as unknown;
    const back = Array.isArray(parsed) ? parsed[0] : (parsed as Data | null)?.['key'];
    return back === text && (!Array.isArray(parsed) || parsed.length === 1);
  } catch {
    return false;
  }
}
