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
import type { ElementContent, Root as HastRoot } from 'hast';
import type { BlockContent, Paragraph, Root as MdastRoot, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Handlers, State } from 'mdast-util-to-hast';
import GithubSlugger from 'github-slugger';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { linkProblem, MEDIA_URL } from './addresses';
import { COMPONENT_RULES, componentProblem, SAFE_HTML, type ContentComponentName } from './content-components';
import { headingId, headingSelfLink, LINKED_HEADINGS } from './heading-anchor';

export interface PreviewHeading {
  depth: number;
  id: string;
  text: string;
}

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
  .use(handbookComponents)
  // The defaults give the same footnote markup and ids as the site (user-content-fn-1, footnote-label).
  // A handbook component's content becomes HTML first, then its markup is put around it.
  .use(remarkRehype, { handlers: { handbookComponent: componentToHast } as Handlers })
  .use(likeTheSite)
  .use(rehypeStringify);

export function renderPreview(mdx: string): Preview {
  try {
    const tree = processor.runSync(processor.parse(mdx)) as HastRoot;
    return { html: processor.stringify(tree), headings: headingsOf(tree) };
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
type AnyNode = MdastRoot | RootContent;

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

/** A node that remark-rehype turns into the given element, keeping its Markdown children. */
function element(
  tagName: string,
  className: string | undefined,
  children: RootContent[],
  extra: Record<string, string | boolean> = {},
) {
  return {
    type: 'handbookElement',
    data: { hName: tagName, hProperties: { ...(className ? { className: [className] } : {}), ...extra } },
    children,
  } as unknown as BlockContent;
}

function text(value: string): Paragraph['children'][number] {
  return { type: 'text', value };
}

/** A handbook component, checked, waiting for its markup (COMPONENT_RULES) once its content is HTML. */
interface ComponentNode {
  type: 'handbookComponent';
  name: ContentComponentName;
  props: Record<string, unknown>;
  children: RootContent[];
}

/**
 * The harmless HTML tags pages may use stay themselves with their allowed attributes, a handbook component
 * with the right props becomes its markup, and anything else MDX-only becomes a note.
 */
function componentToMdast(node: Jsx): RootContent {
  const props = propsOf(node);
  const allowedHtml = node.name && Object.hasOwn(SAFE_HTML, node.name) ? SAFE_HTML[node.name]! : undefined;
  if (allowedHtml) {
    const attributes: Record<string, string | boolean> = {};
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || !allowedHtml.includes(attribute.name)) continue;
      if (attribute.value === null || attribute.value === undefined) attributes[attribute.name] = true;
      else if (typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
    }
    return element(node.name!, undefined, node.children as RootContent[], attributes);
  }
  // An unknown name has a problem too ("not one of the handbook's components").
  const problem = componentProblem(node.name ?? 'fragment', props);
  // A note in place of the element: a paragraph among blocks, a span inside a line of text.
  if (problem) return element(node.type === 'mdxJsxFlowElement' ? 'p' : 'span', 'preview-problem', [text(problem)]);
  const component: ComponentNode = {
    type: 'handbookComponent',
    name: node.name as ContentComponentName,
    props,
    children: node.children,
  };
  return component as unknown as RootContent;
}

function componentToHast(state: State, node: ComponentNode) {
  return COMPONENT_RULES[node.name].markup(node.props, state.all(node as never));
}

function handbookComponents() {
  return (tree: MdastRoot) => {
    const visit = (parent: AnyNode): void => {
      if (!('children' in parent)) return;
      const children: RootContent[] = [];
      for (const child of parent.children as RootContent[]) {
        if (child.type === 'mdxjsEsm' || child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression') continue;
        const next = child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement' ? componentToMdast(child) : child;
        visit(next);
        children.push(next);
      }
      (parent as { children: RootContent[] }).children = children;
    };
    visit(tree);
  };
}

/**
 * What the site's own Markdown steps add: heading ids by the site's rule (heading-ids.ts) with self-links,
 * table alignment as a style, safe links only.
 */
function likeTheSite() {
  return (tree: HastRoot) => {
    // One slugger per page: repeated headings get -1, -2 … as on the site.
    const slugger = new GithubSlugger();
    const walk = (parent: { children: ElementContent[] | HastRoot['children'] }): void => {
      const children = parent.children as ElementContent[];
      for (let i = 0; i < children.length; i++) {
        const node = children[i]!;
        if (node.type !== 'element') continue;
        const props = node.properties;
        // The addresses the content checker allows, and no other: the preview runs where a curator is signed in.
        if (typeof props['href'] === 'string' && linkProblem(props['href'])) delete props['href'];
        if (typeof props['src'] === 'string' && !props['src'].startsWith(MEDIA_URL)) delete props['src'];
        if ((node.tagName === 'td' || node.tagName === 'th') && typeof props['align'] === 'string') {
          props['style'] = `text-align: ${props['align']}`;
          delete props['align'];
        }
        if (/^h[1-6]$/.test(node.tagName)) {
          const id = headingId(props['id'], textOf(node), slugger);
          props['id'] = id;
          if (LINKED_HEADINGS.has(node.tagName)) children.splice(++i, 0, headingSelfLink(id, textOf(node)));
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

function headingsOf(tree: HastRoot): PreviewHeading[] {
  const found: PreviewHeading[] = [];
  const walk = (node: ElementContent | HastRoot): void => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName) && typeof node.properties['id'] === 'string') {
      found.push({ depth: Number(node.tagName[1]), id: node.properties['id'], text: textOf(node) });
    }
    if ('children' in node) for (const child of node.children) walk(child as ElementContent);
  };
  walk(tree);
  return found;
}
