/**
 * The page frame the site and the editor's preview share (src/lib/render/page-frame.ts): what a reader sees around
 * a page's text, from the values a contributor typed, which may be half filled or hostile.
 */
import { describe, expect, it } from 'vitest';
import { dayOf, formatDay, isoDay } from '../../src/lib/core/dates';
import { toHtml } from '../../src/lib/core/markup';
import { completenessNote, factsPanel, pageHeader, promptsPanel, sourceList, themeTags } from '../../src/lib/render/page-frame';

describe('the page frame', () => {
  it('writes what a contributor typed as text, never as markup', () => {
    const html = toHtml(pageHeader({ kind: 'Case study', title: '<script>alert(1)</script>', summary: '"a" & <b>' }));
    expect(html).toContain('<h1 data-pagefind-meta="title">&#x3C;script>alert(1)&#x3C;/script></h1>');
    expect(html).toContain('<p class="lede" data-pagefind-meta="summary">"a" &#x26; &#x3C;b></p>');
    expect(html).not.toContain('<script');
  });

  it('puts the review notice, kept out of the search index, between the summary and the theme tags', () => {
    const notice = '<aside class="note review-notice">Draft.</aside>';
    const html = toHtml(pageHeader({ kind: 'Guide', title: 'T', summary: 'S', notice, tags: themeTags(['commissioning']) }));
    expect(html).toContain(
      `<p class="lede" data-pagefind-meta="summary">S</p><div data-pagefind-ignore>${notice}</div><ul class="tags"`,
    );
  });

  it('links a source only to a web address', () => {
    const html = toHtml(sourceList([{ title: 'Report', publisher: 'NPC', year: 2021, url: 'javascript:alert(1)' }]));
    expect(html).toContain('<cite>Report</cite>, NPC, 2021.');
    expect(html).not.toContain('javascript:');
    expect(toHtml(sourceList([{ title: 'R', url: 'https://example.org/r', accessed: '2026-11-25' }]))).toContain(
      '<a href="https://example.org/r">R</a>, undated. Read on 25 November 2026.',
    );
    expect(sourceList([])).toBeUndefined();
  });

  it('puts a panel’s heading at the id and level it is given (the whole handbook nests it)', () => {
    expect(toHtml(factsPanel({}, { id: 'p--facts', level: 4 }))).toMatch(
      /^<section class="panel facts" aria-labelledby="p--facts"><h4 id="p--facts">At a glance<\/h4>/,
    );
    const own = toHtml(promptsPanel(['Who decides?']));
    expect(own).toContain('<h2 id="prompts-title">Prompts to work through</h2><ol><li>Who decides?</li></ol>');
    expect(own).toContain('href="/health-check/"');
    expect(toHtml(promptsPanel(['Who decides?'], { id: 'q--prompts', level: 4 }))).not.toContain('/health-check/');
  });

  it('asks for help on an incomplete page only, and links themes to their pages', () => {
    expect(toHtml(completenessNote('stub'))).toContain('This page is a stub');
    expect(completenessNote('complete')).toBeUndefined();
    expect(completenessNote('constructor')).toBeUndefined();
    expect(toHtml(themeTags(['power-and-decisions']))).toBe(
      '<ul class="tags" aria-label="Themes"><li><a href="/themes/power-and-decisions/">Power and decision-making</a></li></ul>',
    );
    expect(themeTags([])).toBeUndefined();
  });
});

describe('dates', () => {
  it('are written one way for readers and one for machines', () => {
    const day = new Date('2026-11-25T00:00:00Z');
    expect(formatDay(day)).toBe('25 November 2026');
    expect(isoDay(day)).toBe('2026-11-25');
    expect(dayOf('2026-11-25')).toEqual(day);
    expect(dayOf('not a date')).toBeUndefined();
    expect(dayOf(undefined)).toBeUndefined();
  });
});
