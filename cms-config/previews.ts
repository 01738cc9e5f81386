/**
 * The editor's preview of each page kind, drawn with the site's own markup and stylesheet (registered in
 * admin.ts), so a contributor sees the page as readers will: the header, the facts panel of a case study,
 * the prompts of a question, the body with its tables, footnotes and components, the sources. The frame
 * comes from the functions the site's components render (src/lib/page-frame.ts), the body from
 * src/lib/render-preview.ts.
 */
import type { Element } from 'hast';
import { createElement as h, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import type { CollectionName } from '../src/lib/schemas';
import type { FactsInput } from '../src/lib/facts';
import { toHtml } from '../src/lib/markup';
import {
  completenessNote,
  factsPanel,
  pageHeader,
  promptsPanel,
  sourceList,
  themeTags,
  type SourceInput,
} from '../src/lib/page-frame';
import { renderPreview } from '../src/lib/render-preview';
import { kindLabel } from '../src/lib/routes';

interface PageData extends FactsInput {
  title?: string;
  summary?: string;
  themes?: string[];
  prompts?: string[];
  completeness?: string;
  sources?: SourceInput[];
  lastReviewed?: string;
  body?: string;
}

function reviewedOn(date: string | undefined): ReactNode {
  const when = date ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : undefined;
  if (!when || Number.isNaN(when.getTime())) return null;
  const text = when.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return h('p', { className: 'meta-line' }, 'Last reviewed on ', h('time', { dateTime: date?.slice(0, 10) }, text), '.');
}

function body(text = ''): ReactNode {
  const preview = renderPreview(text);
  if (preview.problem) return h('p', { className: 'preview-problem', role: 'alert' }, preview.problem);
  return h('div', { dangerouslySetInnerHTML: { __html: preview.html } });
}

/** Markup of the site's own page frame (src/lib/page-frame.ts), in a box of its own. */
function frame(...parts: (Element | undefined)[]): ReactNode {
  return h('div', { dangerouslySetInnerHTML: { __html: parts.map(toHtml).join('') } });
}

function pagePreview(kind: CollectionName) {
  return function PagePreview({ entry }: PreviewTemplateComponentProps): ReactNode {
    const data = (entry.get('data')?.toJS?.() ?? {}) as PageData;
    const header = pageHeader(
      { kind: kindLabel(kind), title: data.title || 'Untitled page', summary: data.summary },
      themeTags(data.themes),
    );
    const side =
      kind === 'case-studies'
        ? frame(completenessNote(data.completeness ?? 'partial'), factsPanel(data))
        : kind === 'questions'
          ? frame(promptsPanel(data.prompts))
          : null;
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
          h(
            'div',
            { className: 'page-main prose' },
            body(data.body),
            frame(sourceList(data.sources)),
            reviewedOn(data.lastReviewed),
          ),
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
