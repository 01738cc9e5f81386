/**
 * The editor's preview of each page kind, drawn with the site's own markup and stylesheet (registered in
 * admin.ts), so a contributor sees the page as readers will: the header, the facts panel of a case study,
 * the prompts of a question, the body with its tables, footnotes and components, the sources and review. The
 * frame comes from the functions the site's components render (src/lib/render/page-frame.ts, src/lib/wiki/review.ts), the
 * body from cms-config/render-preview.ts.
 */
import type { Element } from 'hast';
import { createElement as h, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { z } from 'astro/zod';
import { objectSchema } from '../src/lib/content/schemas';
import { fieldsOf, type CollectionName, kindLabel } from '../src/lib/content/page-kinds';
import { reviewNoticeHtml, reviewSentenceHtml, type ReviewInput } from '../src/lib/wiki/review';
import type { FactsInput } from '../src/lib/content/facts';
import { toHtml } from '../src/lib/core/markup';
import {
  completenessNote,
  factsPanel,
  pageHeader,
  promptsPanel,
  sourceList,
  themeTags,
  type SourceInput,
} from '../src/lib/render/page-frame';
import { renderPreview } from './render-preview';

interface PageData extends FactsInput {
  title?: string;
  summary?: string;
  themes?: string[];
  prompts?: string[];
  completeness?: string;
  sources?: SourceInput[];
  lastReviewed?: string;
  reviewInterval?: number | string;
  reviewStatus?: string;
  body?: string;
}

const REVIEW_FIELDS: readonly string[] = ['lastReviewed', 'reviewInterval', 'reviewStatus'] satisfies (keyof ReviewInput)[];

/** The page's review fields as the site reads them (the schema's defaults for what is left empty), once they are valid. */
function reviewOf(kind: CollectionName, data: PageData): ReviewInput | undefined {
  const fields = fieldsOf(kind).filter((field) => REVIEW_FIELDS.includes(field.name));
  const given = Object.fromEntries(
    REVIEW_FIELDS.flatMap((key) => {
      const value = data[key as keyof PageData];
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const result = objectSchema(fields, () => z.string()).safeParse(given);
  // The schema of exactly these three fields: what it reads is a ReviewInput.
  return result.success ? (result.data as unknown as ReviewInput) : undefined;
}

function body(text = ''): ReactNode {
  const preview = renderPreview(text);
  if (preview.problem) return h('p', { className: 'preview-problem', role: 'alert' }, preview.problem);
  return h('div', { dangerouslySetInnerHTML: { __html: preview.html } });
}

/** Markup of the site's own page frame, in a box of its own. */
function frame(...parts: (Element | string | undefined)[]): ReactNode {
  const html = parts.map((part) => (typeof part === 'string' ? part : toHtml(part))).join('');
  return html ? h('div', { dangerouslySetInnerHTML: { __html: html } }) : null;
}

function pagePreview(kind: CollectionName) {
  return function PagePreview({ entry }: PreviewTemplateComponentProps): ReactNode {
    const data = (entry.get('data')?.toJS?.() ?? {}) as PageData;
    const review = reviewOf(kind, data);
    // The review notice as the editor's day sees it.
    const notice = review && reviewNoticeHtml(review, new Date());
    const tags = themeTags(data.themes);
    const header = pageHeader({
      kind: kindLabel(kind),
      title: data.title || 'Untitled page',
      summary: data.summary,
      notice,
      tags,
    });
    const side =
      kind === 'case-studies'
        ? frame(completenessNote(data.completeness ?? 'partial'), factsPanel(data))
        : kind === 'questions'
          ? frame(promptsPanel(data.prompts))
          : null;
    const after = frame(sourceList(data.sources), review && reviewSentenceHtml(review));
    return h(
      'main',
      { className: 'wrap' },
      h(
        'article',
        null,
        frame(header),
        h(
          'div',
          { className: 'page-grid' },
          h('div', { className: 'page-side' }, side),
          h('div', { className: 'page-main prose' }, body(data.body), after),
        ),
      ),
    );
  };
}

/** One preview per collection, by collection name. */
export const previewTemplates: Record<CollectionName, ReturnType<typeof pagePreview>> = {
  practices: pagePreview('practices'),
  'case-studies': pagePreview('case-studies'),
  questions: pagePreview('questions'),
  guides: pagePreview('guides'),
};
