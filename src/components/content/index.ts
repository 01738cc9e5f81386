/**
 * The components a page may use in its MDX, and the only ones: every page template renders its content
 * with this map (`<Content components={contentComponents} />`), so a name not listed here fails the build.
 * The editor offers the same components (cms-config/editor-components.ts) and its preview renders them
 * (src/lib/render-preview.ts).
 */
import Callout from './Callout.astro';
import Quote from './Quote.astro';

export const contentComponents = { Quote, Callout };
