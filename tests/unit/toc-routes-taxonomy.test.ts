import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../src/lib/render/toc';
import { BACKLINKS_LIMIT, firstPages, QUESTION_LIST_LIMIT, relatedPages } from '../../src/lib/wiki/kind-pages';
import { relations } from '../../src/lib/core/relations';
import { breadcrumbs, indexUrl, linkableRoutes, pageUrl, themeUrl } from '../../src/lib/content/routes';
import { kindHeading, kindLabel } from '../../src/lib/content/page-kinds';
import { groupByTheme, pagesForQuestion, type PageSummary } from '../../src/lib/content/taxonomy';
import { themes } from '../../src/lib/content/vocabulary';

describe('tableOfContents', () => {
  const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase() });

  it('nests h3 under h2 and leaves out deeper headings', () => {
    expect(tableOfContents([h(2, 'A'), h(3, 'A1'), h(4, 'A1x'), h(2, 'B'), h(2, 'C')])).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
      { slug: 'c', text: 'C', children: [] },
    ]);
  });

  it('gives short pages no contents list', () => {
    expect(tableOfContents([h(2, 'A'), h(3, 'A1'), h(2, 'B')])).toEqual([]);
  });

  it('ignores an h3 before the first h2', () => {
    expect(tableOfContents([h(3, 'Stray'), h(2, 'A'), h(2, 'B'), h(2, 'C')]).map((i) => i.text)).toEqual(['A', 'B', 'C']);
  });
});

describe('routes', () => {
  it('builds addresses with trailing slashes', () => {
    expect(pageUrl('case-studies', 'detention-forum')).toBe('/case-studies/detention-forum/');
    expect(indexUrl('practices')).toBe('/practices/');
    expect(themeUrl('commissioning')).toBe('/themes/commissioning/');
  });

  it('names kinds in the singular and plural', () => {
    expect(kindLabel('case-studies')).toBe('Case study');
    expect(kindHeading('case-studies')).toBe('Case studies');
  });

  it('lets content link to every kind’s index, every theme and the site’s own pages, each once', () => {
    const routes = linkableRoutes();
    expect(routes).toEqual(expect.arrayContaining(['/', '/guides/', '/case-studies/', '/themes/', '/themes/commissioning/']));
    expect(routes).toEqual(expect.arrayContaining(['/search/', '/health-check/', '/data/', '/print/', '/changes/']));
    expect(new Set(routes).size).toBe(routes.length);
    // Pages left out of the sitemap may still be linked: the guides point curators at the curation desk.
    expect(routes).toEqual(expect.arrayContaining(['/curation/', '/random/']));
  });

  it('leads breadcrumbs from home through the collection', () => {
    expect(breadcrumbs('guides')).toEqual([
      { label: 'Home', href: '/' },
      { label: 'Guides', href: '/guides/' },
    ]);
    expect(breadcrumbs()).toEqual([{ label: 'Home', href: '/' }]);
  });
});

