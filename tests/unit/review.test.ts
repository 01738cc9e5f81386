/** The review cycle on fixed days: never the clock of the machine running the tests. */
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  buildDay,
  nextReviewDue,
  reviewNotice,
  reviewNoticeHtml,
  reviewSentence,
  reviewSentenceHtml,
  reviewState,
  type ReviewInput,
} from '../../src/lib/wiki/review';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const page = (
  lastReviewed: string,
  reviewInterval = 12,
  reviewStatus: ReviewInput['reviewStatus'] = 'reviewed',
): ReviewInput => ({
  lastReviewed: day(lastReviewed),
  reviewInterval,
  reviewStatus,
});

describe('nextReviewDue', () => {
  it('adds the interval in months to the last review', () => {
    expect(iso(nextReviewDue(page('2026-11-25', 12)))).toBe('2027-11-25');
    expect(iso(nextReviewDue(page('2026-11-25', 24)))).toBe('2028-11-25');
    expect(iso(nextReviewDue(page('2026-11-25', 3)))).toBe('2027-02-25');
  });

  it('keeps a review in the month it falls due, on the last day where that month is shorter', () => {
    expect(iso(addMonths(day('2024-02-29'), 12))).toBe('2025-02-28');
    expect(iso(addMonths(day('2024-02-29'), 48))).toBe('2028-02-29');
    expect(iso(addMonths(day('2026-01-31'), 1))).toBe('2026-02-28');
    expect(iso(addMonths(day('2027-01-31'), 13))).toBe('2028-02-29');
    expect(iso(addMonths(day('2026-08-31'), 1))).toBe('2026-09-30');
    expect(iso(addMonths(day('2026-12-31'), 60))).toBe('2031-12-31');
  });

  it('follows a change of interval: the same review date, a later or earlier due date', () => {
    expect(iso(nextReviewDue(page('2026-05-10', 6)))).toBe('2026-11-10');
    expect(iso(nextReviewDue(page('2026-05-10', 18)))).toBe('2027-11-10');
    expect(reviewState(page('2025-05-10', 12), day('2026-06-01'))).toBe('overdue');
    expect(reviewState(page('2025-05-10', 24), day('2026-06-01'))).toBe('ok');
  });
});

describe('reviewState', () => {
  const reviewed = page('2025-11-25', 12);

  it('is ok until 30 days before the due date, due soon from then until the due date, overdue the day after', () => {
    expect(reviewState(reviewed, day('2026-10-25'))).toBe('ok');
    expect(reviewState(reviewed, day('2026-10-26'))).toBe('due-soon');
    expect(reviewState(reviewed, day('2026-11-25'))).toBe('due-soon');
    expect(reviewState(reviewed, day('2026-11-26'))).toBe('overdue');
    expect(reviewState(reviewed, day('2031-01-01'))).toBe('overdue');
  });

  it('counts whole days whatever the hour "today" was taken at', () => {
    expect(reviewState(reviewed, new Date('2026-11-25T23:59:00Z'))).toBe('due-soon');
  });

  it('says draft or in review before anything about dates', () => {
    expect(reviewState(page('2020-01-01', 12, 'draft'), day('2026-11-25'))).toBe('draft');
    expect(reviewState(page('2026-11-01', 12, 'in-review'), day('2026-11-25'))).toBe('in-review');
  });
});

describe('what a page says', () => {
  it('gives the last and the next review as readers write dates', () => {
    expect(reviewSentence(page('2026-11-25'))).toBe(
      'Last reviewed for accuracy on 25 November 2026, next review due 25 November 2027.',
    );
    expect(reviewSentenceHtml(page('2024-02-29'))).toBe(
      '<p class="meta-line review-line">Last reviewed for accuracy on <time datetime="2024-02-29">29 February 2024</time>, next review due <time datetime="2025-02-28">28 February 2025</time>.</p>',
    );
  });

  it('shows a named note, in words, when the review is overdue or the page is a draft or in review', () => {
    expect(reviewNotice(page('2025-11-25'), day('2026-11-25'))).toBeUndefined();
    expect(reviewNoticeHtml(page('2025-11-25'), day('2026-11-25'))).toBe('');
    const overdue = reviewNoticeHtml(page('2025-11-25'), day('2026-12-01'));
    expect(overdue).toMatch(/^<aside class="note review-notice" role="note" aria-label="Review status">/);
    expect(overdue).toContain('<strong>Review overdue.</strong>');
    expect(overdue).toContain('its review was due on 25 November 2026');
    expect(overdue).toContain('<a href="/guides/how-to-contribute/#how-review-works">help review it</a>.');
    expect(reviewNotice(page('2026-11-01', 24, 'draft'), day('2026-11-25'))?.label).toBe('Draft.');
    expect(reviewNotice(page('2026-11-01', 24, 'in-review'), day('2026-11-25'))?.label).toBe('In review.');
  });
});

describe('buildDay', () => {
  const now = new Date('2026-11-25T18:30:00Z');

  it('is the day of the clock the caller read, or HANDBOOK_TODAY when set', () => {
    expect(iso(buildDay({}, now))).toBe('2026-11-25');
    expect(iso(buildDay({ HANDBOOK_TODAY: '' }, now))).toBe('2026-11-25');
    expect(iso(buildDay({ HANDBOOK_TODAY: '2031-01-01' }, now))).toBe('2031-01-01');
  });

  it('refuses a day that does not exist or is not written YYYY-MM-DD, saying how to write it', () => {
    for (const given of ['2031-02-30', '1/1/2031', '2031-1-1', 'tomorrow']) {
      expect(() => buildDay({ HANDBOOK_TODAY: given }, now)).toThrow(/write a real day as YYYY-MM-DD/);
    }
  });
});
