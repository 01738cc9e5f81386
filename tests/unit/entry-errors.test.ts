import { describe, expect, it } from 'vitest';
import { checkFrontmatter, formatProblems, type KnownIds } from '../../src/lib/content/entry-errors';

const known: KnownIds = {
  practices: new Set(['invest-in-coordination', 'compete-ethically']),
  'case-studies': new Set(['detention-forum']),
  questions: new Set(['power', 'empathy', 'honesty', 'communication', 'impact']),
  guides: new Set(['glossary']),
};

const source = { title: 'Rethinking collaboration', publisher: 'NPC', year: 2021 };

const goodPractice = {
  title: 'Invest in coordination',
  summary: 'Pay for the work of holding a collaboration together, so that it does not fall on the smallest partner.',
  questions: ['power'],
  themes: ['shared-infrastructure'],
  relatedCaseStudies: ['detention-forum'],
  sources: [source],
  lastReviewed: new Date('2026-11-25'),
};

const goodCase = {
  title: 'The Detention Forum',
  summary: 'A network of organisations working on immigration detention, coordinated so that members share the platform.',
  organisations: [{ name: 'Detention Forum', role: 'Network of member organisations', type: 'network', lead: true }],
  regions: ['uk-wide'],
  sectors: ['migration-and-asylum'],
  collaborationType: 'network',
  period: { status: 'active' },
  power: 'Members agree the direction together and the coordinator serves the network rather than leading it.',
  themes: ['power-and-decisions'],
  relatedPractices: ['invest-in-coordination'],
  sources: [source],
  lastReviewed: '2026-11-25',
};

const FILE = 'content/practices/example.mdx';

function problemsOf(kind: Parameters<typeof checkFrontmatter>[0], data: unknown) {
  return checkFrontmatter(kind, data, FILE, known);
}

describe('checkFrontmatter', () => {
  it('accepts valid pages of each kind', () => {
    expect(problemsOf('practices', goodPractice)).toEqual([]);
    expect(problemsOf('case-studies', goodCase)).toEqual([]);
    expect(
      problemsOf('questions', {
        title: 'Power',
        summary: 'How do we use our power, and who holds it in our partnerships?',
        order: 1,
        prompts: ['Who sets the terms of the partnership, and could that be shared?'],
        sources: [source],
        lastReviewed: '2026-11-25',
      }),
    ).toEqual([]);
    expect(
      problemsOf('guides', {
        title: 'Glossary',
        summary: 'The words the handbook uses, in plain English, with links.',
        lastReviewed: '2026-11-25',
      }),
    ).toEqual([]);
  });

  it('names a missing required field and says it is required', () => {
    const [problem] = problemsOf('practices', { ...goodPractice, summary: undefined });
    expect(problem).toMatchObject({ file: FILE, field: 'summary' });
    expect(problem!.message).toMatch(/is missing/);
  });

  it('lists the allowed values and the likely one when a controlled value is misspelt', () => {
    const [problem] = problemsOf('case-studies', { ...goodCase, sectors: ['migration-and-asylm'] });
    expect(problem!.field).toBe('sectors[0]');
    expect(problem!.message).toContain('"migration-and-asylm" is not one of the allowed values');
    expect(problem!.message).toContain('homelessness-and-housing');
    expect(problem!.message).toContain('Did you mean "migration-and-asylum"?');
  });

  it('rejects a field the page kind does not have, suggesting the right name', () => {
    const [problem] = problemsOf('practices', { ...goodPractice, theme: ['x'] });
    expect(problem!.message).toContain('"theme" is not a field a practice page has; did you mean "themes"?');
  });

  it('rejects an unknown field inside a group, naming the group', () => {
    const [problem] = problemsOf('practices', { ...goodPractice, sources: [{ ...source, author: 'Someone' }] });
    expect(problem!.field).toBe('sources[0]');
    expect(problem!.message).toContain('"author" is not a field');
    expect(problem!.message).toContain('title, publisher, year, url');
  });

  it('says what type was expected and what was given', () => {
    const [problem] = problemsOf('practices', { ...goodPractice, sources: [{ ...source, year: 'twenty-one' }] });
    expect(problem!.field).toBe('sources[0].year');
    expect(problem!.message).toBe('should be a number, but it is "twenty-one".');
  });

  it('rejects a link to a page that does not exist, suggesting the nearest', () => {
    const [problem] = problemsOf('practices', { ...goodPractice, relatedCaseStudies: ['detention-forums'] });
    expect(problem!.field).toBe('relatedCaseStudies[0]');
    expect(problem!.message).toContain('no case study page called "detention-forums"');
    expect(problem!.message).toContain('Did you mean "detention-forum"?');
  });

  it('rejects a summary that is too short, giving the limit', () => {
    const [problem] = problemsOf('practices', { ...goodPractice, summary: 'Too short.' });
    expect(problem!.field).toBe('summary');
    expect(problem!.message).toContain('at least 30 characters');
  });

  it('rejects an empty list where one item is needed', () => {
    const [problem] = problemsOf('practices', { ...goodPractice, sources: [] });
    expect(problem).toMatchObject({ field: 'sources', message: 'needs at least one item.' });
  });

  it('rejects a review date out of range and one that is not a date', () => {
    expect(problemsOf('practices', { ...goodPractice, lastReviewed: '1999-01-01' })[0]!.field).toBe('lastReviewed');
    expect(problemsOf('practices', { ...goodPractice, lastReviewed: 'last week' })[0]!.field).toBe('lastReviewed');
  });

  it('rejects a web address that is not one', () => {
    const [problem] = problemsOf('practices', { ...goodPractice, sources: [{ ...source, url: 'javascript:alert(1)' }] });
    expect(problem!.field).toBe('sources[0].url');
    expect(problem!.message).toContain('Write the full web address, starting with https://');
  });

  it('rejects two lead organisations and an end year before the start', () => {
    const twoLeads = problemsOf('case-studies', {
      ...goodCase,
      organisations: [goodCase.organisations[0], { name: 'Other', role: 'Also leading', lead: true }],
    });
    expect(twoLeads[0]).toMatchObject({ field: 'organisations', message: 'Only one organisation can be the lead (lead: true).' });
    const backwards = problemsOf('case-studies', { ...goodCase, period: { start: 2020, end: 2019, status: 'ended' } });
    expect(backwards[0]).toMatchObject({ field: 'period.end', message: 'The end year is before the start year.' });
  });

  it('reports every problem of a page, not only the first', () => {
    const problems = problemsOf('case-studies', {
      ...goodCase,
      regions: ['mars'],
      collaborationType: 'merger',
      title: undefined,
    });
    expect(problems.map((p) => p.field).sort()).toEqual(['collaborationType', 'regions[0]', 'title']);
  });
});

describe('formatProblems', () => {
  it('groups problems under their file and ends with how to fix them', () => {
    const text = formatProblems(problemsOf('practices', { ...goodPractice, themes: ['powr'], summary: 'short' }));
    expect(text).toMatch(/^content\/practices\/example\.mdx: 2 problems in the frontmatter/);
    expect(text).toContain('  - field "summary":');
    expect(text).toContain('  - field "themes[0]":');
    expect(text).toContain('src/lib/content/vocabulary.ts');
  });
});
