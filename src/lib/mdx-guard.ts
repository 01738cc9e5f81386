/**
 * The content guard: what a page's MDX may contain. MDX is code, and pages arrive as pull requests that
 * anyone can open, so a page may use Markdown, GFM and the handbook's own components with plain props,
 * and nothing else. Every rejection says where, what, and what to write instead.
 *
 * The rules read an mdast tree (remark-parse + remark-mdx + remark-gfm), the syntax tree Astro's MDX is
 * built from; the content checker and the build run the same rules through `checkMdx`.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { componentRule, CONTENT_COMPONENTS, propProblems, SAFE_HTML } from './content-components';

export interface GuardProblem {
  /** Line and column in the body (1-based). */
  line: number;
  column: number;
  /** The construct, in a few words: "import", "<script>", "onclick attribute". */
  construct: string;
  /** What is wrong and what to write instead. */
  message: string;
}

/** Elements that are never allowed, with what to do instead. */
const FORBIDDEN_TAGS: Record<string, string> = {
  script: 'Scripts cannot run in handbook pages. Describe what you wanted to show in words, or ask the curators for a component.',
  style: 'Pages use the handbook’s own styles. Use Markdown (**bold**, *italic*, headings) or a <Callout>.',
  iframe: 'Embedded pages are not allowed. Link to the page instead: [what it is](https://…).',
  object: 'Embedded content is not allowed. Link to it instead: [what it is](https://…).',
  embed: 'Embedded content is not allowed. Link to it instead: [what it is](https://…).',
  form: 'Forms are not allowed in pages. Link to the form instead: [fill in the form](https://…).',
  meta: 'Page settings come from the frontmatter, not from tags in the text.',
  base: 'Page settings come from the frontmatter, not from tags in the text.',
  link: 'Page settings come from the frontmatter. For a link in the text write [text](https://…).',
  a: 'Write links in Markdown: [text](https://…) or [text](/practices/page-name/).',
  img: 'Add images in Markdown: ![what the image shows](/media/file-name.png).',
  svg: 'Upload the SVG as a file in public/media/ and add it in Markdown: ![what it shows](/media/file-name.svg).',
};

/** URL schemes a link may use; anything else (javascript:, vbscript:, data:, file: …) is rejected. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** Attributes that hold a URL, on any element. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'cite',
  'background',
  'srcset',
  'data',
]);

/**
 * The scheme of a URL as a browser would read it: browsers ignore tabs, new lines and control characters
 * inside a scheme ("java\tscript:"), so they are removed before looking. Undefined for a relative URL.
 */
export function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(cleaned);
  return match ? match[1] : undefined;
}

