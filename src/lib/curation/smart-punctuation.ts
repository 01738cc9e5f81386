/**
 * Curly quotes, dashes and ellipses in a title or summary, by the same rule as the page text: Sätteri's
 * `smartPunctuation`, which the build compiles every page body with (MDX_FEATURES in mdx-tree.ts). A title
 * written `"Nothing about us" -- the rule` reads “Nothing about us” – the rule, as it would in the body.
 *
 * The text is read as one Markdown paragraph with every other piece of Markdown syntax escaped, so a `*`, `<`
 * or `[` in a title stays as written. About 5 µs a text.
 */
import { markdownToHast } from 'satteri';
import { fieldsOf, type CollectionName } from '../content/page-kinds';

interface HastNode {
  type: string;
  value?: string;
  children?: HastNode[];
}

/** ASCII punctuation Markdown gives a meaning to, except what smart punctuation reads: quotes, "-" and ".". */
const SYNTAX = /[!#$%&()*+,/:;<=>?@[\\\]^_`{|}~]/g;

function textOf(node: HastNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

export function smartPunctuation(text: string): string {
  if (!/["'.-]/.test(text)) return text;
  const escaped = text
    .replace(SYNTAX, '\\$&')
    // A line may not start a list or a heading: "- a", "1. a", "---".
    .replace(/^(\s*)(\d+)\./gm, '$1$2\\.')
    .replace(/^(\s*)-/gm, '$1\\-');
  const tree = markdownToHast(escaped, { features: { smartPunctuation: true } }) as unknown as HastNode;
  return textOf(tree).trim() || text;
}

/**
 * A page's data with smart punctuation in the fields that ask for it (`smart: true` in page-kinds.ts). The
 * content loader applies it after the schema, so the editor, which runs the schema in the browser, needs no
 * Markdown parser.
 */
export function withSmartPunctuation<T extends Record<string, unknown>>(collection: CollectionName, data: T): T {
  const out: Record<string, unknown> = { ...data };
  for (const field of fieldsOf(collection))
    if (field.type === 'text' && field.smart && typeof out[field.name] === 'string')
      out[field.name] = smartPunctuation(out[field.name] as string);
  return out as T;
}
