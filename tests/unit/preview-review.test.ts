/**
 * The editor's preview shows a page's review dates and notice in the site's own markup (src/lib/wiki/review.ts), with
 * the schema's default interval for what the contributor left empty.
 */
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { previewTemplates } from '../../cms-config/previews';
import { reviewNoticeHtml, reviewSentenceHtml } from '../../src/lib/wiki/review';

/** The HTML the preview sets from the site's own functions, found in the element tree it returns. */
function preview(kind: keyof typeof previewTemplates, data: Record<string, unknown>): string {
  const entry = { get: () => ({ toJS: () => data }) } as unknown as PreviewTemplateComponentProps['entry'];
  const html: string[] = [];
  const walk = (node: ReactNode): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object' && 'props' in node) {
      const props = node.props as { children?: ReactNode; dangerouslySetInnerHTML?: { __html: string } };
      if (props.dangerouslySetInnerHTML) html.push(props.dangerouslySetInnerHTML.__html);
      walk(props.children);
    }
  };
  walk(previewTemplates[kind]({ entry } as PreviewTemplateComponentProps));
  return html.join('\n');
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the preview of a page’s review', () => {
  it('gives the next review from the kind’s default interval when none is written', () => {
    const html = preview('guides', { title: 'A guide', lastReviewed: '2026-11-25', body: 'Text.' });
    expect(html).toContain(reviewSentenceHtml({ lastReviewed: day('2026-11-25'), reviewInterval: 24, reviewStatus: 'reviewed' }));
    const caseStudy = preview('case-studies', { title: 'A case', lastReviewed: '2026-11-25', body: 'Text.' });
    expect(caseStudy).toContain('next review due <time datetime="2027-11-25">25 November 2027</time>');
  });

  it('shows the same notice as the site for a draft, and none for a page reviewed recently', () => {
    const draft = { lastReviewed: day('2026-11-25'), reviewInterval: 6, reviewStatus: 'draft' } as const;
    const html = preview('practices', {
      title: 'A practice',
      lastReviewed: '2026-11-25',
      reviewInterval: 6,
      reviewStatus: 'draft',
    });
    expect(html).toContain(reviewNoticeHtml(draft, new Date()));
    expect(preview('practices', { title: 'A practice', lastReviewed: new Date().toISOString().slice(0, 10) })).not.toContain(
      'review-notice',
    );
  });

  it('shows neither while the review date is not a date yet', () => {
    expect(preview('guides', { title: 'A guide', lastReviewed: 'next week' })).not.toContain('review-line');
  });
});
