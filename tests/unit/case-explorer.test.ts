/**
 * The case explorer's logic: filters, counts, sorting, the comparison and the state kept in the address.
 */
import { describe, expect, it } from 'vitest';
import {
  caseFacets,
  caseYear,
  COMPARE_LIMIT,
  explorerFacets,
  facetCounts,
  filterCases,
  parseExplorerState,
  serializeExplorerState,
  sortCases,
  toggleCompare,
  type ExplorerCase,
} from '../../src/lib/tools/case-explorer';
import { facetValues } from '../../src/lib/tools/search-filters';

// What the case study index writes as checkboxes: every facet's values, the questions from the question pages.
const QUESTIONS = [
  { value: 'power', label: 'Power' },
  { value: 'impact', label: 'Impact' },
];
const allowed = facetValues(
  explorerFacets(QUESTIONS).flatMap((facet) => facet.terms.map((term) => ({ name: facet.name, value: term.value }))),
);

const item = (
  id: string,
  title: string,
  facets: Record<string, string[]>,
  year: number | undefined,
  reviewed: string,
): ExplorerCase => ({
  id,
  title,
  facets,
  year,
  reviewed,
});

const cases = [
  item(
    'a',
    'Beta alliance',
    { sector: ['mental-health'], region: ['london'], type: ['consortium'], status: ['active'] },
    2019,
    '2026-01-10',
  ),
  item(
    'b',
    'alpha fund',
    { sector: ['mental-health', 'criminal-justice'], region: ['wales'], type: ['pooled-fund'], status: ['ended'] },
    2015,
    '2026-03-01',
  ),
  item(
    'c',
    'Gamma network',
    { sector: ['criminal-justice'], region: ['london'], type: ['network'], status: ['unknown'] },
    undefined,
    '2026-03-01',
  ),
];
const ids = (list: ExplorerCase[]) => list.map((c) => c.id);

describe('filters', () => {
  it('keep the cases with any chosen value within a facet', () => {
    expect(ids(filterCases(cases, { sector: ['mental-health', 'criminal-justice'] }))).toEqual(['a', 'b', 'c']);
    expect(ids(filterCases(cases, { region: ['wales'] }))).toEqual(['b']);
  });

  it('keep only the cases that match every facet chosen', () => {
    expect(ids(filterCases(cases, { sector: ['criminal-justice'], region: ['london'] }))).toEqual(['c']);
    expect(ids(filterCases(cases, { sector: ['mental-health'], status: ['unknown'] }))).toEqual([]);
  });

  it('keep every case when nothing is chosen', () => {
    expect(ids(filterCases(cases, {}))).toEqual(['a', 'b', 'c']);
    expect(ids(filterCases(cases, { sector: [] }))).toEqual(['a', 'b', 'c']);
  });
});

describe('counts', () => {
  it('say how many cases each value would show, given the other facets’ choices', () => {
    const counts = facetCounts(cases, { region: ['london'] }, allowed);
    // Sector counts apply the region choice: a and c are in London.
    expect(counts['sector']).toMatchObject({ 'mental-health': 1, 'criminal-justice': 1, 'drugs-and-alcohol': 0 });
    // Region counts ignore the region choice itself, so other regions show what adding them would bring.
    expect(counts['region']).toMatchObject({ london: 2, wales: 1 });
  });

  it('cover every value of every facet, zero included', () => {
    const counts = facetCounts(cases, {}, allowed);
    expect(counts['theme']?.['crisis-response']).toBe(0);
    expect(Object.keys(counts)).toEqual(['sector', 'region', 'type', 'status', 'question', 'theme']);
  });
});

describe('sorting', () => {
  it('by name, ignoring case', () => {
    expect(ids(sortCases(cases, 'name'))).toEqual(['b', 'a', 'c']);
  });

  it('by date, newest first, cases without a date last', () => {
    expect(ids(sortCases(cases, 'date'))).toEqual(['a', 'b', 'c']);
  });

  it('by last review, most recent first, ties by name', () => {
    expect(ids(sortCases(cases, 'reviewed'))).toEqual(['b', 'c', 'a']);
  });
});

describe('the comparison', () => {
  it(`takes up to ${COMPARE_LIMIT} cases and refuses another rather than dropping one`, () => {
    let compare: string[] = [];
    for (const id of ['a', 'b', 'c']) compare = toggleCompare(compare, id, true).compare;
    expect(compare).toEqual(['a', 'b', 'c']);
    expect(toggleCompare(compare, 'd', true)).toEqual({ compare: ['a', 'b', 'c'], full: true });
    expect(toggleCompare(compare, 'b', false)).toEqual({ compare: ['a', 'c'], full: false });
  });
});

describe('the address', () => {
  const known = new Set(['a', 'b', 'c', 'd']);

  it('round-trips filters, sort and comparison', () => {
    const state = {
      filters: { region: ['london', 'wales'], theme: ['crisis-response'] },
      sort: 'date' as const,
      compare: ['b', 'a'],
    };
    const search = serializeExplorerState(state, allowed);
    expect(search).toBe('?region=london&region=wales&theme=crisis-response&sort=date&compare=b&compare=a');
    expect(parseExplorerState(search, known, allowed)).toEqual(state);
  });

  it('is empty for the default view', () => {
    expect(serializeExplorerState({ filters: {}, sort: 'name', compare: [] }, allowed)).toBe('');
    expect(parseExplorerState('', known, allowed)).toEqual({ filters: {}, sort: 'name', compare: [] });
  });

  it('ignores unknown facets, values, sorts and cases, repeats, and a fourth case', () => {
    const state = parseExplorerState(
      '?region=atlantis&colour=red&sector=mental-health&sector=mental-health&sort=random&compare=zzz&compare=a&compare=b&compare=c&compare=d',
      known,
      allowed,
    );
    expect(state).toEqual({ filters: { sector: ['mental-health'] }, sort: 'name', compare: ['a', 'b', 'c'] });
  });

  it('uses the search page’s names for the facets they share', () => {
    expect(
      parseExplorerState('?sector=mental-health&region=london&type=consortium&question=power', known, allowed).filters,
    ).toEqual({
      sector: ['mental-health'],
      region: ['london'],
      type: ['consortium'],
      question: ['power'],
    });
  });
});

describe('a case study’s values', () => {
  it('are read from its facts', () => {
    const facets = caseFacets({
      sectors: ['mental-health'],
      regions: ['london'],
      collaborationType: 'consortium',
      period: { start: 2019, status: 'active' },
      questions: [{ id: 'power' }, 'impact'],
      themes: ['crisis-response'],
    });
    expect(facets).toEqual({
      sector: ['mental-health'],
      region: ['london'],
      type: ['consortium'],
      status: ['active'],
      question: ['power', 'impact'],
      theme: ['crisis-response'],
    });
    expect(caseYear({ end: 2021, status: 'ended' })).toBe(2021);
    expect(caseYear({ status: 'unknown' })).toBeUndefined();
  });
});
