/**
 * A built page read as a browser reads it (parse5, the standard's HTML parser), for checks of the files in dist/
 * that need no browser: its elements in document order, each with its attributes and text.
 */
import { parse } from 'parse5';

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

export interface Element {
  tag: string;
  attribute(name: string): string | undefined;
  /** Its text, with white space collapsed as a reader sees it. */
  text(): string;
  /** The elements inside it, in document order. */
  descendants(): Element[];
  hasClass(name: string): boolean;
}

const textOf = (node: Node): string =>
  node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join('');

function element(node: Node): Element {
  const attribute = (name: string) => node.attrs?.find((a) => a.name === name)?.value;
  return {
    tag: node.nodeName,
    attribute,
    text: () => textOf(node).replace(/\s+/g, ' ').trim(),
    descendants: () => elementsIn(node),
    hasClass: (name) => (attribute('class') ?? '').split(/\s+/).includes(name),
  };
}

function elementsIn(root: Node): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeName.startsWith('#')) continue;
      found.push(element(child));
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** Every element of a page, in document order. */
export function elementsOf(html: string): Element[] {
  return elementsIn(parse(html) as unknown as Node);
}
