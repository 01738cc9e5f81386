/**
 * Markup written once for the site, the editor's preview and the case explorer's script (page-frame.ts,
 * content-components.ts), as hast trees: a value a contributor wrote is always a text node or an attribute,
 * escaped when written as HTML and set as text or attribute in the DOM, so no value can become markup.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { toHtml as hastToHtml } from 'hast-util-to-html';

/** What an element may hold: elements, text (numbers written as text), and nothing for null, undefined or false. */
export type Child = ElementContent | string | number | null | undefined | false | readonly Child[];

/** An element, as `h('p', { className: ['lede'] }, 'Some text', h('a', { href }, 'a link'))`. */
export function h(tagName: string, properties: Properties = {}, ...children: Child[]): Element {
  const contents = (child: Child): ElementContent[] => {
    if (child === null || child === undefined || child === false) return [];
    if (Array.isArray(child)) return child.flatMap(contents);
    return typeof child === 'object' ? [child as ElementContent] : [{ type: 'text', value: String(child) }];
  };
  return { type: 'element', tagName, properties, children: children.flatMap(contents) };
}

/** HTML the handbook's own code has written and escaped (an Astro slot, a review notice); never a contributor's text. */
export function rendered(html: string): ElementContent {
  return { type: 'raw', value: html } as unknown as ElementContent;
}

/** The HTML of an element (empty for none), for `set:html` on the site and `dangerouslySetInnerHTML` in the preview. */
export function toHtml(node: Element | undefined): string {
  // Raw nodes only ever come from `rendered`; every other value is escaped.
  return node ? hastToHtml(node, { allowDangerousHtml: true }) : '';
}

/** hast's property names as attributes: className → class, ariaLabel → aria-label, tabIndex → tabindex. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  return /^(?:aria|data)[A-Z]/.test(property) ? property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) : property.toLowerCase();
}

/** The DOM nodes of an element, for a page's own script (without hast-util-to-html, which it does not need). */
export function toDom(node: ElementContent): Node {
  if (node.type !== 'element') return document.createTextNode(node.type === 'text' ? node.value : '');
  const element = document.createElement(node.tagName);
  for (const [property, value] of Object.entries(node.properties)) {
    if (value === undefined || value === null || value === false) continue;
    element.setAttribute(attributeName(property), Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value));
  }
  element.append(...node.children.map(toDom));
  return element;
}
