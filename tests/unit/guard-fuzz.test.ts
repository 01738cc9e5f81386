/**
 * Differential fuzzing of the content guard against the site's own MDX pipeline: for every generated page the
 * checker accepts, the compiled page runs nothing and renders no script, handler, unsafe address, remote
 * resource or file content (tests/support/differential.ts). A fixed seed and a bounded count keep `npm test`
 * repeatable; `npm run fuzz` runs many more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMdx } from '../../src/lib/check/mdx-guard';
import { attackPage } from '../support/attack-pieces';
import { codeIn, compileLikeTheSite, dangersIn, renderCompiled } from '../support/differential';

const MEDIA = new Set(['chart.png']);

describe('the differential oracle', () => {
  it('sees code, imports, and dangerous output in pages the guard would refuse', async () => {
    expect(codeIn(await compileLikeTheSite('A {process.exit(1)}'))).toContain('calls process.exit');
    expect(codeIn(await compileLikeTheSite('![x](../../../package.json?raw)'))).toContain('imports ../../../package.json?raw');
    expect(dangersIn(renderCompiled(await compileLikeTheSite('[x](javascript:alert(1))')), MEDIA)).toContain(
      'href="javascript:alert(1)"',
    );
    expect(dangersIn(renderCompiled(await compileLikeTheSite('![x](https://evil.example/p.png)')), MEDIA)).toContain(
      'src="https://evil.example/p.png"',
    );
  });

  it('finds nothing in a page that uses everything pages may use', async () => {
    const page =
      '## Hi\n\n<Quote source="a" year={2021}>q <abbr title="t">A</abbr></Quote> [l](/p/) ![a](/media/chart.png)\n\n|a|b|\n|:-|-:|\n|1|2|\n\nA[^1]\n\n[^1]: n';
    const compiled = await compileLikeTheSite(page);
    expect(codeIn(compiled)).toEqual([]);
    expect(dangersIn(renderCompiled(compiled), MEDIA)).toEqual([]);
  });
});

describe('pages the guard accepts', () => {
  it('compile to code that runs nothing and HTML with nothing dangerous (fixed seed, 400 pages)', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(attackPage(), async (page) => {
        if (checkMdx(page, MEDIA).problems.length > 0) return;
        accepted += 1;
        const compiled = await compileLikeTheSite(page);
        expect(codeIn(compiled), page).toEqual([]);
        expect(dangersIn(renderCompiled(compiled), MEDIA), page).toEqual([]);
      }),
      { seed: 20261126, numRuns: 400 },
    );
    // The generator must reach the compiler often enough for the property to mean something.
    expect(accepted).toBeGreaterThan(40);
  });
});
