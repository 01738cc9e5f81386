/**
 * Markup written once for both the site and the editor's preview (page-frame.ts, content-components.ts), as
 * hast trees: a value a contributor wrote is always a text node or an attribute, which hast-util-to-html
 * escapes when it writes the HTML, so no value can become markup.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { toHtml as hastToHtml } from 'hast-util-to-html';

/** What an element may hold: elements, text (numbers written as text), and nothing for null, undefined or false. */
export type Child = ElementContent | string | number | null | undefined | false | readonly Child[];

/** An element, as `h('p', { className: ['lede'] }, 'Some text', h('a', { href }, 'a link'))`. */
export function h(tagName: string, properties: Properties = {}, ...children: Child[]): Element {
  return { type: 'element', tagName, properties, children: contents(children) };
}

function contents(children: readonly Child[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child === null || child === undefined || child === false) return [];
    if (Array.isArray(child)) return contents(child);
    if (typeof child === 'string' || typeof child === 'number') return [{ type: 'text', value: String(child) }];
    return [child as ElementContent];
  });
}

/**
 * HTML that Astro has already rendered and escaped (a component's slot), to place inside an element.
 * Never give it text a contributor wrote.
 */
export function rendered(html: string): ElementContent {
  return { type: 'raw', value: html } as unknown as ElementContent;
}

/** The HTML of an element (empty for none), for `set:html` on the site and `dangerouslySetInnerHTML` in the preview. */
export function toHtml(node: Element | undefined): string {
  // Raw nodes only ever come from `rendered`; every other value is escaped.
  return node ? hastToHtml(node, { allowDangerousHtml: true }) : '';
}
