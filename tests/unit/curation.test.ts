/**
 * The curation desk's lists and the weekly reminder's issue body, from fixture pages on a fixed day
 * (26 November 2026): never the clock of the machine running the tests.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.node.ts';
import { curationOf, curationReport, type CurationInput, type CurationPage, type TaskId } from '../../src/lib/curation/curation';
import { curationMarkdown, curationText, dueCount, markdownText, reminderAssignees } from '../../src/lib/curation/curation-text';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day('2026-11-26');
const source = { title: 'A report', publisher: 'A publisher', year: 2021, url: 'https://example.org/report' };

function page(collection: CurationPage['collection'], id: string, data: Partial<CurationPage['data']> = {}): CurationPage {
  return {
    collection,
    id,
    data: {
      title: id.replace(/-/g, ' '),
      lastReviewed: day('2026-11-01'),
      reviewInterval: collection === 'case-studies' ? 12 : 24,
      reviewStatus: 'reviewed',
      sources: [source],
      ...(collection === 'case-studies'
        ? {
            completeness: 'complete',
            organisations: [{ lead: true }],
            regions: ['london'],
            period: { start: 2019, end: 2021, status: 'ended' },
            outcomes: ['Something changed.'],
            relatedPractices: [],
          }
        : {}),
      ...(collection === 'practices' ? { relatedCaseStudies: [] } : {}),
      ...data,
    },
  };
}

const pages: CurationPage[] = [
  page('case-studies', 'old-case', { lastReviewed: day('2025-10-01'), owner: 'jane-doe' }),
  page('practices', 'pay-fairly', {
    lastReviewed: day('2024-12-10'),
    owner: 'equitable-collaboration/curators',
    relatedCaseStudies: ['old-case'],
  }),
  page('guides', 'soon', { lastReviewed: day('2024-12-20'), owner: 'sam-smith' }),
  page('guides', 'a-draft', { reviewStatus: 'draft', lastReviewed: day('2020-01-01') }),
  page('questions', 'power', { reviewStatus: 'in-review' }),
  page('case-studies', 'thin-case', {
    completeness: 'needs-sources',
    organisations: [{ lead: false }],
    regions: ['unknown'],
    period: { status: 'unknown' },
    outcomes: [],
    sources: [source, { title: 'A talk', publisher: 'A network', year: 2018 }],
    relatedPractices: ['pay-fairly'],
  }),
  page('case-studies', 'running-case', { period: { start: 2020, status: 'active' }, completeness: 'stub' }),
];

const everyoneLinked = Object.fromEntries(pages.map((p) => [`/${p.collection}/${p.id}/`, ['/guides/soon/']]));
const input = (extra: Partial<CurationInput> = {}): CurationInput => ({
  pages,
  backlinks: { ...everyoneLinked, '/guides/a-draft/': [] },
  history: {
    known: true,
    updated: {
      '/guides/soon/': '2024-11-25T10:00:00Z',
      '/questions/power/': '2024-11-27T10:00:00Z',
      '/practices/pay-fairly/': '2026-01-01T00:00:00Z',
    },
  },
  today: TODAY,
  ...extra,
});

const rowsOf = (id: TaskId, report = curationReport(input())) => {
  const task = report.tasks.find((t) => t.id === id)!;
  return task.rows.map((row) => [row.url, row.missing]);
};

describe('curationReport', () => {
  it('lists overdue reviews, oldest due first, with the due date and the owner', () => {
    const report = curationReport(input());
    const overdue = report.tasks.find((t) => t.id === 'overdue')!;
    expect(overdue.rows.map((r) => [r.url, r.day, r.owner])).toEqual([['/case-studies/old-case/', '2026-10-01', 'jane-doe']]);
    expect(overdue.rows[0]!.missing).toBe('Review was due on 1 October 2026, 56 days ago; last reviewed on 1 October 2025.');
    expect(overdue.rows[0]).toMatchObject({
      title: 'old case',
      kind: 'Case study',
      edit: '/admin/#/edit/case-studies/old-case',
      file: 'content/case-studies/old-case.mdx',
    });
  });

  it('lists reviews due within 30 days, counting the days left', () => {
    expect(rowsOf('due-soon')).toEqual([
      ['/practices/pay-fairly/', 'Review due on 10 December 2026, in 14 days; last reviewed on 10 December 2024.'],
      ['/guides/soon/', 'Review due on 20 December 2026, in 24 days; last reviewed on 20 December 2024.'],
    ]);
  });

  it('lists drafts and pages in review, whatever their dates', () => {
    expect(rowsOf('drafts').map(([url]) => url)).toEqual(['/guides/a-draft/', '/questions/power/']);
  });

  it('lists pages marked short of complete, by their label', () => {
    expect(rowsOf('incomplete')).toEqual([
      ['/case-studies/running-case/', 'Marked “Stub”. Fill the gaps from published sources, then raise its completeness.'],
      [
        '/case-studies/thin-case/',
        'Marked “Needs sources”. Find published sources for what it says, then raise its completeness.',
      ],
    ]);
  });

  it('names the key facts a case study leaves unknown; an active collaboration has no end year to find', () => {
    expect(rowsOf('unknown-facts')).toEqual([
      [
        '/case-studies/thin-case/',
        'Not known: which organisation led, the year it began, the year it ended, whether it is still running, where it happened, its outcomes.',
      ],
    ]);
  });

  it('names the sources without a web address', () => {
    expect(rowsOf('sources-without-address')).toEqual([
      ['/case-studies/thin-case/', '1 of 2 sources have no web address: “A talk” (A network, 2018).'],
    ]);
  });

  it('lists pages no page links to', () => {
    expect(rowsOf('orphans')).toEqual([
      ['/guides/a-draft/', 'No other page links here: link to it from a page on the same subject.'],
    ]);
  });

  it('lists each relation stated on one side, on the page that should state it back', () => {
    expect(rowsOf('one-way')).toEqual([
      [
        '/case-studies/old-case/',
        'The practice “pay fairly” names this case study, which does not name it back. Add pay-fairly to its related practices, or remove this case study from that practice.',
      ],
      [
        '/practices/pay-fairly/',
        'The case study “thin case” names this practice, which does not name it back. Add thin-case to its related case studies, or remove this practice from that case study.',
      ],
    ]);
  });

  it('lists pages last edited two years ago or more, and says so when git history is unknown rather than list them all', () => {
    expect(rowsOf('not-edited')).toEqual([
      ['/guides/soon/', 'Last edited on 25 November 2024: check that it is still accurate.'],
    ]);
    const unknown = curationReport(input({ history: { known: false, note: 'this is a shallow clone', updated: {} } }));
    const task = unknown.tasks.find((t) => t.id === 'not-edited')!;
    expect(task.rows).toEqual([]);
    expect(task.note).toContain('this is a shallow clone');
  });

  it('moves with "today": on a later day, more is overdue', () => {
    const later = curationReport(input({ today: day('2031-01-01') }));
    expect(rowsOf('overdue', later).map(([url]) => url)).toEqual([
      '/case-studies/old-case/',
      '/practices/pay-fairly/',
      '/guides/soon/',
      '/case-studies/running-case/',
      '/case-studies/thin-case/',
    ]);
    expect(later.today).toBe('2031-01-01');
  });
});

describe('curationOf', () => {
  it("reads the pages as the content checker does, with the schema's defaults and the site's smart punctuation", () => {
    const root = mkdtempSync(join(tmpdir(), 'handbook-curation-'));
    try {
      mkdirSync(join(root, 'content/guides'), { recursive: true });
      // Only the curating cohort may own a page: here, a team the repository's CODEOWNERS names.
      mkdirSync(join(root, '.github'));
      writeFileSync(join(root, '.github/CODEOWNERS'), '/content/ @handbook-org/curators\n');
      const guide = (title: string, extra: string) =>
        `---\ntitle: ${title}\nsummary: A guide used to check what the curation desk reads from page files.\n${extra}\n---\n\nText.\n\nSee [the practices](/practices/), [the case studies](/case-studies/) and [the guides](/guides/).\n`;
      writeFileSync(
        join(root, 'content/guides/old.mdx'),
        guide("Don't wait", 'lastReviewed: 2024-11-01\nowner: handbook-org/curators'),
      );
      writeFileSync(join(root, 'content/guides/new.mdx'), guide('A new guide', 'lastReviewed: 2026-11-01\nreviewStatus: draft'));
      const content = checkContent(root);
      expect(content.problems).toEqual([]);
      const wiki = {
        backlinks: Object.fromEntries(content.graph.backlinks),
        history: {},
        historyKnown: false,
        historyNote: 'no git',
      };
      const report = curationOf(content.checked, wiki, TODAY);
      const rows = (id: TaskId) => report.tasks.find((t) => t.id === id)!.rows;
      // A guide is reviewed every 24 months unless it says otherwise.
      expect(rows('overdue').map((r) => [r.title, r.day, r.owner])).toEqual([
        ['Don’t wait', '2026-11-01', 'handbook-org/curators'],
      ]);
      expect(rows('drafts').map((r) => r.url)).toEqual(['/guides/new/']);
      expect(rows('orphans')).toHaveLength(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the reminder issue', () => {
  const report = curationReport(input());
  const site = 'https://handbook.example';

  it('lists the pages overdue and due soon, with links, owners and edit links, and nothing else', () => {
    expect(curationMarkdown(report, { siteUrl: site, due: true })).toBe(
      [
        'Pages whose review is overdue or due within 30 days, on 26 November 2026. A curator checks each page against its sources, then sets its last review date (and, if it should change, its review interval).',
        '',
        "This issue is kept up to date every week by the review reminder (`.github/workflows/review-reminders.yml`), which assigns the pages' owners and closes it when nothing is due. Every curation task is on the [curation desk](https://handbook.example/curation/).",
        '',
        'Owners that are teams are mentioned rather than assigned: GitHub assigns issues to people only.',
        '',
        '## Reviews overdue (1)',
        '',
        'Check each page against its sources, then set its last review date to the day you checked.',
        '',
        '- [old case](https://handbook.example/case-studies/old-case/) (Case study, owner @jane-doe): Review was due on 1 October 2026, 56 days ago; last reviewed on 1 October 2025. [Edit](https://handbook.example/admin/#/edit/case-studies/old-case)',
        '',
        '## Reviews due within 30 days (2)',
        '',
        'These pages come due for review soon.',
        '',
        '- [pay fairly](https://handbook.example/practices/pay-fairly/) (Practice, owner @equitable-collaboration/curators): Review due on 10 December 2026, in 14 days; last reviewed on 10 December 2024. [Edit](https://handbook.example/admin/#/edit/practices/pay-fairly)',
        '- [soon](https://handbook.example/guides/soon/) (Guide, owner @sam-smith): Review due on 20 December 2026, in 24 days; last reviewed on 20 December 2024. [Edit](https://handbook.example/admin/#/edit/guides/soon)',
        '',
      ].join('\n'),
    );
    expect(dueCount(report)).toBe(3);
  });

  it('is assigned to the owners who are people, never to teams', () => {
    expect(reminderAssignees(report)).toEqual(['jane-doe', 'sam-smith']);
  });

  it('has nothing due on a day when every review is current', () => {
    const fresh = curationReport(
      input({ pages: pages.map((p) => ({ ...p, data: { ...p.data, lastReviewed: TODAY, reviewStatus: 'reviewed' } })) }),
    );
    expect(dueCount(fresh)).toBe(0);
    expect(reminderAssignees(fresh)).toEqual([]);
  });

  it('writes a title as text: it cannot make a link, a heading or a mention', () => {
    const hostile = '[Click](https://evil.example) <img src=x> @everyone # | *bold*';
    expect(markdownText(hostile)).toBe(
      '\\[Click\\]\\(https://evil.example\\) \\<img src=x\\> @\u2060everyone \\# \\| \\*bold\\*',
    );
    const withTitle = curationReport(
      input({ pages: [page('guides', 'odd', { title: hostile, lastReviewed: day('2020-01-01') })] }),
    );
    const body = curationMarkdown(withTitle, { siteUrl: site, due: true });
    expect(body).toContain(`- [${markdownText(hostile)}](https://handbook.example/guides/odd/)`);
    // Each "<" and "[" of the title is escaped: Markdown shows them as characters.
    expect(body).not.toMatch(/[^\\][<[]Click|[^\\]<img/);
  });

  it("prints every task for the terminal, with each page's file", () => {
    const text = curationText(report);
    expect(text).toContain('Reviews overdue (1)\n');
    expect(text).toContain('  - old case (Case study, owner @jane-doe) content/case-studies/old-case.mdx\n');
    expect(text).toContain('Relations stated on one side only (2)\n');
  });
});
