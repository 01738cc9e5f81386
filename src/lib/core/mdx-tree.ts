/**
 * The one reading of a page's text. The site compiles MDX with Sätteri (astro.config.mjs); the checker parses
 * it with the same Sätteri parser and the same features into the HTML tree the site renders, so what the
 * checker judges is what gets built.
 *
 * Sätteri takes time that grows with the square of a few rare shapes of input (measured: 150 kB of
 * `{a}` 6 s, of "a" 60 s with smart quotes, of `>` on one line 13 s, of `<!--` 9 s), and its code generator
 * crashes the build on very deep nesting. So before parsing, one linear pass bounds those shapes, and after
 * parsing the tree's depth and tables are bounded; each limit answers with a message.
 */
import type { Features } from 'satteri';
import { mdxToHast } from 'satteri';

/** The Markdown features pages are compiled with: GFM and smart punctuation (Astro's defaults, made explicit). */
export const MDX_FEATURES = { gfm: true, smartPunctuation: true } as const satisfies Features;

/** Bounds on a page's text, each far above what a real page uses and far below what slows the build. */
export const TEXT_LIMITS = {
  /** `{` characters in a page: MDX reads each as the start of code, and Sätteri is slow on many. */
  braces: 1_000,
  /** `<` characters in a page: tags, comments and stray "<". */
  angleBrackets: 2_000,
  /**
   * Marks in one paragraph that smart punctuation or the parser work on across the paragraph: quotation marks and
   * apostrophes, ellipses (`...`), dashes (`--`), character references and entities (`&…;`), and underscores and
   * asterisks (emphasis). Each is slow in numbers within one run of text (time and memory grow with the square of the count).
   */
  quotesPerParagraph: 200,
  /**
   * The same marks in a whole page. Each costs the compiler more than a letter does: this many, however placed, cost
   * the build less than an ordinary page of the largest size (`npm run bench:hostile`). The handbook's pages use at
   * most about 20 in a kilobyte, 3,000 in a page of the largest size.
   */
  marksPerPage: 6_000,
  /** Block quotes and list markers opened at the start of one line (`> > - …`). */
  lineNesting: 10,
  /** How deeply elements may nest in the parsed page (lists in quotes in callouts …). */
  treeDepth: 24,
  /** Columns of a table. */
  tableColumns: 20,
  /** Rows of a table. */
  tableRows: 500,
} as const;

/** A node of the parsed page, as far as the checks need to know it. */
export interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
  [key: string]: unknown;
}

export interface TextProblem {
  line: number;
  column: number;
  construct: string;
  message: string;
}

/**
 * Shapes of text that would make the parser slow, found in one pass: counts of `{` and `<`, quote marks per
 * paragraph, and markers opened at the start of a line.
 */
