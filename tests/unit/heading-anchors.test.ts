import { beforeAll, describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { headingAnchors } from '../../src/plugins/heading-anchors';
import { headingIds } from '../../src/lib/links';

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
    expect(html).toContain('<a href="#how-to-start" class="heading-anchor">');
    expect(html).toContain('Link to the section “Step one”');
    expect(html).not.toContain('href="#deep"');
    expect(html).not.toContain('href="#title"');
  });

  it('agrees with the ids the content checks expect', () => {
    expect([...html.matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1])).toEqual(headingIds(markdown));
  });
});
