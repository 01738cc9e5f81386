/**
 * The review cycle of a page: when its next review is due, whether it is overdue, and what the page tells
 * its readers about it. GOV.UK's Technical Documentation Template works the same way (a last-reviewed date,
 * an interval and an expired-page banner); here a page may also be a draft or in review.
 *
 * Nothing in this module reads the clock: "today" is always handed in. The build decides it once
 * (`buildDay`, called by src/integrations/content.ts and src/cli/curation.ts), so every page, the curation
 * desk and the reminder agree, and tests run on fixed dates.
 */

import { formatDay, isoDay } from '../core/dates';
import { pageUrl } from '../content/routes';
import type { reviewStatuses } from '../content/vocabulary';

/** Where a page stands in review; `reviewed` unless a curator says otherwise. */
export type ReviewStatus = (typeof reviewStatuses)[number]['value'];

/** What the review cycle needs of a page: the schema's fields, with their defaults applied. */
export interface ReviewInput {
  lastReviewed: Date;
  /** Months between reviews. */
  reviewInterval: number;
  reviewStatus: ReviewStatus;
}

/** Where a page stands on a given day. */
export type ReviewState = 'draft' | 'in-review' | 'overdue' | 'due-soon' | 'ok';

/** A review due within this many days is "due soon": the curation desk and the weekly reminder list it. */
export const DUE_SOON_DAYS = 30;

const DAY_MS = 86_400_000;

/** The calendar day of a date, at midnight UTC (the schema reads YYYY-MM-DD as that). */
function dayOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * The same day `months` later; where that month is shorter, its last day (31 January + 1 month is
 * 28 or 29 February; 29 February + 12 months is 28 February), so a review never slips into the month after.
 */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** The day the next review is due: the last review plus the interval. */
export function nextReviewDue(review: Pick<ReviewInput, 'lastReviewed' | 'reviewInterval'>): Date {
  return addMonths(dayOf(review.lastReviewed), review.reviewInterval);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((dayOf(to).getTime() - dayOf(from).getTime()) / DAY_MS);
}

/**
 * A page's state on `today`. A draft or a page in review says so first; otherwise it is overdue from the day
 * after its review was due, and due soon from {@link DUE_SOON_DAYS} days before.
 */
export function reviewState(review: ReviewInput, today: Date): ReviewState {
  if (review.reviewStatus !== 'reviewed') return review.reviewStatus;
  const daysLeft = daysBetween(today, nextReviewDue(review));
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'ok';
}

/** "Last reviewed for accuracy on 25 November 2026, next review due 25 November 2027." */
export function reviewSentence(review: ReviewInput): string {
  return `Last reviewed for accuracy on ${formatDay(review.lastReviewed)}, next review due ${formatDay(nextReviewDue(review))}.`;
}

/** A notice readers must see before they rely on the page: why, in words, never by colour alone. */
export interface ReviewNotice {
  /** The notice's first words, in bold: what is the matter. */
  label: string;
  text: string;
}

/** The notice a page shows on `today`, or none while its review is current. */
export function reviewNotice(review: ReviewInput, today: Date): ReviewNotice | undefined {
  switch (reviewState(review, today)) {
    case 'overdue':
      return {
        label: 'Review overdue.',
        text: `This page was last checked against its sources on ${formatDay(review.lastReviewed)}; its review was due on ${formatDay(nextReviewDue(review))}. Some facts may be out of date: check them against the sources listed, and if you can,`,
      };
    case 'draft':
      return {
        label: 'Draft.',
        text: 'The curating cohort has not yet checked this page against its sources: facts may be missing or wrong. If you know more,',
      };
    case 'in-review':
      return {
        label: 'In review.',
        text: 'A curator is checking this page against its sources, so some facts may still change. If you know more,',
      };
    default:
      return undefined;
  }
}

/** Where the notice's closing link goes: how review works, and how to take part. */
export const REVIEW_HELP = {
  href: `${pageUrl('guides', 'how-to-contribute')}#how-review-works`,
  text: 'help review it',
} as const;

/** The review sentence as the site's markup: a paragraph with the two days in `<time>` elements. */
export function reviewSentenceHtml(review: ReviewInput): string {
  const time = (date: Date) => `<time datetime="${isoDay(date)}">${formatDay(date)}</time>`;
  return `<p class="meta-line review-line">Last reviewed for accuracy on ${time(review.lastReviewed)}, next review due ${time(nextReviewDue(review))}.</p>`;
}

/**
 * The notice as the site's markup, or '' when there is none: a note landmark with a name, so a screen reader
 * can find it and tell it from the page's text. The same HTML on the site (PageLayout.astro, print.astro) and in
 * the editor's preview (cms-config/previews.ts); `link` gives its link's address where it is printed (/print/).
 */
export function reviewNoticeHtml(review: ReviewInput, today: Date, link: (href: string) => string = (href) => href): string {
  const notice = reviewNotice(review, today);
  if (!notice) return '';
  return (
    `<aside class="note review-notice" role="note" aria-label="Review status">` +
    `<p><strong>${notice.label}</strong> ${notice.text} <a href="${link(REVIEW_HELP.href)}">${REVIEW_HELP.text}</a>.</p></aside>`
  );
}

/**
 * The day the build calls "today": `HANDBOOK_TODAY` (YYYY-MM-DD) when set, for reproducible builds and tests;
 * otherwise the day of `now`, which the caller reads from the clock once.
 */
export function buildDay(env: Readonly<Record<string, string | undefined>>, now: Date): Date {
  const given = env['HANDBOOK_TODAY'];
  if (given === undefined || given === '') return dayOf(now);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(given) ? new Date(`${given}T00:00:00Z`) : undefined;
  if (!day || Number.isNaN(day.getTime()) || isoDay(day) !== given) {
    throw new Error(`HANDBOOK_TODAY is "${given}"; write a real day as YYYY-MM-DD, such as 2031-01-01, or leave it unset.`);
  }
  return day;
}
