/**
 * The components a page may use in its MDX, and the only ones: every page template renders its content
 * with this map (`<Content components={contentComponents} />`), so a name not listed here fails the build.
 * The editor offers the same components (cms-config/editor-components.ts) and its preview renders them
 * (cms-config/render-preview.ts).
 */
import type { ContentComponentName } from '../../lib/content/content-components';
import Callout from './Callout.astro';
import Law from './Law.astro';
import Quote from './Quote.astro';

// `satisfies` keeps this map and the list in src/lib/content/content-components.ts (which the editor uses) the same.
export const contentComponents = { Quote, Callout, Law } satisfies Record<ContentComponentName, unknown>;
