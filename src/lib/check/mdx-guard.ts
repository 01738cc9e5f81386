/**
 * The content guard: what a page's MDX may contain, as an allow-list decided on the parsed page. MDX is code
 * (it evaluates any `{…}` it is given) and pages arrive as pull requests anyone can open, so a page is
 * accepted only when every node of its tree is of a listed type, every element is a listed Markdown element,
 * handbook component or harmless HTML tag, every attribute is on that element's list, and every value is a
 * plain literal taken from the tree. What no list names is refused, so a new trick fails by default.
 *
 * The tree is Sätteri's HTML tree of the page (src/lib/core/mdx-tree.ts), the one the site renders: reference
 * links and images are already resolved to their addresses, and footnotes to their markup.
 */
import { imageProblem, linkProblem } from '../content/addresses';
import {
  componentRule,
  CONTENT_COMPONENTS,
  propProblems,
  SAFE_HTML,
  type ContentComponentName,
} from '../content/content-components';
import { headingIdsOf, type HeadingId } from '../core/heading-ids';
import { isReservedId } from '../core/site-ids';
import { invisibleCharacterProblem } from '../core/text-safety';
import {
  parseMdx,
  plainText,
  positionOf,
  TEXT_LIMITS,
  textLimitProblems,
  walk,
  type MdNode,
  type TextProblem,
} from '../core/mdx-tree';

export type GuardProblem = TextProblem;

/** Markdown's own elements, with the attributes Markdown gives each (footnotes, task lists, tables, code). */
export const MARKDOWN_ELEMENTS: Record<string, readonly string[]> = {
  p: [],
  h1: [],
  h2: ['id', 'className'],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  em: [],
  strong: [],
  del: [],
  code: ['className'],
  pre: [],
  blockquote: [],
  ul: ['className'],
  ol: ['start', 'className'],
  li: ['id', 'className'],
  input: ['type', 'checked', 'disabled'],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['style'],
  td: ['style'],
  hr: [],
  br: [],
  sup: [],
  section: ['dataFootnotes', 'className'],
  a: ['href', 'title', 'id', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', 'className'],
  img: ['src', 'alt', 'title'],
};

/** The one style Markdown writes: a table column's alignment. */
const TABLE_ALIGNMENT = /^text-align: (?:left|center|right)$/;

/** Node types that are never allowed, with what to do instead. Any other unlisted type is refused too. */
const REFUSED_NODES: Record<string, [construct: string, message: string]> = {
  mdxjsEsm: [
    'import or export',
    `pages cannot import or export code. The handbook’s components (${CONTENT_COMPONENTS.join(', ')}) are available without importing them; delete this line.`,
  ],
  mdxFlowExpression: [
    'expression {…}',
    'curly braces start code in MDX and are not allowed in pages. To show a brace as text, write \\{ or \\}.',
  ],
  mdxTextExpression: [
    'expression {…}',
    'curly braces start code in MDX and are not allowed in pages. To show a brace as text, write \\{ or \\}.',
  ],
  raw: ['raw HTML', 'raw HTML is not allowed in pages. Write it in Markdown instead.'],
  comment: ['comment', 'comments are not allowed in pages. Delete it.'],
};

/** Elements contributors sometimes write, with the Markdown that does the job. */
const INSTEAD: Record<string, string> = {
  a: 'Write links in Markdown: [text](https://…) or [text](/practices/page-name/).',
  img: 'Add images in Markdown: ![what the image shows](/media/file-name.png).',
  script: 'Scripts cannot run in handbook pages. Describe what you wanted to show in words.',
  style: `Pages use the handbook’s own styles. Use Markdown (**bold**, *italic*, headings) or a <${'Callout' satisfies ContentComponentName}>.`,
  iframe: 'Embedded pages are not allowed. Link to the page instead: [what it is](https://…).',
  svg: 'Upload the picture as a file in public/media/ and show it in Markdown: ![what it shows](/media/file-name.svg).',
};

/** A whole number written in braces, the one expression a prop may hold (`year={2021}`). */
const WHOLE_NUMBER = /^(?:0|[1-9][0-9]{0,5})$/;

type Attribute = { type: string; name?: string; value?: unknown };

function attributeProblems(element: MdNode, problems: GuardProblem[]) {
  const name = String(element['name']);
  const component = componentRule(name);
  const allowedHtml = SAFE_HTML[name] ?? [];
  const at = positionOf(element);
  const props: Record<string, unknown> = {};

  for (const attribute of (element['attributes'] as Attribute[] | undefined) ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.name !== 'string') {
      problems.push({
        ...at,
        construct: `{…} in <${name}>`,
        message: 'props are written one by one as name="value"; "{…}" in a tag is code and is not allowed.',
      });
      continue;
    }
    const prop = attribute.name;
    const allowed = component ? Object.hasOwn(component.props, prop) : allowedHtml.includes(prop);
    if (!allowed) {
      const list = component ? Object.keys(component.props) : allowedHtml;
      const handler = /^on/i.test(prop) ? ` ${prop} would run code.` : '';
      problems.push({
        ...at,
        construct: `${prop} on <${name}>`,
        message: `<${name}> ${list.length ? `may only have ${list.join(', ')}` : 'takes no attributes'}.${handler} Remove "${prop}".${component ? ` Example: ${component.example}` : ''}`,
      });
      continue;
    }
    const value = attribute.value;
    if (value === null || value === undefined || typeof value === 'string') {
      props[prop] = value ?? true;
      continue;
    }
    const expression =
      (value as { type?: string; value?: unknown }).type === 'mdxJsxAttributeValueExpression'
        ? (value as { value: unknown }).value
        : undefined;
    if (component?.props[prop]?.type === 'number' && typeof expression === 'string' && WHOLE_NUMBER.test(expression)) {
      props[prop] = Number(expression);
      continue;
    }
    problems.push({
      ...at,
      construct: `${prop}={…}`,
      message:
        component?.props[prop]?.type === 'number'
          ? `${prop} takes a whole number in braces and nothing else, such as ${prop}={2021}.`
          : `${prop} takes text in quotes, such as ${prop}="text". Braces hold code, which pages cannot run.`,
    });
  }
  if (component) for (const message of propProblems(name, props)) problems.push({ ...at, construct: `<${name}>`, message });
}

