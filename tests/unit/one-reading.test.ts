/**
 * The checker reads pages with the same code the build compiles them with: the same Sätteri (the MDX parser
 * of @astrojs/markdown-satteri) and the same frontmatter reader (Astro's @astrojs/internal-helpers). Should an
 * update give the build a copy of its own, these fail, since the checker would then judge text the build reads
 * differently.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const project = createRequire(import.meta.url);

/** The file a package resolves to, from where a given package sits (found by its main file). */
function resolvedFrom(from: string, name: string): string {
  return createRequire(project.resolve(from)).resolve(name);
}

describe('one reading', () => {
  it('the checker and the build use one Sätteri', () => {
    expect(project.resolve('satteri')).toBe(resolvedFrom('@astrojs/markdown-satteri', 'satteri'));
  });

  it('the checker, the content loader and the MDX compiler use one frontmatter reader', () => {
    const own = project.resolve('@astrojs/internal-helpers/frontmatter');
    expect(resolvedFrom('astro', '@astrojs/internal-helpers/frontmatter')).toBe(own);
    expect(resolvedFrom('@astrojs/mdx', '@astrojs/internal-helpers/frontmatter')).toBe(own);
  });
});
