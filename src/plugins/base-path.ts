/**
 * Puts the links and pictures of a page's text under the path the site is published at: contributors write
 * `/practices/x/` and `/media/chart.png` wherever the handbook is published, and under GitHub Pages' project
 * address they must become `/handbook/practices/x/`. A Sätteri hast plugin; the base is `BASE` (src/lib/content/routes.ts).
 */
import type { HastPluginDefinition } from 'satteri';
import { BASE, withBase } from '../lib/content/routes';

const ADDRESS_OF = { a: 'href', img: 'src' } as const;

export function basePathAddresses(): HastPluginDefinition {
  return {
    name: 'handbook-base-path',
    element: {
      filter: Object.keys(ADDRESS_OF),
      visit(node, ctx) {
        if (BASE === '/') return;
        const property = ADDRESS_OF[node.tagName as keyof typeof ADDRESS_OF];
        const address = node.properties?.[property];
        if (typeof address === 'string') ctx.setProperty(node, property, withBase(address));
      },
    },
  };
}