function jsxProblems(element: MdNode, problems: GuardProblem[]) {
  const name = element['name'];
  const at = positionOf(element);
  if (typeof name !== 'string' || !name) {
    problems.push({
      ...at,
      construct: 'fragment <>',
      message: 'empty tags <>…</> are code. Remove them and keep the text inside.',
    });
    return;
  }
  if (componentRule(name) || Object.hasOwn(SAFE_HTML, name)) {
    attributeProblems(element, problems);
    if (componentRule(name)?.handbookLinksOnly) handbookLinksOnly(element, name, problems);
    return;
  }
  const instead = INSTEAD[name.toLowerCase()];
  const message = /^[A-Z]/.test(name)
    ? `<${name}> is not one of the handbook’s components (${CONTENT_COMPONENTS.join(', ')}). Use one of those, or plain Markdown.`
    : `HTML tags are not allowed in pages, except ${Object.keys(SAFE_HTML).join(', ')}.`;
  problems.push({
    ...at,
    construct: `<${name}>`,
    message: instead ? `${message} ${instead}` : `${message} Write it in Markdown instead.`,
  });
}

/** Links inside a component that may only link to handbook pages. */
function handbookLinksOnly(element: MdNode, name: string, problems: GuardProblem[]) {
  walk(element, (node) => {
    const href =
      node.type === 'element' && node['tagName'] === 'a' ? String((node['properties'] as { href?: unknown }).href ?? '') : '/';
    if (!href.startsWith('/') && !href.startsWith('#')) {
      problems.push({
        ...positionOf(node),
        construct: `link in <${name}>`,
        message: `a <${name}> looks like a notice of the handbook itself, so links in it may only go to handbook pages, such as /guides/how-to-contribute/. Put the link to ${href.slice(0, 40)} in the text outside the box.`,
      });
    }
  });
}

/** Link text that offers to sign someone in: from a page, it may only lead to the handbook itself. */
const SIGN_IN = /\b(?:sign|log)[\s-]?(?:in|on)\b|\blogin\b|\bauthori[sz]e\b|\bpassword\b/i;

function markdownElementProblems(element: MdNode, mediaFiles: ReadonlySet<string>, problems: GuardProblem[]) {
  const tag = String(element['tagName']);
  const at = positionOf(element);
  const allowed = MARKDOWN_ELEMENTS[tag];
  if (!allowed) {
    problems.push({ ...at, construct: `<${tag}>`, message: `this produces a <${tag}> element, which pages cannot contain.` });
    return;
  }
  const properties = (element['properties'] as Record<string, unknown> | undefined) ?? {};
  for (const [key, value] of Object.entries(properties)) {
    if (!allowed.includes(key) || (key === 'style' && !TABLE_ALIGNMENT.test(String(value)))) {
      problems.push({ ...at, construct: `${key} on <${tag}>`, message: `a <${tag}> here may not have "${key}".` });
    }
  }
  if (tag === 'a') {
    const href = String(properties['href'] ?? '');
    const problem = linkProblem(href);
    if (problem) problems.push({ ...at, construct: `link to ${href.slice(0, 40)}`, message: problem });
    else if (!href.startsWith('/') && !href.startsWith('#') && SIGN_IN.test(plainText(element))) {
      problems.push({
        ...at,
        construct: `link to ${href.slice(0, 40)}`,
        message: `link text about signing in may only lead to the handbook's own pages (such as /guides/how-to-contribute/), not to ${href.slice(0, 60)}: nobody should be sent to sign in elsewhere from a page of the handbook.`,
      });
    }
  }
  if (tag === 'img') {
    const src = String(properties['src'] ?? '');
    const problem = imageProblem(src, mediaFiles);
    if (problem) problems.push({ ...at, construct: `image ${src.slice(0, 40)}`, message: problem });
    if (!String(properties['alt'] ?? '').trim()) {
      problems.push({
        ...at,
        construct: 'image without text',
        message:
          'say what the image shows between the brackets, ![like this](/media/file-name.png), for readers who cannot see it.',
      });
    }
  }
  if (tag === 'table') tableProblems(element, problems);
}

