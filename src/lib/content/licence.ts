/**
 * What a re-user of a page must give under its licence (CC BY-SA 4.0: https://creativecommons.org/licenses/by-sa/4.0/):
 * the title, who made it, where it is and the licence, in one line they can copy.
 */
import { site } from '../../site.config';

/**
 * What a contributor agrees to, said wherever they can propose text: the editor, the issue forms and the contributor
 * guide. Pictures in public/media/ are under the same licence, with their credit in README.md.
 */
export const LICENCE_GRANT = `What you write is published under the handbook’s licence, ${site.contentLicence.name} (${site.contentLicence.url}): anyone may copy and adapt it if they credit the handbook and share alike. Send only your own words and short quotations marked and credited.`;

/** The box a proposer ticks on an issue form: their agreement to the licence. */
export const LICENCE_AGREEMENT = `I agree that what I write here is published under ${site.contentLicence.name}, and it is my own words or short quotations that I credit.`;

/** The credit line for the page titled `title` at the full address `pageUrl`. */
export function attribution(title: string, pageUrl: string): string {
  return `“${title}”, ${site.title} contributors, ${pageUrl}, ${site.contentLicence.name}`;
}
