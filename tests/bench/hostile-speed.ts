/**
 * How long the content checker takes on the inputs that once made it (or the build) hang, crash or run out
 * of memory, each at the largest size a page may have (150 kB; 2 MB for an SVG). Every check is linear, so
 * each should take about as long as an ordinary page of the same size. Run with `npm run bench:hostile`;
 * it prints figures, it asserts nothing.
 */
import { checkMdx } from '../../src/lib/check/mdx-guard';
import { svgProblems } from '../../src/lib/core/svg-check';
import { yamlProblems } from '../../src/lib/core/check-yaml';
import { readFileSync } from 'node:fs';
import { mdxToJs } from 'satteri';
import { MDX_FEATURES, TEXT_LIMITS } from '../../src/lib/core/mdx-tree';
import { headingAnchors } from '../../src/plugins/heading-anchors';
import { basePathAddresses } from '../../src/plugins/base-path';
import { taskListLabels } from '../../src/plugins/task-lists';

const PAGE = 150_000;
const fill = (unit: string, size = PAGE) => unit.repeat(Math.floor(size / unit.length));
const encode = (text: string) => new TextEncoder().encode(text);

const pages: [string, string][] = [
  ['ordinary prose', fill('Partners agreed how decisions would be made. ')],
  ['a heading of spaces', `# ${' '.repeat(PAGE - 10)}x`],
  ['nested block quotes', fill('> ')],
  ['a table padded to thousands of columns', `${fill('|a', 40_000)}|\n${fill('|-', 40_000)}|\n${fill('|b|\n', 60_000)}`],
  ['deeply nested <sub>', `${fill('<sub>', 75_000)}x${fill('</sub>', 75_000)}`],
  ['deep emphasis', `${fill('*a ', 75_000)}x${fill(' a*', 75_000)}`],
  ['link openers', fill('[a](')],
  ['unclosed brackets', fill('[')],
  ['braces in code', fill('`{` ')],
  ['quote marks in one paragraph', fill('"a" ')],
  ['HTML comment openers', fill('<!--')],
  ['stray "<"', fill('<')],
  ['closed expressions', fill('{a} ')],
  ['reference definitions', fill('[d]: /x\n')],
];

console.log('Checker time on hostile pages of 150 kB (an ordinary page of that size is the first line):');
for (const [name, text] of pages) {
  const started = performance.now();
  const { problems } = checkMdx(text, new Set());
  const ms = performance.now() - started;
  console.log(
    `  ${name.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms  ${problems[0] ? `refused: ${problems[0].construct}` : 'accepted'}`,
  );
}

const svgs: [string, string][] = [
  [
    'a drawing of 130,000 circles (over the element limit)',
    `<svg xmlns="http://www.w3.org/2000/svg">${fill('<circle r="1"/>', 2_000_000)}</svg>`,
  ],
  ['empty comments before the root', `${fill('<!---->', 2_000_000)}<svg xmlns="http://www.w3.org/2000/svg"/>`],
  ['one long attribute of letters', `<svg xmlns="http://www.w3.org/2000/svg"><path d="${fill('a', 1_900_000)}"/></svg>`],
  ['unclosed function calls', `<svg xmlns="http://www.w3.org/2000/svg"><path fill="${fill('rgb(', 1_900_000)}"/></svg>`],
];
console.log('SVG check on 2 MB files:');
for (const [name, text] of svgs) {
  const started = performance.now();
  const problems = svgProblems(encode(text));
  console.log(
    `  ${name.padEnd(40)} ${(performance.now() - started).toFixed(0).padStart(6)} ms  ${problems.length ? 'refused' : 'accepted'}`,
  );
}

/**
 * The shapes smart punctuation and the parser once handled in time and memory growing with the square of their count
 * in one paragraph, at 50, 100 and 200 kB: as one paragraph (refused by the linear pass) and as the worst a page may
 * hold, paragraphs just under the limit. Time and the growth of the process's memory meanwhile.
 */
