/**
 * The components a page may use in its MDX, with the props each accepts, its markup and its form in the
 * editor: the one definition read by the content guard (src/lib/check/mdx-guard.ts), the Astro components that
 * build the site (src/components/content/), the editor's buttons (cms-config/editor-components.ts) and its
 * preview (cms-config/render-preview.ts). Anything not listed here is rejected, because a page is written by
 * anyone and read by everyone (see "Content rules" in the README).
 */
import type { Element, ElementContent } from 'hast';
import { checkedProblem, checkedText, LEGAL_ADVICE_GUIDE, nationsText, officialSourceProblem, readNations } from './law';
import { h, rendered, toHtml } from '../core/markup';
import { pageUrl } from './routes';

export interface PropRule {
  /** What the prop is for, for error messages and the contributor guide. */
  description: string;
  /** Its field in the editor's form: label, and help shown under it. */
  label: string;
  hint: string;
  required?: boolean;
  /** Text, or a whole number written as a plain literal. */
  type: 'text' | 'number';
  /** The only values allowed, where the prop is a choice, each with its label in the editor. */
  values?: Readonly<Record<string, string>>;
  /** Longest text allowed. */
  maxLength?: number;
  /** A rule the text must meet beyond its length: the problem in words, or undefined when it is met. */
  check?: (value: string) => string | undefined;
}

export interface ComponentRule {
  /** What the component is for. */
  description: string;
  /** Its name in the editor, whose button reads "Insert " and this in lower case. */
  label: string;
  props: Record<string, PropRule>;
  /** The editor's field for what goes between its tags, after the props' fields. */
  content: { label: string; hint: string };
  /** An example a contributor can copy. */
  example: string;
  /**
   * True when links inside may only go to handbook pages: a box that looks like a notice of the site itself
   * must not send readers to another site (a look-alike sign-in page, say).
   */
  handbookLinksOnly?: boolean;
  /** Its HTML, from its props (already checked) and its content: what the site and the preview show. */
  markup: (props: Record<string, unknown>, content: ElementContent[]) => Element;
}

/** The longest quotation a page may use, in words: a quotation is short or it is copying (the contributor guide says so). */
export const QUOTE_MAX_WORDS = 30;

/** The kinds of callout and the label each shows, so the kind is never shown by colour alone. */
export const CALLOUT_LABELS = { note: 'Note', warning: 'Warning' } as const;