export function textLimitProblems(source: string): TextProblem[] {
  const problems: TextProblem[] = [];
  let braces = 0;
  let angles = 0;
  let quotes = 0;
  let marks = 0;
  let reportedMarks = false;
  let paragraphLine = 1;
  let line = 1;
  let lineStart = 0;
  let blankLine = true;
  let reportedNesting = false;
  // A table's delimiter row (|---|:--:|) says how many columns every row of it gets: Sätteri fills short rows
  // up to that count, so a wide delimiter row alone can fill the memory.
  let delimiterRow = true;
  let dashRuns = 0;
  let reportedTable = false;
  for (let i = 0; i <= source.length; i++) {
    const char = source[i];
    if (char === undefined || char === '\n') {
      if (delimiterRow && dashRuns > TEXT_LIMITS.tableColumns && !reportedTable) {
        reportedTable = true;
        problems.push({
          line,
          column: 1,
          construct: 'large table',
          message: `this table has ${dashRuns} columns; at most ${TEXT_LIMITS.tableColumns} are allowed. Split it, or link to the full data where it is published.`,
        });
      }
      delimiterRow = true;
      dashRuns = 0;
      // A blank line or the end of the page ends a paragraph.
      if (blankLine || char === undefined) {
        if (quotes > TEXT_LIMITS.quotesPerParagraph) {
          problems.push({
            line: paragraphLine,
            column: 1,
            construct: 'long paragraph',
            message: `this paragraph has ${quotes} quotation marks, apostrophes, ellipses, dashes, "&" signs, underscores and asterisks; at most ${TEXT_LIMITS.quotesPerParagraph} are allowed in one paragraph. Split it into shorter paragraphs.`,
          });
        }
        quotes = 0;
        paragraphLine = line + 1;
      }
      line += 1;
      lineStart = i + 1;
      blankLine = true;
      continue;
    }
    if (char !== ' ' && char !== '\t' && char !== '\r') blankLine = false;
    if (char === '-' && source[i - 1] !== '-') dashRuns += 1;
    else if (char !== '-' && char !== '|' && char !== ':' && char !== ' ' && char !== '\t' && char !== '\r') delimiterRow = false;
    const marksBefore = quotes;
    if (char === '{') braces += 1;
    else if (char === '<') angles += 1;
    else if (char === '"' || char === "'" || char === '&') quotes += 1;
    // A pair of dots or dashes (`...`, `--`) and an underscore between letters: smart punctuation's and emphasis's work.
    else if ((char === '.' || char === '-') && source[i + 1] === char) quotes += 1;
    // Underscores and asterisks: emphasis delimiters, whose runs the parser matches against each other.
    else if (char === '_' || char === '*') quotes += 1;
    if (quotes > marksBefore) {
      marks += 1;
      if (marks > TEXT_LIMITS.marksPerPage && !reportedMarks) {
        reportedMarks = true;
        problems.push({
          line,
          column: i - lineStart + 1,
          construct: 'too many marks',
          message: `the page has more than ${TEXT_LIMITS.marksPerPage} quotation marks, apostrophes, ellipses, dashes, "&" signs, underscores and asterisks (this is the first over the limit). Split it into shorter pages that link to each other.`,
        });
      }
    }
    if (i === lineStart && !reportedNesting) {
      const depth = lineNesting(source, i);
      if (depth > TEXT_LIMITS.lineNesting) {
        reportedNesting = true;
        problems.push({
          line,
          column: 1,
          construct: 'deep nesting',
          message: `this line opens ${depth} quotes or lists inside each other; at most ${TEXT_LIMITS.lineNesting} are allowed. Use fewer levels.`,
        });
      }
    }
  }
  if (braces > TEXT_LIMITS.braces) {
    problems.push({
      line: 1,
      column: 1,
      construct: 'too many braces',
      message: `the page has ${braces} "{" characters; at most ${TEXT_LIMITS.braces} are allowed. Pages cannot hold code; put long code on a page of its own site and link to it.`,
    });
  }
  if (angles > TEXT_LIMITS.angleBrackets) {
    problems.push({
      line: 1,
      column: 1,
      construct: 'too many tags',
      message: `the page has ${angles} "<" characters; at most ${TEXT_LIMITS.angleBrackets} are allowed. Split the page into shorter pages.`,
    });
  }
  return problems;
}

/**
 * How many block quotes and list items a line opens at its start: `> > - 1. text` opens four. Reads only
 * the markers themselves, so the whole pass stays linear.
 */
function lineNesting(source: string, start: number): number {
  let depth = 0;
  let i = start;
  for (;;) {
    while (source[i] === ' ' || source[i] === '\t') i += 1;
    const char = source[i];
    if (char === '>') {
      depth += 1;
      i += 1;
    } else if ((char === '-' || char === '*' || char === '+') && (source[i + 1] === ' ' || source[i + 1] === '\t')) {
      depth += 1;
      i += 2;
    } else {
      let j = i;
      while (j - i < 9 && source[j]! >= '0' && source[j]! <= '9') j += 1;
      if (j > i && (source[j] === '.' || source[j] === ')') && (source[j + 1] === ' ' || source[j + 1] === '\t')) {
        depth += 1;
        i = j + 2;
      } else return depth;
    }
  }
}

/** Parses a page's MDX as the build does; a syntax error comes back as a problem at its place. */
export function parseMdx(source: string): { tree: MdNode; problem?: undefined } | { tree?: undefined; problem: TextProblem } {
  try {
    return { tree: mdxToHast(source, { features: MDX_FEATURES }) as unknown as MdNode };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // Sätteri's messages start with "line:column: ".
    const place = /^(\d+):(\d+):\s*/.exec(text);
    const reason = text
      .slice(place?.[0].length ?? 0)
      .split('\n')[0]!
      .replace(/\s*\(note:.*$/, '');
    return {
      problem: {
        line: Number(place?.[1] ?? 1),
        column: Number(place?.[2] ?? 1),
        construct: 'MDX syntax',
        message: `this text cannot be read as MDX: ${reason}. In running text, write \\< for "<" and \\{ for "{".`,
      },
    };
  }
}

/**
 * Visits every node, parents before children, without recursion (a deep page cannot overflow the stack).
 * `visit` returns false to skip a node's children.
 */
export function walk(tree: MdNode, visit: (node: MdNode, depth: number, parent: MdNode | undefined) => boolean | void) {
  const stack: [MdNode, number, MdNode | undefined][] = [[tree, 0, undefined]];
  while (stack.length > 0) {
    const [node, depth, parent] = stack.pop()!;
    if (visit(node, depth, parent) === false || !node.children) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, depth + 1, node]);
  }
}

/** The text of a node and everything in it, as a browser's `textContent` gives it. */
export function plainText(node: MdNode): string {
  let text = '';
  walk(node, (child) => {
    if (child.type === 'text') text += String(child['value'] ?? '');
  });
  return text;
}

/** Where a node starts (1-based), or the top of the page. */
export function positionOf(node: MdNode): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}
