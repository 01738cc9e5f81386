/**
 * The other side of the content guard's bargain: a page the checker accepts, compiled by the site's own MDX
 * pipeline (Astro's Sätteri MDX renderer with the handbook's features and plugins), must run nothing and
 * publish nothing dangerous. Used by the fuzz test (tests/unit/guard-fuzz.test.ts) and the longer fuzz run
 * (tests/bench/guard-fuzz.ts).
 *
 * "Runs nothing" is read from the compiled module itself: it may import only Astro's JSX runtime, call
 * only the JSX functions and MDX's own fixed helpers, and name no global but `Object` and `Error`. Then the
 * module is rendered with a small JSX runtime to HTML, in which every element, attribute and address must be
 * one the handbook writes.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { parse } from 'acorn';
import { headingAnchors } from '../../src/plugins/heading-anchors';
import { imageProblem, linkProblem } from '../../src/lib/content/addresses';
import { MDX_FEATURES } from '../../src/lib/core/mdx-tree';

type Renderer = { process(content: string, filePath: string, frontmatter: object): Promise<{ code: string }> };
let renderer: Promise<Renderer> | undefined;

/** Compiles a page's MDX exactly as the site's build does. */
export async function compileLikeTheSite(source: string): Promise<string> {
  renderer ??= satteri({ features: MDX_FEATURES, hastPlugins: [headingAnchors] }).createMdxRenderer!(
    { syntaxHighlight: false, gfm: true, smartypants: true } as never,
    { optimize: false, srcDir: new URL('../../src/', import.meta.url), sourcemap: false } as never,
  ) as Promise<Renderer>;
  return (await (await renderer).process(source, new URL('../../content/guides/fuzz.mdx', import.meta.url).pathname, {})).code;
}

type AstNode = { type: string; [key: string]: unknown };

/** Names the compiled module defines for itself; anything else it names must be one of GLOBALS. */
const GLOBALS = new Set(['Object', 'Error']);
/** The functions a compiled page may call: JSX, and MDX's own helpers. */
const CALLS = new Set(['_jsx', '_jsxs', '_missingMdxReference', 'Object.assign', '_createMdxContent']);

function children(node: AstNode): AstNode[] {
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'loc'
      ? []
      : Array.isArray(value)
        ? value.filter((v) => v && typeof v.type === 'string')
        : value && typeof (value as AstNode).type === 'string'
          ? [value as AstNode]
          : [],
  );
}

function calleeName(node: AstNode): string {
  if (node.type === 'Identifier') return String(node['name']);
  if (node.type === 'MemberExpression')
    return `${calleeName(node['object'] as AstNode)}.${calleeName(node['property'] as AstNode)}`;
  return node.type;
}

