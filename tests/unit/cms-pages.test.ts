/**
 * What the editor shows and checks besides its fields: the facts panel lines (shared with the site), the
 * last check before saving, and the links from every page into the editor and to its file on GitHub.
 */
import { describe, expect, it } from 'vitest';
import { saveProblems } from '../../cms-config/save-check';
import { caseStudyFacts, periodText } from '../../src/lib/content/facts';
import { editUrl, historyUrl, newPageUrl, sourceUrl } from '../../src/lib/wiki/edit-links';

describe('the facts panel', () => {
  it('names the organisations, the lead, and the labels of the chosen values', () => {
    const facts = caseStudyFacts({
      organisations: [
        { name: 'Groundswell', role: 'Held the money', size: 'small', type: 'charity', lead: true },
        { name: 'Member funders', unnamed: true, role: 'Paid in', size: 'unknown', type: 'unknown' },
      ],
      regions: ['london', 'uk-wide'],
      sectors: ['health-and-care'],
      collaborationType: 'subcontracting',
      period: { start: 2019, status: 'active' },
      power: 'The small charity held the contract.',
      outcomes: [],
      lessons: ['Size need not decide the lead.'],
    });
    expect(facts.map((f) => f.term)).toEqual([
      'Organisations involved',
      'Who led',
      'Collaboration type',
      'Where',
      'Sectors',
      'When',
      'What was done about power',
      'Outcomes',
      'Lessons',
    ]);
    expect(facts[0]).toEqual({
      term: 'Organisations involved',
      kind: 'organisations',
      organisations: [
        { name: 'Groundswell', named: true, lead: true, role: 'Held the money', details: 'Charity, Small' },
        { name: 'Member funders', named: false, lead: false, role: 'Paid in', details: '' },
      ],
    });
    expect(facts.slice(1, 6).map((f) => (f.kind === 'text' ? f.text : ''))).toEqual([
      'Groundswell',
      'Lead contractor and subcontractors',
      'London, UK-wide',
      'Health and care',
      'From 2019 (active)',
    ]);
    expect(facts[7]).toMatchObject({ kind: 'list', items: [], empty: 'Not recorded in the sources yet.' });
  });

  it('copes with a page still being written, as in the editor', () => {
    expect(() => caseStudyFacts({})).not.toThrow();
    expect(caseStudyFacts({ organisations: [{}] })[1]).toMatchObject({ text: 'No single lead, or the sources do not say.' });
    expect(periodText({ start: '', end: 2020, status: 'ended' })).toBe('Until 2020 (ended)');
    expect(periodText()).toBe('Dates not known (not known)');
  });
});

describe('the last check before saving', () => {
  const valid = {
    title: 'A test partnership',
    summary: 'Two organisations shared a contract and the decisions that came with it.',
    organisations: [{ name: 'A charity', role: 'Held the contract' }],
    regions: ['london'],
    sectors: ['cross-sector'],
    collaborationType: 'partnership',
    period: { start: 2019, end: '', status: 'unknown' },
    power: 'Decisions were shared between the partners.',
    themes: ['power-and-decisions'],
    sources: [{ title: 'A report', publisher: 'NPC', year: 2021, url: '' }],
    lastReviewed: '2026-11-25',
    body: '## Background\n',
  };

  it('lets a valid page through, emptied fields and the body included', () => {
    expect(saveProblems('case-studies', valid)).toBeUndefined();
  });

  it('stops what no single field can see, naming the field', () => {
    const twoLeads = {
      ...valid,
      organisations: [
        { name: 'Alpha', role: 'Led', lead: true },
        { name: 'Beta', role: 'Also led', lead: true },
      ],
    };
    expect(saveProblems('case-studies', twoLeads)).toBe(
      'This page cannot be saved yet. organisations: Only one organisation can be the lead (lead: true).',
    );
    expect(saveProblems('case-studies', { ...valid, period: { start: 2020, end: 2019 } })).toMatch(
      /period\.end: The end year is before the start year\./,
    );
  });
});

describe('links from a page to the editor and to GitHub', () => {
  it('open the page in the editor, a new page of a kind, and the file with its history', () => {
    expect(editUrl('case-studies', 'detention-forum')).toBe('/admin/#/edit/case-studies/detention-forum');
    expect(newPageUrl('practices')).toBe('/admin/#/collections/practices/new');
    expect(sourceUrl('guides', 'about')).toBe(
      'https://github.com/equitable-collaboration/handbook/blob/main/content/guides/about.mdx',
    );
    expect(historyUrl('guides', 'about')).toBe(
      'https://github.com/equitable-collaboration/handbook/commits/main/content/guides/about.mdx',
    );
  });
});
