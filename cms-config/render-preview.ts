/**
 * Renders a page's MDX body to HTML in the browser, for the editor's preview, so it looks like the site:
 * the same GFM (tables, footnotes, strikethrough, task lists), smart punctuation, the same heading ids and
 * self-links (heading-ids.ts, heading-anchor.ts), and the handbook's components (their markup from
 * content-components.ts). The site builds with Sätteri (astro.config.mjs); this is the unified pipeline the
 * design keeps for the preview, and `tests/e2e/preview-matches-site.spec.ts` proves the two agree on
 * every page's heading ids and component markup.
 *
 * The body is untrusted (anyone can propose a page) and the preview runs inside the editor, where a
 * curator is signed in to GitHub. So nothing in it runs: MDX expressions, imports and exports are dropped,
 * any element other than the handbook's components and the harmless tags pages may use (content-components.ts)
 * is replaced by a note, and links keep only the addresses the content checker allows (addresses.ts).
 */
import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { State } from 'mdast-util-to-hast';
import GithubSlugger from 'github-slugger';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { linkProblem, MEDIA_URL } from '../src/lib/content/addresses';
import { withBase } from '../src/lib/core/base-path';
import { COMPONENT_RULES, propProblems, SAFE_HTML, type ContentComponentName } from '../src/lib/content/content-components';
import { headingId, headingSelfLink, LINKED_HEADINGS } from '../src/lib/core/heading-anchor';
import type { HeadingId } from '../src/lib/core/heading-ids';
import { h } from '../src/lib/core/markup';

/** A heading of the body: its level, the id the site gives it, its text. */
export type PreviewHeading = Pick<HeadingId, 'depth' | 'id' | 'text'>;

export interface Preview {
  /** The body as HTML, safe to show. Empty when the MDX cannot be read. */
  html: string;
  /** Every heading of the body, in order, with the id the site gives it. */
  headings: PreviewHeading[];
  /** Why the body cannot be shown, in words for the contributor, with the line to look at. */
  problem?: string;
}

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  // Curly quotes, dashes and ellipses, as Astro's Sätteri does by default (`smartPunctuation`): "--" is an
  // en dash and "---" an em dash there, the "oldschool" style here.
  .use(remarkSmartypants, { dashes: 'oldschool' })
  // The defaults give the same footnote markup and ids as the site (user-content-fn-1, footnote-label).
  .use(remarkRehype, {
    handlers: {
      mdxJsxFlowElement: jsxToHast,
      mdxJsxTextElement: jsxToHast,
      mdxjsEsm: nothing,
      mdxFlowExpression: nothing,
      mdxTextExpression: nothing,
    },
  })
  .use(likeTheSite)
  .use(rehypeStringify);

export function renderPreview(mdx: string): Preview {
  try {
    const file = new VFile();
    const tree = processor.runSync(processor.parse(mdx), file) as HastRoot;
    return { html: processor.stringify(tree), headings: file.data['headings'] as PreviewHeading[] };
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    const where = place.line ? `Line ${place.line} of the page text: ` : '';
    return {
      html: '',
      headings: [],
      problem: `${where}${place.reason ?? place.message ?? String(error)}. The preview comes back once this is fixed.`,
    };
  }
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** A JSX attribute's value: text as written, `{2021}` as a number, anything else left out. */
function propsOf(node: Jsx): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const { name, value } = attribute;
    if (typeof value === 'string') props[name] = value;
    else if (value && /^\s*\d+\s*$/.test(value.value)) props[name] = Number(value.value);
  }
  return props;
}

/** Imports, exports and expressions are code: they show nothing. */
function nothing() {
  return undefined;
}

/**
 * A handbook component with the right props becomes its markup (COMPONENT_RULES) around its content, and a
 * harmless HTML tag stays itself with its allowed attributes; anything else becomes a note.
 */
function jsxToHast(state: State, node: Jsx): Element {
  const props = propsOf(node);
  const allowedHtml = node.name && Object.hasOwn(SAFE_HTML, node.name) ? SAFE_HTML[node.name]! : undefined;
  if (allowedHtml) {
    const attributes: Properties = {};
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || !allowedHtml.includes(attribute.name)) continue;
      if (attribute.value === null || attribute.value === undefined) attributes[attribute.name] = true;
      else if (typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
    }
    return h(node.name!, attributes, state.all(node));
  }
  // An unknown name has a problem too ("not one of the handbook's components").
  const [problem] = propProblems(node.name ?? 'fragment', props);
  // A note in place of the element: a paragraph among blocks, a span inside a line of text.
  if (problem) return h(node.type === 'mdxJsxFlowElement' ? 'p' : 'span', { className: ['preview-problem'] }, problem);
  return COMPONENT_RULES[node.name as ContentComponentName].markup(props, state.all(node));
}

/**
 * What the site's own Markdown steps add: heading ids by the site's rule (heading-anchor.ts) with self-links,
 * table alignment as a style, safe links only. The headings are kept in `file.data.headings`.
 */
function likeTheSite() {
  return (tree: HastRoot, file: VFile) => {
    // One slugger per page: repeated headings get -1, -2 … as on the site.
    const slugger = new GithubSlugger();
    const headings: PreviewHeading[] = [];
    file.data['headings'] = headings;
    const walk = (parent: { children: ElementContent[] | HastRoot['children'] }): void => {
      const children = parent.children as ElementContent[];
      for (let i = 0; i < children.length; i++) {
        const node = children[i]!;
        if (node.type !== 'element') continue;
        const props = node.properties;
        // The addresses the content checker allows, and no other: the preview runs where a curator is signed in.
        if (typeof props['href'] === 'string' && linkProblem(props['href'])) delete props['href'];
        if (typeof props['src'] === 'string' && !props['src'].startsWith(MEDIA_URL)) delete props['src'];
        // As on the site (src/plugins/base-path.ts): addresses from the site's root go under its base path.
        for (const key of ['href', 'src'] as const) if (typeof props[key] === 'string') props[key] = withBase(props[key]);
        if ((node.tagName === 'td' || node.tagName === 'th') && typeof props['align'] === 'string') {
          props['style'] = `text-align: ${props['align']}`;
          delete props['align'];
        }
        if (/^h[1-6]$/.test(node.tagName)) {
          const text = textOf(node);
          const id = headingId(props['id'], text, slugger);
          props['id'] = id;
          headings.push({ depth: Number(node.tagName[1]), id, text });
          if (LINKED_HEADINGS.has(node.tagName)) children.splice(++i, 0, headingSelfLink(id, text));
        }
        walk(node);
      }
    };
    walk(tree);
  };
}

function textOf(node: ElementContent | HastRoot): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child as ElementContent)).join('');
  return '';
}