function tableProblems(table: MdNode, problems: GuardProblem[]) {
  const rows: MdNode[] = [];
  walk(table, (node) => {
    if (node.type === 'element' && node['tagName'] === 'tr') rows.push(node);
    return node === table || node['tagName'] === 'thead' || node['tagName'] === 'tbody';
  });
  const columns = Math.max(0, ...rows.map((row) => (row.children ?? []).filter((c) => c.type === 'element').length));
  if (columns > TEXT_LIMITS.tableColumns || rows.length > TEXT_LIMITS.tableRows) {
    problems.push({
      ...positionOf(table),
      construct: 'large table',
      message: `this table has ${columns} columns and ${rows.length} rows; at most ${TEXT_LIMITS.tableColumns} columns and ${TEXT_LIMITS.tableRows} rows are allowed. Split it, or link to the full data where it is published.`,
    });
  }
}

export interface GuardResult {
  problems: GuardProblem[];
  /** The page's tree, when it could be read. */
  tree?: MdNode;
  /** Its headings with the ids the site gives them, when it could be read. */
  headings?: HeadingId[];
}

/** A character the text rules refuse, written in a node's text or attributes as a character reference or entity. */
function decodedTextProblems(node: MdNode, problems: GuardProblem[]) {
  const texts: string[] = [];
  if (node.type === 'text' && typeof node['value'] === 'string') texts.push(node['value']);
  const properties = node['properties'] as Record<string, unknown> | undefined;
  for (const value of Object.values(properties ?? {})) if (typeof value === 'string') texts.push(value);
  for (const attribute of (node['attributes'] as { value?: unknown }[] | undefined) ?? []) {
    if (typeof attribute.value === 'string') texts.push(attribute.value);
  }
  for (const text of texts) {
    const problem = invisibleCharacterProblem(text);
    if (problem) {
      problems.push({
        ...positionOf(node),
        construct: 'character reference',
        message: `a character written as a reference (such as &#x202E;) ${problem.message.replace(/^contains /, 'is ')}`,
      });
      return;
    }
  }
}

/**
 * Every problem in a page's MDX, in order of position. `source` is the text Astro compiles (the file with
 * its frontmatter blanked), so lines are file lines; `mediaFiles` names the files images may show.
 */
export function checkMdx(source: string, mediaFiles: ReadonlySet<string> = new Set()): GuardResult {
  const limits = textLimitProblems(source);
  if (limits.length > 0) return { problems: limits };
  const parsed = parseMdx(source);
  if (!parsed.tree) return { problems: [parsed.problem] };
  const problems: GuardProblem[] = [];
  // Characters written as references (`&#x202E;`) reach the page decoded: once the file itself is clean, the text
  // the parser decoded is checked with the same rule.
  const decoded = invisibleCharacterProblem(source) === undefined;
  let tooDeep = false;
  walk(parsed.tree, (node, depth) => {
    if (depth > TEXT_LIMITS.treeDepth) {
      if (!tooDeep) {
        problems.push({
          ...positionOf(node),
          construct: 'deep nesting',
          message: `quotes, lists and tags nest more than ${TEXT_LIMITS.treeDepth} levels deep here. Use fewer levels.`,
        });
      }
      tooDeep = true;
      return false;
    }
    if (decoded) decodedTextProblems(node, problems);
    switch (node.type) {
      case 'root':
      case 'text':
        return true;
      case 'element':
        markdownElementProblems(node, mediaFiles, problems);
        return true;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        jsxProblems(node, problems);
        return true;
      default: {
        const [construct, message] = REFUSED_NODES[node.type] ?? [
          node.type,
          `"${node.type}" is not something pages may contain.`,
        ];
        problems.push({ ...positionOf(node), construct, message });
        return false;
      }
    }
  });
  const headings = headingIdsOf(parsed.tree);
  for (const heading of headings) {
    if (heading.fromText && isReservedId(heading.id)) {
      problems.push({
        ...heading.at,
        construct: `heading "${heading.text.slice(0, 40)}"`,
        message: `this heading would get the address #${heading.id}, which the site itself uses. Reword the heading.`,
      });
    }
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { problems, tree: parsed.tree, headings };
}
