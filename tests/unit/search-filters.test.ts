import { describe, expect, it } from 'vitest';
import {
  FACETS,
  isEmptySearch,
  pagefindFilterQuery,
  pagefindFilters,
  parseSearchState,
  serializeSearchState,
} from '../../src/lib/search-filters';

describe('pagefindFilters', () => {
  it('writes one name:value pair per value, skipping empty facets', () => {
    expect(
      pagefindFilters({
        kind: 'case-studies',
        questions: ['power'],
        sectors: ['health-and-care', 'mental-health'],
        regions: [],
        collaborationType: 'consortium',
      }),
    ).toEqual(['kind:case-studies', 'question:power', 'sector:health-and-care', 'sector:mental-health', 'type:consortium']);
    expect(pagefindFilters({ kind: 'guides' })).toEqual(['kind:guides']);
  });
});

describe('search state in the address', () => {
  it('round-trips a query with several filters', () => {
    const state = { query: 'small charity', filters: { sector: ['health-and-care'], kind: ['case-studies', 'practices'] } };
    const text = serializeSearchState(state);
    expect(text).toBe('?q=small+charity&kind=case-studies&kind=practices&sector=health-and-care');
    expect(parseSearchState(text)).toEqual({
      query: 'small charity',
      filters: { kind: ['case-studies', 'practices'], sector: ['health-and-care'] },
    });
  });

  it('ignores unknown facets, unknown values and repeats', () => {
    expect(parseSearchState('?q=x&colour=red&sector=nope&region=london&region=london')).toEqual({
      query: 'x',
      filters: { region: ['london'] },
    });
  });

  it('writes nothing for an empty search', () => {
    expect(serializeSearchState({ query: '  ', filters: { sector: [] } })).toBe('');
    expect(isEmptySearch(parseSearchState(''))).toBe(true);
    expect(isEmptySearch(parseSearchState('?kind=guides'))).toBe(false);
  });

  it('turns filters into Pagefind "any" clauses', () => {
    expect(pagefindFilterQuery({ query: '', filters: { sector: ['a', 'b'], region: [] } })).toEqual({
      sector: { any: ['a', 'b'] },
    });
  });

  it('offers the five facets the search page promises', () => {
    expect(FACETS.map((f) => f.name)).toEqual(['kind', 'question', 'sector', 'region', 'type']);
  });
});