const SQUARED: [string, string][] = [
  ['ellipses ...', '...'],
  ['dashes a--', 'a--'],
  ['character references &#1;', '&#1;'],
  ['entities &amp;', '&amp;'],
  ['underscores inside words a_b', 'a_b'],
  ['quote marks "a"', '"a" '],
];
/** Marks a unit counts for, repeated: a pair of quote marks twice, a run of ellipses three times (each "." before a "."). */
const marksIn = (unit: string) => (unit === '...' ? 3 : unit.includes('"') ? 2 : 1);
// Just under the limit of marks in one paragraph.
const paragraph = (unit: string) => `${unit.repeat(Math.floor((TEXT_LIMITS.quotesPerParagraph - 10) / marksIn(unit)))}\n\n`;
// An ordinary page: the body of one of the handbook's own pages (headings, lists, links, emphasis, a table) repeated.
const ownPage = readFileSync('content/guides/partnership-life-cycle.mdx', 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
/**
 * The worst page of a shape the checker accepts: as many paragraphs just under a paragraph's limit as the page's limit
 * of marks allows, then plain sentences up to `size`.
 */
const worstAccepted = (unit: string, size = PAGE) => {
  const marked = paragraph(unit).repeat(Math.floor(TEXT_LIMITS.marksPerPage / (TEXT_LIMITS.quotesPerParagraph - 10)));
  return marked + fill('Partners agreed how decisions would be made and wrote them down. ', Math.max(0, size - marked.length));
};
console.log('Shapes once quadratic, at 50 / 100 / 200 kB (time, memory growth; one paragraph, then the worst accepted):');
for (const [name, unit] of SQUARED) {
  const cells: string[] = [];
  for (const size of [50_000, 100_000, 200_000]) {
    for (const text of [fill(unit, size), worstAccepted(unit, size)]) {
      const before = process.memoryUsage().rss;
      const started = performance.now();
      const { problems } = checkMdx(text, new Set());
      const ms = performance.now() - started;
      const mb = Math.max(0, process.memoryUsage().rss - before) / 1e6;
      cells.push(`${ms.toFixed(0)} ms/${mb.toFixed(0)} MB ${problems[0] ? 'refused' : 'accepted'}`);
    }
  }
  console.log(`  ${name.padEnd(32)} ${cells.join(' | ')}`);
}

const nested = `<svg xmlns="http://www.w3.org/2000/svg">${'<g xmlns:b="c">'.repeat(70_000)}`;
const svgStarted = performance.now();
svgProblems(encode(nested));
console.log(
  `SVG of 70,000 nested elements declaring a foreign namespace (1 MB): ${(performance.now() - svgStarted).toFixed(0)} ms`,
);

const keys = Array.from({ length: 1_300 }, (_, i) => `key${i}: value`).join('\n');
const started = performance.now();
yamlProblems(keys);
console.log(`Frontmatter of 1,300 fields (at the 20,000-character limit): ${(performance.now() - started).toFixed(0)} ms`);

/**
 * What the worst accepted page of each shape costs the build, against an ordinary page of the same size: the
 * compilation Astro runs on every page (Sätteri's MDX to JavaScript, with the site's features and plugins), at the
 * largest size a page may have. The budget is 1.2x the ordinary page; the best of three runs of each is printed.
 */
const compile = (text: string) =>
  mdxToJs(text, { features: MDX_FEATURES, hastPlugins: [headingAnchors, basePathAddresses, taskListLabels] });
const bestOf = (text: string) => {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    compile(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
};
const ordinary = bestOf(fill(`${ownPage}\n\n`));
console.log(
  `Build compilation of the worst accepted page of each shape at ${PAGE / 1000} kB (an ordinary page: ${ordinary.toFixed(0)} ms):`,
);
for (const [name, unit] of SQUARED) {
  const text = worstAccepted(unit);
  const refused = checkMdx(text, new Set()).problems[0];
  if (refused) {
    console.log(`  ${name.padEnd(32)} refused (${refused.construct}): the shape cannot reach the limit`);
    continue;
  }
  const ms = bestOf(text);
  const ratio = ms / ordinary;
  console.log(
    `  ${name.padEnd(32)} ${ms.toFixed(0).padStart(6)} ms  ${ratio.toFixed(2)}x  ${ratio <= 1.2 ? 'within' : 'OVER'} the 1.2x budget`,
  );
}