export const COMPONENT_RULES = {
  Quote: {
    description: 'a short quotation from a source, with who said it',
    label: 'Quotation',
    props: {
      source: {
        description: 'whose words these are',
        label: 'Whose words',
        hint: 'The person, organisation or report the words come from, for example "NPC".',
        required: true,
        type: 'text',
        maxLength: 200,
      },
      year: {
        description: 'the year they were said or published',
        label: 'Year',
        hint: 'The year the words were published, if known.',
        type: 'number',
      },
    },
    content: {
      label: 'Quoted words',
      hint: `The exact words, at most ${QUOTE_MAX_WORDS}. Do not add quotation marks: the page shows the words as a quotation.`,
    },
    example: '<Quote source="NPC" year={2021}>Short quoted words.</Quote>',
    // A quotation is set apart like the site's own words: its links, like a callout's, go to handbook pages only.
    handbookLinksOnly: true,
    // Who said it and when, under the words: "NPC, 2021".
    markup: ({ source, year }, content) => {
      const caption = year === undefined ? String(source) : `${String(source)}, ${String(year)}`;
      return h('figure', { className: ['quote'] }, h('blockquote', {}, content), h('figcaption', {}, caption));
    },
  },
  Callout: {
    description: 'a highlighted note or warning',
    label: 'Callout',
    props: {
      type: {
        description: 'note or warning',
        label: 'Kind',
        hint: 'A note for something useful to know, a warning for something that could go wrong.',
        required: true,
        type: 'text',
        values: CALLOUT_LABELS,
      },
    },
    content: { label: 'Text', hint: 'What the reader should not miss. Markdown works here.' },
    example: '<Callout type="warning">Something readers should not miss.</Callout>',
    handbookLinksOnly: true,
    markup: ({ type }, content) => {
      const label = h('p', { className: ['callout-label'] }, CALLOUT_LABELS[type as keyof typeof CALLOUT_LABELS]);
      return h('div', { className: ['callout', `callout-${String(type)}`], role: 'note' }, label, content);
    },
  },
  Law: {
    description: 'a statement of what the law requires, where it holds and when it was checked',
    label: 'Statement of law',
    props: {
      nations: {
        description: 'the nations of the UK where this holds',
        label: 'Where it holds',
        hint: 'One or more of england, wales, scotland, northern-ireland, separated by spaces.',
        required: true,
        type: 'text',
        maxLength: 60,
        check: (value) => {
          const read = readNations(value);
          return 'problem' in read ? `nations ${read.problem}` : undefined;
        },
      },
      checked: {
        description: 'the day it was checked against its source',
        label: 'Checked on',
        hint: 'The day you checked it against the legislation or guidance, YYYY-MM-DD.',
        required: true,
        type: 'text',
        maxLength: 10,
        check: checkedProblem,
      },
      source: {
        description: 'the address of the legislation or official guidance',
        label: 'Legislation or official guidance',
        hint: 'The https:// address of the section of the Act, the regulation or the official guidance (legislation.gov.uk, GOV.UK, gov.scot, gov.wales, nidirect, a regulator).',
        required: true,
        type: 'text',
        maxLength: 300,
        check: officialSourceProblem,
      },
    },
    content: { label: 'What the law says', hint: 'In plain words, what it requires and of whom. Markdown works here.' },
    example:
      '<Law nations="england wales" checked="2026-12-07" source="https://www.legislation.gov.uk/ukpga/2023/54/section/18">What the law requires.</Law>',
    // Looks like the site's own notice, so its text may link only to handbook pages; its one outside link is its source.
    handbookLinksOnly: true,
    markup: ({ nations, checked, source }, content) => {
      const read = readNations(String(nations));
      const where = 'nations' in read ? nationsText(read.nations) : String(nations);
      const host = new URL(String(source)).hostname.replace(/^www\./, '');
      return h(
        'div',
        { className: ['callout', 'law'], role: 'note' },
        h('p', { className: ['callout-label'] }, `The law in ${where}`),
        content,
        h(
          'p',
          { className: ['law-checked'] },
          `Checked on ${checkedText(String(checked))} against `,
          h('a', { href: String(source) }, host),
          '. This is not legal advice: see ',
          h('a', { href: pageUrl('guides', LEGAL_ADVICE_GUIDE) }, 'where to get legal advice'),
          '.',
        ),
      );
    },
  },
} as const satisfies Record<string, ComponentRule>;

export type ContentComponentName = keyof typeof COMPONENT_RULES;

/** The components a page may use, by the name it writes: `<Quote>`, `<Callout>`. */
export const CONTENT_COMPONENTS = Object.keys(COMPONENT_RULES) as ContentComponentName[];

/** The rules of a component, or undefined for a name that is not one. */
export function componentRule(name: string): ComponentRule | undefined {
  return Object.hasOwn(COMPONENT_RULES, name) ? COMPONENT_RULES[name as ContentComponentName] : undefined;
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
    } else if (propRule.values && !Object.hasOwn(propRule.values, String(value))) {
      problems.push(`<${name}> ${prop} must be one of: ${choices(prop, propRule.values)}.`);
    } else if (propRule.maxLength && String(value).length > propRule.maxLength) {
      problems.push(`<${name}> ${prop} may be at most ${propRule.maxLength} characters.`);
    } else if (propRule.check && typeof value === 'string') {
      const problem = propRule.check(value);
      if (problem) problems.push(`<${name}> ${problem}`);
    }
  }
  for (const [prop, propRule] of Object.entries(rule.props)) {
    const value = props[prop];
    if (propRule.required && (value === undefined || (typeof value === 'string' && !value.trim()))) {
      const what = propRule.values ? `: ${choices(prop, propRule.values)}` : ` (${propRule.description})`;
      problems.unshift(`<${name}> needs a ${prop}${what}. Example: ${rule.example}`);
    }
  }
  return problems;
}

function choices(prop: string, values: Readonly<Record<string, string>>): string {
  const written = Object.keys(values).map((value) => `${prop}="${value}"`);
  return written.join(' or ');
}

/**
 * A component's HTML on the site, around its content as Astro rendered it (src/components/content/). A page
 * that gives a component wrong props fails the build with the problem in words.
 */
export function componentHtml(name: ContentComponentName, props: Record<string, unknown>, content: string): string {
  const [problem] = propProblems(name, props);
  if (problem) throw new Error(problem);
  return toHtml(COMPONENT_RULES[name].markup(props, [rendered(content)]));
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