describe('taxonomy', () => {
  const page = (
    collection: PageSummary['collection'],
    id: string,
    themeList: string[],
    questions: string[] = [],
  ): PageSummary => ({
    collection,
    id,
    title: id.toUpperCase(),
    summary: '',
    themes: themeList,
    questions,
  });
  const pages = [
    page('case-studies', 'b-case', ['commissioning']),
    page('practices', 'a-practice', ['commissioning', 'commissioning'], ['power']),
    page('guides', 'guide', ['lived-experience']),
    page('practices', 'c-practice', [], ['power', 'impact']),
  ];

  it('keeps every theme, counts each page once, and orders guides, practices, then cases', () => {
    const groups = groupByTheme(pages);
    expect(groups.map((g) => g.theme.value)).toEqual(themes.map((t) => t.value));
    expect(groups.find((g) => g.theme.value === 'commissioning')!.pages.map((p) => p.id)).toEqual(['a-practice', 'b-case']);
    expect(groups.find((g) => g.theme.value === 'crisis-response')!.pages).toEqual([]);
  });

  it('lists the pages of a kind that name a question', () => {
    expect(pagesForQuestion(pages, 'power', 'practices').map((p) => p.id)).toEqual(['a-practice', 'c-practice']);
    expect(pagesForQuestion(pages, 'power', 'case-studies')).toEqual([]);
  });

  // a-practice names b-case (and a page that is gone); d-case names c-practice, which does not name it back.
  const handbook = {
    summaries: pages,
    byUrl: new Map(pages.map((p) => [pageUrl(p.collection, p.id), p])),
    relations: relations({
      practices: [
        { id: 'a-practice', related: ['b-case', 'gone'] },
        { id: 'c-practice', related: [] },
      ],
      caseStudies: [
        { id: 'b-case', related: [] },
        { id: 'd-case', related: ['c-practice'] },
      ],
    }),
  };
  const lists = (collection: PageSummary['collection'], id: string, data: Record<string, unknown>) =>
    relatedPages(handbook, collection, id, data).map((group) => [group.heading, group.pages.map((p) => p.id), group.empty]);

  it('lists under a practice the case studies and questions it names, in its order, and asks for a case when it has none', () => {
    expect(lists('practices', 'a-practice', { related: [{ id: 'b-case' }, { id: 'gone' }], questions: [] })).toEqual([
      ['Case studies that show it', ['b-case'], 'No case study shows this practice yet. Know one? Propose it.'],
      ['Questions it helps answer', [], undefined],
    ]);
    expect(lists('practices', 'a-practice', { related: [], questions: [] })[0]![1]).toEqual(['b-case']);
  });

  it('lists a relation on both pages whichever side states it', () => {
    const dCase = page('case-studies', 'd-case', []);
    const book = { ...handbook, byUrl: new Map([...handbook.byUrl, [pageUrl('case-studies', 'd-case'), dCase]]) };
    expect(relatedPages(book, 'practices', 'c-practice', {})[0]!.pages.map((p) => p.id)).toEqual(['d-case']);
    expect(relatedPages(book, 'case-studies', 'd-case', {})[0]!.pages.map((p) => p.id)).toEqual(['c-practice']);
    expect(relatedPages(book, 'case-studies', 'b-case', {})[0]!.pages.map((p) => p.id)).toEqual(['a-practice']);
  });

  it('lists under a question the practices and case studies that name it, and nothing under a guide', () => {
    expect(lists('questions', 'power', {})).toEqual([
      ['Practices that help answer it', ['a-practice', 'c-practice'], undefined],
      ['Case studies that speak to it', [], undefined],
    ]);
    expect(lists('guides', 'guide', {})).toEqual([]);
  });

  it('lists the first pages that name a question and links to all of them in search when there are many', () => {
    const many = Array.from({ length: QUESTION_LIST_LIMIT * 2 }, (_, i) => page('practices', `p-${100 + i}`, [], ['power']));
    const [practices] = relatedPages({ ...handbook, summaries: many }, 'questions', 'power', {});
    expect(practices!.pages.map((p) => p.id)).toEqual(many.slice(0, QUESTION_LIST_LIMIT).map((p) => p.id));
    expect(practices!.more).toEqual({ href: '/search/?kind=practices&question=power', text: `All ${many.length} practices` });
    expect(relatedPages(handbook, 'questions', 'power', {})[0]!.more).toBeUndefined();
  });

  it('shows the first pages of a long wiki list and says how many more there are', () => {
    const many = Array.from({ length: BACKLINKS_LIMIT + 1234 }, (_, i) => page('guides', `g-${i}`, []));
    const { pages: first, more } = firstPages(many, BACKLINKS_LIMIT);
    expect(first).toEqual(many.slice(0, BACKLINKS_LIMIT));
    expect(more).toEqual({ text: 'And 1,234 more.' });
    expect(firstPages(many.slice(0, 3), BACKLINKS_LIMIT)).toEqual({ pages: many.slice(0, 3) });
    // Half as many again as the limit are still shown whole; one more and the list is cut.
    expect(firstPages(many.slice(0, 45), BACKLINKS_LIMIT)).toEqual({ pages: many.slice(0, 45) });
    expect(firstPages(many.slice(0, 46), BACKLINKS_LIMIT).pages).toHaveLength(BACKLINKS_LIMIT);
  });
});
