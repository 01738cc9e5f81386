/**
 * The words and rules of the components a page may use in its MDX (`src/components/content/`), shared by the
 * Astro components that build the site and the editor's preview, so the two show the same thing.
 */

/** The components a page may use, by the name it writes: `<Quote>`, `<Callout>`. */
export const CONTENT_COMPONENTS = ['Quote', 'Callout'] as const;

export type ContentComponentName = (typeof CONTENT_COMPONENTS)[number];

/** The kinds of callout and the label each shows, so the kind is never shown by colour alone. */
export const CALLOUT_LABELS = { note: 'Note', warning: 'Warning' } as const;

export type CalloutType = keyof typeof CALLOUT_LABELS;

export function isCalloutType(value: unknown): value is CalloutType {
  return typeof value === 'string' && Object.hasOwn(CALLOUT_LABELS, value);
}

/** Who said it and when, under a quotation: "NPC, 2021". */
export function quoteCaption(source: string, year?: number): string {
  return year === undefined ? source : `${source}, ${year}`;
}

/** Why a component's props cannot be shown, in words for the contributor; undefined when they are fine. */
export function componentProblem(name: string, props: Record<string, unknown>): string | undefined {
  if (name === 'Quote') {
    if (typeof props['source'] !== 'string' || !props['source'].trim())
      return '<Quote> needs a source: whose words these are, for example <Quote source="NPC" year={2021}>.';
    if (props['year'] !== undefined && !Number.isInteger(props['year']))
      return '<Quote> year must be a whole year, for example year={2021}.';
    return undefined;
  }
  if (name === 'Callout') {
    if (!isCalloutType(props['type']))
      return `<Callout> needs a type: ${Object.keys(CALLOUT_LABELS)
        .map((t) => `type="${t}"`)
        .join(' or ')}.`;
    return undefined;
  }
  return `<${name}> is not one of the handbook's components. Pages may use ${CONTENT_COMPONENTS.map((c) => `<${c}>`).join(' and ')}.`;
}
