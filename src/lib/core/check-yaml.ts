/**
 * Frontmatter is plain data: text, numbers, dates, lists and fields. YAML can do more (anchors and aliases
 * that multiply one value into millions, custom tags that build objects), and none of it is needed, so it
 * is refused before the YAML is used. Astro reads frontmatter with js-yaml; these checks read the same text
 * with a second, stricter parser and then check js-yaml's result too, so the two cannot disagree unseen.
 */
import { isAlias, isNode, isPair, isScalar, parseDocument, visit } from 'yaml';

/** Longest frontmatter: the longest first-edition page has about 5,000 characters. */
export const MAX_FRONTMATTER_CHARS = 20_000;

/** The YAML tags plain values have; any other tag (!!js/function, !include …) is refused. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`));

export interface YamlProblem {
  /** The file line (the frontmatter starts on line 2). */
  line: number;
  message: string;
  /** False for a problem in one value (a date that does not exist): the rest of the page can still be checked. */
  fatal?: false;
}

/** True when YYYY-MM-DD names a day that exists. */
function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Turns character offsets into file lines, by binary search over the line starts (linear overall). */
function lineFinder(text: string): (offset: number | undefined) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    if (offset === undefined) return 2;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 2;
  };
}

/** Problems with YAML features the handbook does not use and that can be abused (alias bombs, custom tags). */
export function yamlProblems(frontmatter: string): YamlProblem[] {
  if (frontmatter.length > MAX_FRONTMATTER_CHARS) {
    return [
      {
        line: 2,
        message: `the frontmatter is ${frontmatter.length} characters long; at most ${MAX_FRONTMATTER_CHARS} are allowed. Move long text into the page itself.`,
      },
    ];
  }
  const problems: YamlProblem[] = [];
  const lineAt = lineFinder(frontmatter);
  const doc = parseDocument(frontmatter, { uniqueKeys: true, prettyErrors: false, strict: true });
  for (const error of doc.errors) {
    // Tags are reported below, by name, whether or not this parser knows them.
    if (error.code === 'TAG_RESOLVE_FAILED') continue;
    const message =
      error.code === 'DUPLICATE_KEY'
        ? 'a field is written twice. Keep one of them.'
        : `the frontmatter is not valid YAML (${error.message.split('\n')[0]}). Check the indentation and quotes.`;
    problems.push({ line: lineAt(error.pos[0]), message });
  }
  let field = '';
  visit(doc, (key, node) => {
    if (isPair(node) && isScalar(node.key)) field = String(node.key.value);
    if (isAlias(node)) {
      problems.push({
        line: lineAt(node.range?.[0]),
        message: 'YAML aliases (*name) are not allowed in frontmatter. Write the value out in full.',
      });
      return visit.SKIP;
    }
    if (!isNode(node)) return undefined;
    const line = lineAt(node.range?.[0]);
    if (node.anchor)
      problems.push({ line, message: 'YAML anchors (&name) are not allowed in frontmatter. Write each value out in full.' });
    if (node.tag && !PLAIN_TAGS.has(node.tag)) {
      const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      problems.push({ line, message: `the YAML tag ${tag} is not allowed. Write plain values: text, numbers, lists and dates.` });
    }
    // YAML reads 2026-02-31 as 3 March without a word; a date must be a real day.
    if (
      key === 'value' &&
      isScalar(node) &&
      typeof node.value === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(node.value) &&
      !isRealDate(node.value)
    ) {
      problems.push({
        line,
        message: `field "${field}": ${node.value} is not a real date. Write an existing day as YYYY-MM-DD.`,
        fatal: false,
      });
    }
    return undefined;
  });
  return problems;
}

/**
 * Why the data js-yaml read is not plain, or undefined: one value reached twice is an alias the stricter
 * parser did not see, and anything but text, numbers, true/false, dates, lists and fields is refused.
 */
export function plainDataProblem(data: unknown): string | undefined {
  const seen = new Set<object>();
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value) || value instanceof Date) continue;
    if (typeof value !== 'object') return `the frontmatter holds a value of type ${typeof value}; write plain values only.`;
    if (seen.has(value)) return 'the frontmatter uses one value in two places (a YAML alias). Write each value out in full.';
    seen.add(value);
    if (Array.isArray(value)) stack.push(...value);
    else if (Object.getPrototypeOf(value) === Object.prototype) stack.push(...Object.values(value));
    else return 'the frontmatter holds something other than plain values. Write text, numbers, lists and dates only.';
  }
  return undefined;
}
