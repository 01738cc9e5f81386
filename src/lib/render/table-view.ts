/**
 * Sorting and filtering a table in the browser, for the curation desk's tables (src/scripts/sortable-tables.ts):
 * which way a column sorts after a click, how two cells compare, and whether a row matches what was typed.
 */

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  column: number;
  direction: SortDirection;
}

/** A click on a column sorts by it ascending, and a second click on the same column reverses it. */
export function nextSort(current: SortState | undefined, column: number): SortState {
  return current?.column === column && current.direction === 'ascending'
    ? { column, direction: 'descending' }
    : { column, direction: 'ascending' };
}

// Numbers inside text sort as numbers ("2 sources" before "10 sources"); case and accents do not count.
const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** How two cells' values compare; a day written YYYY-MM-DD sorts by date, as its digits do. */
export function compareValues(a: string, b: string): number {
  return collator.compare(a.trim(), b.trim());
}

/** Lower case, without accents or extra spaces, so "Café" matches "cafe". */
function plain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a row's text holds every word typed, in any order; an empty filter matches every row. */
export function matchesQuery(text: string, query: string): boolean {
  const haystack = plain(text);
  return plain(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
