/**
 * What a re-user of a page must give under its licence (CC BY-SA 4.0: https://creativecommons.org/licenses/by-sa/4.0/):
 * the title, who made it, where it is and the licence, in one line they can copy.
 */
import { site } from '../site.config';

/** The credit line for the page titled `title` at the full address `pageUrl`. */
export function attribution(title: string, pageUrl: string): string {
  return `“${title}”, ${site.title} contributors, ${pageUrl}, ${site.contentLicence.name}`;
}
