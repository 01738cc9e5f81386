/**
 * Statements of law on the handbook's pages. Law differs between the UK's nations, changes, and is easy to
 * misread, so every statement of what an Act, a regulation or statutory guidance requires sits in a `<Law>`
 * block that names the nations where it holds, links the legislation or official guidance it rests on, and
 * gives the day it was checked; the block itself says it is not legal advice and where to get advice.
 * A page that cites legislation must hold at least one such block (`lawProblems` in law-check.ts, run by the
 * checker). This module is read in the browser too (the editor's preview), so it parses nothing itself.
 */
import { dayOf, formatDay, isoDay } from '../core/dates';

/** The UK's nations, in the order a sentence lists them. */
export const NATIONS = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
} as const;

export type Nation = keyof typeof NATIONS;

/**
 * Where legislation and official guidance are published: the UK's and the devolved governments' own sites,
 * regulators and the NHS. A `<Law>` block's source must be on one of these hosts or a subdomain of one, so a
 * reader can check the rule where it is made, not in someone's summary of it.
 */
export const OFFICIAL_HOSTS = [
  'legislation.gov.uk',
  'gov.uk',
  'gov.scot',
  'gov.wales',
  'nidirect.gov.uk',
  'nhs.uk',
  'ico.org.uk',
  'acas.org.uk',
  'oscr.org.uk',
  'charitycommissionni.org.uk',
  'lra.org.uk',
  'equalityhumanrights.com',
] as const;

/** The host whose addresses are legislation: a page citing it states law. */
export const LEGISLATION_HOST = 'legislation.gov.uk';

/** The guide every `<Law>` block sends readers to for advice (content/guides/). */
export const LEGAL_ADVICE_GUIDE = 'where-to-get-legal-advice';

/** Whether `host` is `domain` or one of its subdomains (label by label, so "evilgov.uk" is not "gov.uk"). */
export function hostIsUnder(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === domain || h.endsWith(`.${domain}`);
}

/** The nations a `nations="…"` prop names, in order, or a problem in words. */
export function readNations(value: string): { nations: Nation[] } | { problem: string } {
  const words = value.trim().split(/\s+/).filter(Boolean);
  const allowed = Object.keys(NATIONS).join(', ');
  if (words.length === 0) return { problem: `name at least one nation: ${allowed}, separated by spaces.` };
  for (const word of words) {
    if (!Object.hasOwn(NATIONS, word))
      return { problem: `"${word}" is not a nation. Write one or more of: ${allowed}, separated by spaces.` };
  }
  const nations = (Object.keys(NATIONS) as Nation[]).filter((n) => words.includes(n));
  if (nations.length !== words.length) return { problem: 'names a nation twice.' };
  return { nations };
}

/** "England, Wales and Northern Ireland", or "the whole UK" for all four. */
export function nationsText(nations: readonly Nation[]): string {
  if (nations.length === Object.keys(NATIONS).length) return 'the whole UK';
  const names = nations.map((n) => NATIONS[n]);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** Why a `checked="…"` value is not a day the statement can have been checked on, or undefined. */
export function checkedProblem(value: string): string | undefined {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayOf(value) : undefined;
  if (!day || isoDay(day) !== value) {
    return `checked must be the day you checked it against its source, written YYYY-MM-DD, for example checked="2026-12-07".`;
  }
  return undefined;
}

/** "7 December 2026", for a checked day already accepted by `checkedProblem`. */
export function checkedText(value: string): string {
  return formatDay(dayOf(value)!);
}

/** Why a `source="…"` address is not legislation or official guidance, or undefined. */
export function officialSourceProblem(value: string): string | undefined {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || url.protocol !== 'https:' || url.username || url.password) {
    return `source must be the https:// address of the legislation or official guidance, for example https://www.legislation.gov.uk/ukpga/2023/54/section/18.`;
  }
  if (!OFFICIAL_HOSTS.some((domain) => hostIsUnder(url.hostname, domain))) {
    return `source must be where the law or official guidance is published (${OFFICIAL_HOSTS.join(', ')}), not ${url.hostname}. Cite other explanations in the page's sources.`;
  }
  return undefined;
}

/** Whether an address is on legislation.gov.uk: citing it means the page states law. */
export function isLegislation(address: string): boolean {
  return URL.canParse(address) && hostIsUnder(new URL(address).hostname, LEGISLATION_HOST);
}
