import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { headingAnchors } from '../../src/plugins/heading-anchors';
import { headingIds } from '../support/page-links';
import { renderPreview } from '../../cms-config/render-preview';
import { compileLikeTheSite, renderCompiled } from '../support/differential';

const markdown = '# Title\n\n## How to start\n\nText.\n\n### Step one\n\n## How to start\n\n#### Deep';

describe('headingAnchors', () => {
  let html = '';
  beforeAll(async () => {
    ({ html } = await markdownToHtml(markdown, { hastPlugins: [headingAnchors] }));
  });

  it('gives every heading an id, numbering repeats', () => {
    expect([...html.matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'title',
      'how-to-start',
      'step-one',
      'how-to-start-1',
      'deep',
    ]);
  });

  it('links h2 and h3 to themselves with a label for screen readers', () => {
    expect(html).toContain('<a href="#how-to-start" class="heading-anchor" data-pagefind-ignore="all">');
    expect(html).toContain('Link to the section “Step one”');
    expect(html).not.toContain('href="#deep"');
    expect(html).not.toContain('href="#title"');
  });

  it('agrees with the ids the content checks expect', () => {
    expect([...html.matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1])).toEqual(headingIds(markdown));
  });
});

describe('heading ids for any text', () => {
  // Pieces of heading text that slug differently from one tool to another: underscores, code, emphasis,
  // footnote marks, links, images, accents, emoji, punctuation and tags pages may use.
  const piece = fc.constantFrom(
    'snake_case',
    '`code_x`',
    '*em*',
    '__strong__',
    'A',
    'é',
    'Ünïcödé',
    '😀',
    '&amp;',
    '—',
    "it's",
    '"q"',
    '...',
    '-',
    '  ',
    '1',
    '#x',
    '[link](/p/)',
    '![img](/media/chart.png)',
    '<abbr title="t">AB</abbr>',
    '<kbd>K</kbd>',
    'x[^1]',
    '\\*',
    '~~del~~',
  );
  const heading = fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(' ').trim() || 'x');

  it('the checker and the editor’s preview give every heading the id the site gives it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(heading, { minLength: 1, maxLength: 4 }), async (texts) => {
        const body = `${texts.map((text, i) => `${i % 2 ? '###' : '##'} ${text}\n\nText.`).join('\n\n')}\n\n[^1]: A note.\n`;
        // The site's own MDX pipeline, rendered (tests/support/differential.ts).
        const html = renderCompiled(await compileLikeTheSite(body));
        const site = [...html.matchAll(/<h[23] id="([^"]*)"/g)].map((m) => m[1]);
        const fromSite = site.filter((id) => id !== 'footnote-label');
        expect(
          headingIds(body).filter((id) => id !== 'footnote-label'),
          body,
        ).toEqual(fromSite);
        // And the editor's preview, which renders the same text with its own pipeline.
        const preview = renderPreview(body)
          .headings.filter((h) => h.depth <= 3)
          .map((h) => h.id);
        expect(
          preview.filter((id) => id !== 'footnote-label'),
          body,
        ).toEqual(fromSite);
      }),
      { seed: 1126, numRuns: 300 },
    );
  });
});
