/** Sorting and filtering the curation desk's tables. */
import { describe, expect, it } from 'vitest';
import { compareValues, matchesQuery, nextSort } from '../../src/lib/render/table-view';

describe('nextSort', () => {
  it('sorts a new column ascending, and reverses it on a second click', () => {
    expect(nextSort(undefined, 2)).toEqual({ column: 2, direction: 'ascending' });
    expect(nextSort({ column: 2, direction: 'ascending' }, 2)).toEqual({ column: 2, direction: 'descending' });
    expect(nextSort({ column: 2, direction: 'descending' }, 2)).toEqual({ column: 2, direction: 'ascending' });
    expect(nextSort({ column: 2, direction: 'descending' }, 0)).toEqual({ column: 0, direction: 'ascending' });
  });
});

describe('compareValues', () => {
  it('sorts words without regard to case or accents, numbers as numbers, days by date', () => {
    const sorted = (values: string[]) => [...values].sort(compareValues);
    expect(sorted(['beta', 'Alpha', 'Émile', 'delta'])).toEqual(['Alpha', 'beta', 'delta', 'Émile']);
    expect(sorted(['10 sources', '2 sources', '1 source'])).toEqual(['1 source', '2 sources', '10 sources']);
    expect(sorted(['2027-01-05', '2026-12-31', '2026-02-01'])).toEqual(['2026-02-01', '2026-12-31', '2027-01-05']);
  });
});

describe('matchesQuery', () => {
  it('matches rows holding every word typed, in any order, ignoring case and accents', () => {
    const row = 'Health Now (Groundswell) Case study Review was due on 1 October 2026';
    expect(matchesQuery(row, '')).toBe(true);
    expect(matchesQuery(row, '  groundswell  ')).toBe(true);
    expect(matchesQuery(row, 'case october')).toBe(true);
    expect(matchesQuery(row, 'case practice')).toBe(false);
    expect(matchesQuery('Café partners', 'cafe')).toBe(true);
  });
});
