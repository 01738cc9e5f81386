/**
 * The components a page may use in its MDX, with the props each accepts: the one definition read by the
 * content guard (src/lib/mdx-guard.ts), the Astro components that build the site (src/components/content/),
 * the editor's buttons (cms-config/editor-components.ts) and its preview (src/lib/render-preview.ts).
 * Anything not listed here is rejected, because a page is written by anyone and read by everyone
 * (see "Content rules" in the README).
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
  /**
   * True when links inside may only go to handbook pages: a box that looks like a notice of the site itself
   * must not send readers to another site (a look-alike sign-in page, say).
   */
  handbookLinksOnly?: boolean;
}

/** The kinds of callout and the label each shows, so the kind is never shown by colour alone. */
export const CALLOUT_LABELS = { note: 'Note', warning: 'Warning' } as const;

export type CalloutType = keyof typeof CALLOUT_LABELS;

export const COMPONENT_RULES = {
  Quote: {
    description: 'a short quotation from a source, with who said it',
    props: {
      source: { description: 'whose words these are', required: true, type: 'text', maxLength: 200 },
      year: { description: 'the year they were said or published', type: 'number' },
    },
    example: '<Quote source="NPC" year={2021}>Short quoted words.</Quote>',
  },
  Callout: {
    description: 'a highlighted note or warning',
    props: {
      type: { description: 'note or warning', required: true, type: 'text', values: Object.keys(CALLOUT_LABELS) },
    },
    example: '<Callout type="warning">Something readers should not miss.</Callout>',
    handbookLinksOnly: true,
  },
} as const satisfies Record<string, ComponentRule>;

export type ContentComponentName = keyof typeof COMPONENT_RULES;

/** The components a page may use, by the name it writes: `<Quote>`, `<Callout>`. */
export const CONTENT_COMPONENTS = Object.keys(COMPONENT_RULES) as ContentComponentName[];

/** The rules of a component, or undefined for a name that is not one. */
export function componentRule(name: string): ComponentRule | undefined {
  return Object.hasOwn(COMPONENT_RULES, name) ? COMPONENT_RULES[name as ContentComponentName] : undefined;
}

export function isCalloutType(value: unknown): value is CalloutType {
  return typeof value === 'string' && Object.hasOwn(CALLOUT_LABELS, value);
}

/** Who said it and when, under a quotation: "NPC, 2021". */
export function quoteCaption(source: string, year?: number): string {
  return year === undefined ? source : `${source}, ${year}`;
}

/**
 * Every problem with the props a component was given (values already read from the page: text, numbers,
 * true/false), in words for the contributor. Unknown props are reported too.
 */
export function propProblems(name: string, props: Record<string, unknown>): string[] {
  const rule = componentRule(name);
  if (!rule) {
    return [
      `<${name}> is not one of the handbook's components. Pages may use ${CONTENT_COMPONENTS.map((c) => `<${c}>`).join(' and ')}.`,
    ];
  }
  const problems: string[] = [];
  for (const [prop, value] of Object.entries(props)) {
    if (value === undefined) continue;
    const propRule = rule.props[prop];
    if (!propRule) {
      problems.push(
        `<${name}> has no prop "${prop}". Its props are: ${Object.keys(rule.props).join(', ')}. Example: ${rule.example}`,
      );
    } else if (propRule.type === 'number' && !Number.isInteger(value)) {
      problems.push(`<${name}> ${prop} must be a whole number written in braces, for example ${prop}={2021}.`);
    } else if (propRule.type === 'text' && typeof value !== 'string') {
      problems.push(`<${name}> ${prop} must be text in quotes, for example ${prop}="…".`);
    } else if (propRule.values && !propRule.values.includes(String(value))) {
      problems.push(`<${name}> ${prop} must be one of: ${propRule.values.map((v) => `${prop}="${v}"`).join(' or ')}.`);
    } else if (propRule.maxLength && String(value).length > propRule.maxLength) {
      problems.push(`<${name}> ${prop} may be at most ${propRule.maxLength} characters.`);
    }
  }
  for (const [prop, propRule] of Object.entries(rule.props)) {
    const value = props[prop];
    if (propRule.required && (value === undefined || (typeof value === 'string' && !value.trim()))) {
      const choices = propRule.values
        ? `: ${propRule.values.map((v) => `${prop}="${v}"`).join(' or ')}`
        : ` (${propRule.description})`;
      problems.unshift(`<${name}> needs a ${prop}${choices}. Example: ${rule.example}`);
    }
  }
  return problems;
}

/** The first problem with a component's props, or undefined when they are fine (for the site and the preview). */
export function componentProblem(name: string, props: Record<string, unknown>): string | undefined {
  return propProblems(name, props)[0];
}

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
