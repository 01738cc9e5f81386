/**
 * The components a page may use in its MDX, with the props each accepts: the allow-list the content
 * guard enforces. Anything else in a page (other components, HTML, code) is rejected, because a page
 * is written by anyone and read by everyone (see DESIGN.md, "Community MDX is untrusted input").
 *
 * The components themselves live in src/components/content/; a test keeps the two lists equal.
 */

export interface PropRule {
  /** What the prop is for, for error messages and the contributor guide. */
  description: string;
  required?: boolean;
  /** Text, or a whole number written as a plain literal. */
  type: 'text' | 'number';
  /** The only values allowed, where the prop is a choice. */
  values?: readonly string[];
  /** Longest text allowed. */
  maxLength?: number;
}

export interface ComponentRule {
  /** What the component is for. */
  description: string;
  props: Record<string, PropRule>;
  /** An example a contributor can copy. */
  example: string;
}

export const CONTENT_COMPONENTS: Record<string, ComponentRule> = {
  Quote: {
    description: 'a short quotation from a source, with who said it',
    props: {
      source: { description: 'who said or wrote it', required: true, type: 'text', maxLength: 200 },
      year: { description: 'the year it was said or published', type: 'number' },
    },
    example: '<Quote source="NPC, Rethinking collaboration" year={2021}>Short quoted words.</Quote>',
  },
  Callout: {
    description: 'a highlighted note or warning',
    props: {
      type: { description: 'note or warning', type: 'text', values: ['note', 'warning'] },
    },
    example: '<Callout type="warning">Something readers should not miss.</Callout>',
  },
};

/**
 * Plain HTML elements that are harmless and have no Markdown form. Only the attributes listed may be
 * used on them; everything else is written in Markdown.
 */
export const SAFE_HTML: Record<string, readonly string[]> = {
  abbr: ['title'],
  br: [],
  sub: [],
  sup: [],
  kbd: [],
  mark: [],
  small: [],
  details: ['open'],
  summary: [],
  dl: [],
  dt: [],
  dd: [],
};
