/**
 * The editor's preview of each page kind, drawn with the site's own classes and stylesheet (registered in
 * admin.ts), so a contributor sees the page much as readers will: the header, the facts panel of a case
 * study, the prompts of a question, the body with its tables, footnotes and components, the sources.
 * The facts and the body come from the same modules the site uses (src/lib/facts.ts, render-preview.ts).
 */
import { createElement as h, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { z } from 'astro/zod';
import { objectSchema } from '../src/lib/schemas';
import { fieldsOf, type CollectionName } from '../src/lib/page-kinds';
import { reviewNoticeHtml, reviewSentenceHtml, type ReviewInput } from '../src/lib/review';
import { COMPLETENESS_NOTES, caseStudyFacts, type Fact, type FactsInput } from '../src/lib/facts';
import { renderPreview } from '../src/lib/render-preview';
import { kindLabel } from '../src/lib/routes';
import { completenessLevels, labelOf, themes } from '../src/lib/vocabulary';

interface Source {
  title?: string;
  publisher?: string;
  year?: number | string;
  url?: string;
}

interface PageData extends FactsInput {
  title?: string;
  summary?: string;
  themes?: string[];
  prompts?: string[];
  completeness?: string;
  sources?: Source[];
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

/** The review sentence and notice, in the site's markup (src/lib/review.ts); today is the editor's day. */
function review(kind: CollectionName, data: PageData, part: 'notice' | 'sentence'): ReactNode {
  const input = reviewOf(kind, data);
  if (!input) return null;
  const html = part === 'notice' ? reviewNoticeHtml(input, new Date()) : reviewSentenceHtml(input);
  return html ? h('div', { dangerouslySetInnerHTML: { __html: html } }) : null;
}

function themeTags(values: string[] = []): ReactNode {
  if (values.length === 0) return null;
  return h(
    'ul',
    { className: 'tags', 'aria-label': 'Themes' },
    values.map((value) => h('li', { key: value }, h('span', null, labelOf(themes, value)))),
  );
}

function factsPanel(data: PageData): ReactNode {
  const describe = (fact: Fact): ReactNode => {
    if (fact.kind === 'text') return fact.text;
    if (fact.kind === 'list')
      return fact.items.length > 0
        ? h(
            'ul',
            null,
            fact.items.map((item, i) => h('li', { key: i }, item)),
          )
        : fact.empty;
    return h(
      'ul',
      null,
      fact.organisations.map((org, i) =>
        h(
          'li',
          { key: i },
          org.named ? h('strong', null, org.name) : `${org.name} (not named in the sources)`,
          org.lead ? ' (lead)' : null,
          `: ${org.role}`,
          org.details ? h('span', { className: 'meta-line' }, ` (${org.details})`) : null,
        ),
      ),
    );
  };
  return h(
    'section',
    { className: 'panel facts', 'aria-labelledby': 'facts-title' },
    h('h2', { id: 'facts-title' }, 'At a glance'),
    h(
      'dl',
      null,
      caseStudyFacts(data).flatMap((fact) => [
        h('dt', { key: `t-${fact.term}` }, fact.term),
        h('dd', { key: `d-${fact.term}` }, describe(fact)),
      ]),
    ),
  );
}

function completenessNote(level = 'partial'): ReactNode {
  const note = COMPLETENESS_NOTES[level];
  if (!note) return null;
  return h(
    'aside',
    { className: 'note', 'aria-label': `Page status: ${labelOf(completenessLevels, level)}` },
    h('p', null, `${note} If you know more and can point to a source, help complete it.`),
  );
}

function prompts(list: string[] = []): ReactNode {
  return h(
    'section',
    { className: 'panel', 'aria-labelledby': 'prompts-title' },
    h('h2', { id: 'prompts-title' }, 'Prompts to work through'),
    h(
      'ol',
      null,
      list.map((prompt, i) => h('li', { key: i }, prompt)),
    ),
  );
}

function sourceList(sources: Source[] = []): ReactNode {
  if (sources.length === 0) return null;
  return h(
    'section',
    { 'aria-labelledby': 'sources-title' },
    h('h2', { id: 'sources-title' }, 'Sources'),
    h(
      'ul',
      null,
      sources.map((s, i) =>
        h(
          'li',
          { key: i },
          s.url ? h('a', { href: s.url }, s.title) : h('cite', null, s.title),
          `, ${s.publisher ?? ''}, ${s.year ?? ''}.`,
        ),
      ),
    ),
  );
}

function body(text = ''): ReactNode {
  const preview = renderPreview(text);
  if (preview.problem) return h('p', { className: 'preview-problem', role: 'alert' }, preview.problem);
  return h('div', { dangerouslySetInnerHTML: { __html: preview.html } });
}

function pagePreview(kind: CollectionName) {
  return function PagePreview({ entry }: PreviewTemplateComponentProps): ReactNode {
    const data = (entry.get('data')?.toJS?.() ?? {}) as PageData;
    const side =
      kind === 'case-studies'
        ? [h('div', { key: 'note' }, completenessNote(data.completeness)), h('div', { key: 'facts' }, factsPanel(data))]
        : kind === 'questions'
          ? prompts(data.prompts)
          : null;
    return h(
      'main',
      { className: 'wrap' },
      h(
        'article',
        null,
        h(
          'header',
          { className: 'page-header' },
          h('p', { className: 'meta-line' }, kindLabel(kind)),
          h('h1', null, data.title || 'Untitled page'),
          h('p', { className: 'lede' }, data.summary),
          review(kind, data, 'notice'),
          themeTags(data.themes),
        ),
        h(
          'div',
          { className: 'page-grid' },
          h('div', { className: 'page-side' }, side),
          h('div', { className: 'page-main prose' }, body(data.body), sourceList(data.sources), review(kind, data, 'sentence')),
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
