/**
 * The rule for a page's id, which is its file name and its address: lower-case letters a to z and digits, in
 * words joined by single hyphens ("pay-partners-fairly"). The checker holds every file name to it, and the editor
 * names a new page's file with `slugify` (cms-config/save-check.ts), so it cannot make a file the checker refuses.
 */

/** Words of lower-case letters and digits joined by single hyphens: page ids, media file names, vocabulary values. */
export const WORDS = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** Names Windows cannot give a file (nor Decap: its file-name sanitiser empties them), whatever follows the dot. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

const SLUG = new RegExp(`^${WORDS}$`);

/** True when a text can be a page id, or the name of a media file before its extension. */
export function isSlug(text: string): boolean {
  return SLUG.test(text) && !RESERVED.test(text);
}

/**
 * The page id for a title (or the nearest id to a file name): accents dropped, apostrophes removed, every other
 * run of characters that are not letters a to z or digits a hyphen. "Don't pay late: a_b ~ Café" becomes
 * "dont-pay-late-a-b-cafe". Always a valid id, "page" when nothing is left.
 */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return !words ? 'page' : RESERVED.test(words) ? `${words}-page` : words;
}
