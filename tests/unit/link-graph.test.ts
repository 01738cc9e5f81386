import { describe, expect, it } from 'vitest';
import { buildLinkGraph, RELATED_LIMIT, type GraphPage } from '../../src/lib/wiki/link-graph';
import { headingIds, internalLinks } from '../support/page-links';

/** A page whose body starts on line 10 of its file. */
function page(url: string, body: string, extra: Partial<GraphPage> = {}): GraphPage {
  return {
    url,
    file: `content${url.slice(0, -1)}.mdx`,
    links: internalLinks(body).map((link) => ({ ...link, line: link.line + 9 })),
    images: [],
    headingIds: headingIds(body),
    references: [],
    questions: [],
    themes: [],
    organisations: [],
    ...extra,
  };
}

const pages = [
  page(
    '/practices/a/',
    '## How to start\n\nSee [b](/case-studies/b/) and [b again](/case-studies/b/#what-happened) and [home](/).',
  ),
  page('/case-studies/b/', '## What happened\n\nBack to [a](/practices/a/#how-to-start).', {
    organisations: ['Groundswell'],
    themes: ['x'],
  }),
  page('/case-studies/c/', 'Links to [a missing page](/practices/nope/) and\n[a missing section](/practices/a/#how-to-finish).', {
    organisations: ['groundswell'],
    references: [{ url: '/practices/a/', line: 4 }],
  }),
  page('/guides/d/', 'No links.', { themes: ['x'] }),
];

describe('buildLinkGraph', () => {
  const graph = buildLinkGraph(pages, ['/']);

  it('lists each page’s outgoing links once, without anchors, itself or the home page excluded only if self', () => {
    expect(graph.outgoing.get('/practices/a/')).toEqual(['/', '/case-studies/b/']);
    expect(graph.outgoing.get('/case-studies/b/')).toEqual(['/practices/a/']);
    expect(graph.outgoing.get('/guides/d/')).toEqual([]);
  });

  it('gives backlinks from body links and frontmatter references', () => {
    expect(graph.backlinks.get('/practices/a/')).toEqual(['/case-studies/b/', '/case-studies/c/']);
    expect(graph.backlinks.get('/case-studies/b/')).toEqual(['/practices/a/']);
    expect(graph.backlinks.get('/guides/d/')).toEqual([]);
  });

  it('reports broken pages and anchors with file lines and a suggestion', () => {
    expect(graph.broken).toEqual([
      {
        file: 'content/case-studies/c.mdx',
        line: 10,
        href: '/practices/nope/',
        message: 'links to /practices/nope/, which is not a page of the handbook. The nearest existing page is /practices/a/.',
      },
      {
        file: 'content/case-studies/c.mdx',
        line: 11,
        href: '/practices/a/#how-to-finish',
        message: 'links to the section #how-to-finish of /practices/a/, which has no such heading. Did you mean #how-to-start?',
      },
    ]);
  });

  it('relates pages by shared organisation (any case) before shared theme', () => {
    expect(graph.related.get('/case-studies/b/')).toEqual(['/case-studies/c/', '/guides/d/']);
    expect(graph.related.get('/practices/a/')).toEqual([]);
  });

  it('keeps related lists short and scales past the common-value cut-off', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      page(`/practices/p${i}/`, '', { questions: ['power'], themes: i % 2 ? ['x'] : ['y'] }),
    );
    const big = buildLinkGraph(many);
    const related = big.related.get('/practices/p1/')!;
    expect(related).toHaveLength(RELATED_LIMIT);
    expect(related).not.toContain('/practices/p1/');
  });
});