/** What in a compiled module could run code from the page, in words; empty when nothing can. */
export function codeIn(compiled: string): string[] {
  const program = parse(compiled, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as AstNode;
  const found: string[] = [];
  const declared = new Set<string>();
  const collect = (node: AstNode) => {
    if (node.type === 'FunctionDeclaration') declared.add(String((node['id'] as AstNode)['name']));
    if (node.type === 'VariableDeclarator') {
      const id = node['id'] as AstNode;
      if (id.type === 'Identifier') declared.add(String(id['name']));
      else
        for (const property of (id['properties'] as AstNode[]) ?? [])
          declared.add(String((property['value'] as AstNode)['name']));
    }
    if (node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier')
      declared.add(String((node['local'] as AstNode)['name']));
    if ((node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression') && Array.isArray(node['params'])) {
      for (const param of node['params'] as AstNode[]) {
        const target = param.type === 'AssignmentPattern' ? (param['left'] as AstNode) : param;
        if (target.type === 'Identifier') declared.add(String(target['name']));
      }
    }
    children(node).forEach(collect);
  };
  collect(program);

  const visit = (node: AstNode, parent?: AstNode) => {
    if (node.type === 'ImportDeclaration' && (node['source'] as AstNode)['value'] !== 'astro/jsx-runtime') {
      found.push(`imports ${String((node['source'] as AstNode)['value'])}`);
    }
    if (node.type === 'ImportExpression' || node.type === 'TaggedTemplateExpression' || node.type === 'AwaitExpression')
      found.push(node.type);
    if (node.type === 'CallExpression' && !CALLS.has(calleeName(node['callee'] as AstNode)))
      found.push(`calls ${calleeName(node['callee'] as AstNode)}`);
    if (node.type === 'NewExpression' && calleeName(node['callee'] as AstNode) !== 'Error')
      found.push(`new ${calleeName(node['callee'] as AstNode)}`);
    if (node.type === 'Identifier') {
      const property = parent?.type === 'MemberExpression' && parent['property'] === node && !parent['computed'];
      const key = parent?.type === 'Property' && parent['key'] === node && !parent['computed'];
      const isKey = Boolean(parent?.type.startsWith('Import')) || property || key;
      const name = String(node['name']);
      if (!isKey && !declared.has(name) && !GLOBALS.has(name)) found.push(`names ${name}`);
    }
    for (const child of children(node)) visit(child, node);
  };
  visit(program);
  return found;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** HTML already rendered, so that it is not escaped a second time. */
class Html {
  constructor(readonly html: string) {}
}

/** Renders a compiled page to HTML with a minimal JSX runtime; the handbook's components are plain wrappers. */
export function renderCompiled(compiled: string): string {
  const Fragment = Symbol('Fragment');
  const flat = (child: unknown): string =>
    Array.isArray(child)
      ? child.map(flat).join('')
      : child instanceof Html
        ? child.html
        : child === null || child === undefined || typeof child === 'boolean'
          ? ''
          : escape(String(child));
  const jsx = (type: unknown, props: Record<string, unknown>): Html => {
    const { children, ...attributes } = props;
    const inner = flat(children);
    if (type === Fragment) return new Html(inner);
    if (typeof type === 'function') return new Html(String(type({ ...attributes, children: inner })));
    // A style comes as an object ({ textAlign: 'left' }); written back as CSS text.
    const text = (value: unknown) =>
      value && typeof value === 'object'
        ? Object.entries(value)
            .map(([property, v]) => `${property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${String(v)}`)
            .join('; ')
        : String(value);
    const attrs = Object.entries(attributes)
      .map(([name, value]) =>
        value === true ? ` ${name}` : value === false || value === undefined ? '' : ` ${name}="${escape(text(value))}"`,
      )
      .join('');
    return new Html(`<${String(type)}${attrs}>${inner}</${String(type)}>`);
  };
  const components = {
    Quote: (props: { source: string; children: string }) =>
      `<figure class="quote"><blockquote>${props.children}</blockquote><figcaption>${escape(String(props.source))}</figcaption></figure>`,
    Callout: (props: { type: string; children: string }) =>
      `<div class="callout callout-${escape(String(props.type))}" role="note">${props.children}</div>`,
  };
  const body = compiled
    .replace(/^import \{[^}]*\} from "astro\/jsx-runtime";$/m, 'const { Fragment: _Fragment, jsx: _jsx, jsx: _jsxs } = runtime;')
    .replace(/^export (const|function) /gm, '$1 ');
  // Only after codeIn() found nothing: the module calls nothing but the runtime handed to it here.
  const MDXContent = new Function('runtime', `${body}\nreturn MDXContent;`)({ Fragment, jsx }) as (props: object) => unknown;
  return flat(MDXContent({ components }));
}

/** Elements and attributes the rendered page may hold. */
const ELEMENTS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'em',
  'strong',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'input',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'hr',
  'br',
  'sup',
  'sub',
  'section',
  'a',
  'img',
  'span',
  'abbr',
  'kbd',
  'mark',
  'small',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'div',
]);
const ATTRIBUTES = new Set([
  'href',
  'src',
  'alt',
  'title',
  'id',
  'class',
  'start',
  'type',
  'checked',
  'disabled',
  'style',
  'open',
  'role',
  'aria-hidden',
  'aria-describedby',
  'aria-label',
  'data-footnote-ref',
  'data-footnote-backref',
  'data-footnotes',
  // On the self-link the site puts after each heading (src/lib/core/heading-anchor.ts), to keep it out of search.
  'data-pagefind-ignore',
  'dataFootnoteRef',
  'dataFootnoteBackref',
  'dataFootnotes',
  'ariaDescribedBy',
  'ariaLabel',
  'className',
]);

/** What in rendered HTML is dangerous, in words; empty when nothing is. */
export function dangersIn(html: string, mediaFiles: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const [, name = '', attributes = ''] of html.matchAll(/<([a-zA-Z][\w:.-]*)([^>]*)>/g)) {
    if (!ELEMENTS.has(name)) found.push(`<${name}>`);
    for (const [, attribute = '', value = ''] of attributes.matchAll(/\s([^\s=]+)(?:="([^"]*)")?/g)) {
      if (!ATTRIBUTES.has(attribute)) found.push(`${attribute} on <${name}>`);
      const decoded = value
        .replace(/&quot;/g, '"')
        .replace(/&gt;/g, '>')
        .replace(/&lt;/g, '<')
        .replace(/&amp;/g, '&');
      if (attribute === 'href' && linkProblem(decoded)) found.push(`href="${decoded}"`);
      if (attribute === 'src' && imageProblem(decoded, mediaFiles)) found.push(`src="${decoded}"`);
      if (attribute === 'style' && !/^text-align: (left|center|right)$/.test(decoded)) found.push(`style="${decoded}"`);
    }
  }
  return found;
}
