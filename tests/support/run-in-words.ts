/**
 * Finds words that run into a link or other inline element on a built page ("or see<a>why it is hard</a>"),
 * which every reader sees and no other test notices. Reads the HTML with a real parser (parse5) and compares
 * the last character before an inline element's boundary with the first after it.
 */
import { parse } from 'parse5';

/** Elements that sit inside a line of text. `sup` is left out: a footnote mark follows its word directly. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'time',
  'u',
  'var',
]);
/** Elements whose text is not running prose. */
const SKIP = new Set(['pre', 'script', 'style', 'template', 'textarea', 'svg', 'head']);

/** A character that ends a word or a clause, and one that starts a word. */
const ENDS = /[\p{L}\p{N};,:.!?)]/u;
const STARTS = /[\p{L}\p{N}]/u;

interface Node {
  nodeName: string;
  value?: string;
  childNodes?: Node[];
}

function textOf(node: Node): string {
  return node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join('');
}

/** Each place in the page where a word runs into its neighbour, as "…before|after…". */
export function runInWords(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (SKIP.has(node.nodeName)) return;
    const children = (node.childNodes ?? []).filter((child) => child.nodeName !== '#comment');
    for (let i = 0; i + 1 < children.length; i++) {
      const [before, after] = [children[i]!, children[i + 1]!];
      const inline = (n: Node) => n.nodeName === '#text' || INLINE.has(n.nodeName);
      if (!inline(before) || !inline(after) || (before.nodeName === '#text' && after.nodeName === '#text')) continue;
      const [a, b] = [textOf(before), textOf(after)];
      if (a && b && ENDS.test(a.at(-1)!) && STARTS.test(b[0]!)) found.push(`${a.slice(-30)}|${b.slice(0, 30)}`);
    }
    children.forEach(visit);
  };
  visit(parse(html) as unknown as Node);
  return found;
}
