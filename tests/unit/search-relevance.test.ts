/**
 * How search treats a reader's words (src/lib/render/search-relevance.ts), the names a page is also found by
 * (src/lib/render/search-terms.ts), and the benchmark's queries and scores (tests/bench/).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/lib/content/page-kinds';
import { bestSection, mergeAnyWord, pagefindWeight, searchWords } from '../../src/lib/render/search-relevance';
import { ABOUT_USES, searchTermsFor, termIndex, textOfHtml } from '../../src/lib/render/search-terms';
import { pageOfAddress, relevanceFigures, scoreQuery } from '../bench/relevance';
import { QUERIES } from '../bench/search-queries';

describe("a reader's words", () => {
  it('leaves out the words of asking, which would rule out the page that answers', () => {
    expect(searchWords('what does equitable collaboration mean')).toBe('equitable collaboration mean');
    expect(searchWords('  How do WE know if our partnership is fair?  ')).toBe('know partnership fair?');
  });

  it('searches a query made only of such words as typed', () => {
    expect(searchWords('what is it')).toBe('what is it');
  });
});

describe('pages with some of the words', () => {
  const page = (id: string, score: number) => ({ id, score });

  it('puts pages with more of the words first, then the higher sum of scores', () => {
    const merged = mergeAnyWord([
      [page('a', 1), page('b', 5)],
      [page('a', 1), page('c', 9)],
      [page('d', 0.5), page('b', 0.1)],
    ]);
    expect(merged.map((r) => r.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('can keep only pages with enough of the words', () => {
    const merged = mergeAnyWord([[page('a', 1), page('b', 5)], [page('a', 1)], [page('c', 9)]], 2);
    expect(merged.map((r) => r.id)).toEqual(['a']);
  });

  it('lists nothing when no word is found', () => {
    expect(mergeAnyWord([[], []])).toEqual([]);
  });
});

describe('the section a result links to', () => {
  const sub = (title: string, scores: number[], id?: string) => ({
    title,
    url: id ? `/p/#${id}` : '/p/',
    excerpt: '',
    anchor: id ? { element: 'h2', id } : undefined,
    weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  });

  it('is the section whose matches weigh most', () => {
    const best = bestSection([sub('Page', [49, 49]), sub('What it is', [1], 'what'), sub('Template', [36, 1], 'template')]);
    expect(best?.url).toBe('/p/#template');
  });

  it('is none when the words are only above the first section', () => {
    expect(bestSection([sub('Page', [49])])).toBeUndefined();
  });
});

describe('weights in the index', () => {
  it('writes no attribute for the weight plain text has anyway', () => {
    expect(pagefindWeight(1)).toBeUndefined();
    expect(pagefindWeight(3)).toBe(3);
  });
});

describe('the names a page is also found by', () => {
  const index = termIndex([
    { term: 'TUPE', also: ['transfer of undertakings', 'staff transfer'] },
    { term: 'Full cost recovery', also: ['FCR'] },
    { term: 'Co-production', also: ['coproduction'] },
  ]);

  it('are the other names of each term the page uses, whichever name it uses', () => {
    const terms = searchTermsFor('A guide', 'When a transfer of undertakings applies, the co-production of', index);
    expect(terms.mentions).toEqual(['TUPE', 'staff transfer', 'coproduction']);
  });

  it('match whole words in order, in any case, across tags and punctuation', () => {
    expect(searchTermsFor('', textOfHtml('<p>Full <em>cost</em> recovery.</p>'), index).mentions).toContain('FCR');
    expect(searchTermsFor('', 'full costing and recovery', index).mentions).not.toContain('FCR');
    expect(searchTermsFor('', 'tupelo', index).mentions).not.toContain('TUPE');
  });

  it('tell the terms a page is about (in its title or summary, or used often) from those it mentions', () => {
    expect(searchTermsFor('Staff moving with a contract: TUPE', '', index).about).toContain('transfer of undertakings');
    const often = Array.from({ length: ABOUT_USES }, () => 'full cost recovery').join('. ');
    expect(searchTermsFor('Costing', often, index).about).toContain('FCR');
    expect(searchTermsFor('Costing', 'full cost recovery', index).about).toEqual([]);
  });

  it('count a use of a term once, however many of its names start there', () => {
    const long = termIndex([
      { term: 'TUPE', also: ['Transfer of Undertakings (Protection of Employment)', 'transfer of undertakings'] },
    ]);
    const twice =
      'The Transfer of Undertakings (Protection of Employment) Regulations, and their Transfer of Undertakings rules.';
    expect(searchTermsFor('A guide', twice, long).about).toEqual([]);
    expect(searchTermsFor('A guide', twice, long).mentions).toContain('TUPE');
  });

  it('include the American spelling of "-ise" words', () => {
    const { mentions } = searchTermsFor('', 'Organisations led by marginalised groups recognise', index);
    expect(mentions).toEqual(expect.arrayContaining(['organizations', 'marginalized', 'recognize']));
  });
});

describe("the search benchmark's queries", () => {
  it('are at least 60, each naming pages that exist, and cover every page kind and form', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(60);
    for (const query of QUERIES) {
      expect(query.pages.length, query.query).toBeGreaterThan(0);
      for (const page of query.pages) expect(existsSync(`content/${page}.mdx`), `${query.query}: ${page}`).toBe(true);
    }
    const kinds = new Set(QUERIES.flatMap((q) => q.pages.map((page) => page.split('/')[0])));
    expect([...kinds].sort()).toEqual([...COLLECTIONS].sort());
    expect(new Set(QUERIES.map((q) => q.form)).size).toBe(5);
  });

  it('are scored by the place of the first page that answers them', () => {
    const query = { query: 'q', pages: ['practices/a', 'guides/b'], form: 'words' as const };
    const scores = [
      scoreQuery({ query, found: ['guides/b'] }),
      scoreQuery({ query, found: ['x/y', 'z/w', 'practices/a'] }),
      scoreQuery({ query, found: ['x/y'] }),
      scoreQuery({ query, found: [] }),
    ];
    expect(scores.map((s) => s.rank)).toEqual([1, 3, undefined, undefined]);
    const figures = relevanceFigures(scores);
    expect(figures).toMatchObject({ queries: 4, hitAt1: 0.25, hitAt3: 0.5, zeroResults: ['q'] });
    expect(figures.meanReciprocalRank).toBeCloseTo((1 + 1 / 3) / 4);
  });

  it('read a result by the page it links to, section or not', () => {
    expect(pageOfAddress('/practices/invest-in-coordination/#how-to-start')).toBe('practices/invest-in-coordination');
    expect(pageOfAddress('http://127.0.0.1:4000/guides/glossary/')).toBe('guides/glossary');
  });
});
