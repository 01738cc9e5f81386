import { describe, expect, it } from 'vitest';
import {
  facetValues,
  isEmptySearch,
  pagefindFilterQuery,
  pageFacets,
  pagefindFilters,
  parseSearchState,
  serializeSearchState,
  searchFacets,
} from '../../src/lib/tools/search-filters';
import { wordsToPreload } from '../../src/scripts/pagefind';

// The question pages as the build reads them; the page's checkboxes carry every facet's values.
const QUESTIONS = [
  { value: 'power', label: 'Power' },
  { value: 'impact', label: 'Impact' },
];
const FACETS = searchFacets(QUESTIONS);
const allowed = facetValues(FACETS.flatMap((facet) => facet.terms.map((term) => ({ name: facet.name, value: term.value }))));

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

describe('pageFacets', () => {
  it('reads each facet from the page’s field of the same name, ids for the pages it names', () => {
    const data = {
      title: 'A case',
      questions: [{ id: 'power' }],
      sectors: ['housing'],
      regions: ['london'],
      collaborationType: 'consortium',
      themes: ['commissioning'],
    };
    expect(pageFacets('case-studies', 'a-case', data)).toEqual({
      questions: ['power'],
      sectors: ['housing'],
      regions: ['london'],
      collaborationType: 'consortium',
    });
    expect(pageFacets('practices', 'a-practice', { questions: [{ id: 'impact' }], sectors: [] })).toEqual({
      questions: ['impact'],
      sectors: [],
    });
  });

  it('files a question’s page under itself, and a guide under its kind alone', () => {
    expect(pagefindFilters({ kind: 'questions', ...pageFacets('questions', 'power', {}) })).toEqual([
      'kind:questions',
      'question:power',
    ]);
    expect(pageFacets('guides', 'about', { themes: ['commissioning'] })).toEqual({});
  });
});

describe('search state in the address', () => {
  it('round-trips a query with several filters', () => {
    const state = { query: 'small charity', filters: { sector: ['health-and-care'], kind: ['case-studies', 'practices'] } };
    const text = serializeSearchState(state, allowed);
    expect(text).toBe('?q=small+charity&kind=case-studies&kind=practices&sector=health-and-care');
    expect(parseSearchState(text, allowed)).toEqual({
      query: 'small charity',
      filters: { kind: ['case-studies', 'practices'], sector: ['health-and-care'] },
    });
  });

  it('ignores unknown facets, unknown values and repeats', () => {
    expect(parseSearchState('?q=x&colour=red&sector=nope&region=london&region=london', allowed)).toEqual({
      query: 'x',
      filters: { region: ['london'] },
    });
  });

  it('writes nothing for an empty search', () => {
    expect(serializeSearchState({ query: '  ', filters: { sector: [] } }, allowed)).toBe('');
    expect(isEmptySearch(parseSearchState('', allowed))).toBe(true);
    expect(isEmptySearch(parseSearchState('?kind=guides', allowed))).toBe(false);
  });

  it('turns filters into Pagefind "any" clauses', () => {
    expect(pagefindFilterQuery({ query: '', filters: { sector: ['a', 'b'], region: [] } })).toEqual({
      sector: { any: ['a', 'b'] },
    });
  });

  it('offers the five facets the search page promises, the page kinds and questions from the handbook', () => {
    expect(FACETS.map((f) => f.name)).toEqual(['kind', 'question', 'sector', 'region', 'type']);
    expect(FACETS[0]!.terms.map((t) => t.value)).toEqual(['guides', 'questions', 'practices', 'case-studies']);
    expect(FACETS[1]!.terms).toEqual(QUESTIONS);
  });

  it('reads the values each facet allows from the page’s checkboxes, in order, each once', () => {
    const boxes = [
      { name: 'sector', value: 'a' },
      { name: 'region', value: 'b' },
      { name: 'sector', value: 'c' },
      { name: 'sector', value: 'a' },
    ];
    expect([...facetValues(boxes)]).toEqual([
      ['sector', ['a', 'c']],
      ['region', ['b']],
    ]);
  });
});

describe('wordsToPreload', () => {
  it('keeps the words of three letters or more, so the index loaded while typing is the part the search will read', () => {
    expect(wordsToPreload('paid coordinator')).toBe('paid coordinator');
    expect(wordsToPreload('paid c')).toBe('paid');
    expect(wordsToPreload('pa')).toBe('');
    expect(wordsToPreload('pay a fair share')).toBe('pay fair share');
  });
});