/** Why a URL is not allowed, or undefined when it is fine. `images` must stay on the site. */
export function urlProblem(url: string, kind: 'link' | 'image'): string | undefined {
  const scheme = urlScheme(url);
  if (scheme && !SAFE_SCHEMES.has(scheme)) {
    return `"${scheme}:" addresses are not allowed (they can run code or hide content). Use an https:// address or a page of the handbook, such as /practices/page-name/.`;
  }
  if (kind === 'image' && (scheme || url.startsWith('//'))) {
    return 'Images must be files of the handbook, so that readers are not tracked by other sites. Put the file in public/media/ and write ![what it shows](/media/file-name.png).';
  }
  return undefined;
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** A plain literal written as an expression prop: a number, true/false, or a quoted string. */
function literalValue(source: string): string | number | boolean | undefined {
  const text = source.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  const quoted = /^(["'])(.*)\1$/s.exec(text);
  return quoted && !/[\\`$]/.test(quoted[2]!) ? quoted[2] : undefined;
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

function position(node: { position?: { start: { line: number; column: number } } | undefined }) {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function checkAttributes(element: Jsx, problems: GuardProblem[]) {
  const name = element.name ?? '';
  const component = componentRule(name);
  const allowedHtml = SAFE_HTML[name];
  const at = position(element);
  // The component's props as plain values, checked against its rules once all are read.
  const values: Record<string, unknown> = {};

  for (const attribute of element.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({
        ...at,
        construct: `spread props on <${name}>`,
        message: `Props must be written one by one as name="value"; "{…}" spreads are code and are not allowed.`,
      });
      continue;
    }
    const prop = attribute.name;
    if (/^on/i.test(prop)) {
      problems.push({
        ...at,
        construct: `${prop} attribute`,
        message: `Event handlers such as ${prop} run code and are not allowed in pages. Remove it.`,
      });
      continue;
    }
    const raw = attribute.value;
    const isExpression = raw !== null && raw !== undefined && typeof raw !== 'string';
    const value = isExpression ? literalValue(raw.value) : (raw ?? true);
    if (isExpression && value === undefined) {
      problems.push({
        ...at,
        construct: `expression in ${prop}={…}`,
        message: `Only plain values may go in braces, such as ${prop}={2021}. Code in a prop is not allowed; write the value itself, e.g. ${prop}="text".`,
      });
      continue;
    }
    if (typeof value === 'string' && URL_ATTRIBUTES.has(prop.toLowerCase())) {
      const problem = urlProblem(value, prop.toLowerCase() === 'src' ? 'image' : 'link');
      if (problem) {
        problems.push({ ...at, construct: `${prop}="${value.slice(0, 40)}"`, message: problem });
        continue;
      }
    }
    if (component) values[prop] = value;
    else if (allowedHtml && !allowedHtml.includes(prop)) {
      problems.push({
        ...at,
        construct: `${prop} on <${name}>`,
        message: allowedHtml.length
          ? `<${name}> may only have ${allowedHtml.join(', ')}. Remove "${prop}".`
          : `<${name}> takes no attributes. Remove "${prop}".`,
      });
    }
  }
  if (component) for (const message of propProblems(name, values)) problems.push({ ...at, construct: `<${name}>`, message });
}

function checkElement(element: Jsx, problems: GuardProblem[]) {
  const name = element.name;
  const at = position(element);
  if (!name) {
    problems.push({
      ...at,
      construct: 'fragment <>',
      message: 'Empty tags <>…</> are code. Remove them and keep the text inside.',
    });
    return;
  }
  const lower = name.toLowerCase();
  if (FORBIDDEN_TAGS[lower]) {
    problems.push({ ...at, construct: `<${name}>`, message: FORBIDDEN_TAGS[lower] });
    return;
  }
  if (!componentRule(name) && !SAFE_HTML[name]) {
    const known = CONTENT_COMPONENTS.join(', ');
    const message = /^[a-z]/.test(name)
      ? `HTML tags are not allowed in pages, except ${Object.keys(SAFE_HTML).join(', ')}. Write it in Markdown instead.`
      : `<${name}> is not one of the handbook’s components (${known}). Use one of those, or plain Markdown.`;
    problems.push({ ...at, construct: `<${name}>`, message });
    return;
  }
  checkAttributes(element, problems);
}

function walk(node: Root | RootContent, problems: GuardProblem[]) {
  switch (node.type) {
    case 'mdxjsEsm':
      problems.push({
        ...position(node),
        construct: /^\s*export/.test(node.value) ? 'export' : 'import',
        message:
          'Pages cannot import or export code. The handbook’s components (Quote, Callout) are available without importing them; delete this line.',
      });
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      problems.push({
        ...position(node),
        construct: `expression {${node.value.trim().slice(0, 30)}}`,
        message: 'Curly braces start code in MDX and are not allowed in pages. To show a brace as text, write \\{ or \\}.',
      });
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, problems);
      break;
    case 'html':
      problems.push({
        ...position(node),
        construct: 'raw HTML',
        message: 'Raw HTML is not allowed in pages. Write it in Markdown instead.',
      });
      return;
    case 'link':
    case 'definition': {
      const problem = urlProblem(node.url, 'link');
      if (problem) problems.push({ ...position(node), construct: `link to ${node.url.slice(0, 40)}`, message: problem });
      break;
    }
    case 'image': {
      const problem = urlProblem(node.url, 'image');
      if (problem) problems.push({ ...position(node), construct: `image ${node.url.slice(0, 40)}`, message: problem });
      break;
    }
  }
  if ('children' in node) for (const child of node.children) walk(child as RootContent, problems);
}

/** Parses a page body as MDX; a syntax error comes back as a problem at its place. */
export function parseMdx(body: string): { tree?: Root; problem?: GuardProblem } {
  try {
    return { tree: processor.parse(body) as Root };
  } catch (error) {
    const place = (error as { line?: number; column?: number; place?: { line?: number; column?: number } }) ?? {};
    const reason = (error as { reason?: string; message?: string }).reason ?? (error as Error).message;
    return {
      problem: {
        line: place.line ?? place.place?.line ?? 1,
        column: place.column ?? place.place?.column ?? 1,
        construct: 'MDX syntax',
        message: `This text cannot be read as MDX: ${reason}. In running text, write \\< for "<" and \\{ for "{".`,
      },
    };
  }
}

/** Every problem in a page body, in order of position. */
export function checkMdx(body: string): { problems: GuardProblem[]; tree?: Root } {
  const { tree, problem } = parseMdx(body);
  if (!tree) return { problems: problem ? [problem] : [] };
  const problems: GuardProblem[] = [];
  walk(tree, problems);
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { problems, tree };
}

/** How many images a tree shows. */
export function countImages(tree: Root): number {
  let count = 0;
  const visit = (node: Root | RootContent) => {
    if (node.type === 'image') count += 1;
    if ('children' in node) for (const child of node.children) visit(child as RootContent);
  };
  visit(tree);
  return count;
}
