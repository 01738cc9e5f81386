/**
 * The content guard's long fuzz run: `npm run fuzz -- --runs 20000 --seed 1`. Generates attack pages, and for
 * each one the checker accepts, compiles it with the site's own MDX pipeline and looks for code and danger
 * (tests/support/differential.ts). Prints how many pages were generated, accepted and found unsafe, and the
 * first unsafe page, shrunk to its smallest form.
 */
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { checkMdx } from '../../src/lib/check/mdx-guard';
import { attackPage } from '../support/attack-pieces';
import { codeIn, compileLikeTheSite, dangersIn, renderCompiled } from '../support/differential';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20000' }, seed: { type: 'string', default: String(Date.now() % 1e9) } },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const MEDIA = new Set(['chart.png']);
let generated = 0;
let accepted = 0;
const started = performance.now();

const result = await fc.check(
  fc.asyncProperty(attackPage(40), async (page) => {
    generated += 1;
    if (checkMdx(page, MEDIA).problems.length > 0) return true;
    accepted += 1;
    const compiled = await compileLikeTheSite(page);
    const found = codeIn(compiled);
    return found.length === 0 && dangersIn(renderCompiled(compiled), MEDIA).length === 0;
  }),
  { seed, numRuns: runs },
);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Seed ${seed}: ${runs} pages generated, ${accepted} accepted by the checker and compiled, in ${seconds} s (${generated} runs with shrinking).`,
);
if (result.failed) {
  console.log(
    `UNSAFE: the checker accepted a page the site would compile to code or danger:\n${JSON.stringify(result.counterexample?.[0])}`,
  );
  process.exit(1);
}
console.log('Findings: none. Every accepted page compiled to code that runs nothing and HTML with nothing dangerous.');
