/** How the handbook writes a day, everywhere: "25 November 2026" for readers, "2026-11-25" for machines. */

// Days are kept in UTC, as YAML reads `2026-11-25`; one formatter for every date (making one costs about 0.1 ms).
const READABLE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const formatDay = (date: Date): string => READABLE.format(date);

/** For `<time datetime>`, file names, open data and the page files. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** A day as the editor holds it while a contributor types ("2026-11-25", or a Date); undefined if it is not one. */
export function dayOf(value: unknown): Date | undefined {
  const date =
    value instanceof Date ? value : typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}
