/**
 * The partnership health check's logic: the items come from the questions and practices, answers export and
 * import without loss, a file from elsewhere is refused with a reason, and the result links weak answers to
 * the pages that help.
 */
import { describe, expect, it } from 'vitest';
import {
  answeredCount,
  answersFromJson,
  answersToJson,
  answersToMarkdown,
  EMPTY_ANSWERS,
  exportFileName,
  healthCheckSections,
  LIMITS,
  needsWork,
  setAnswer,
  sharesHelp,
  workOn,
  type HealthCheckAnswers,
} from '../../src/lib/tools/health-check';

const sections = healthCheckSections({
  questions: [
    {
      id: 'power',
      title: 'Power',
      summary: 'What advantages do we hold?',
      prompts: ['List what you bring.', 'Decide where to step back.'],
      url: '/questions/power/',
      links: ['/practices/compete-ethically/', '/case-studies/health-now/', '/guides/glossary/'],
    },
    {
      id: 'impact',
      title: 'Impact',
      summary: 'What difference do we make?',
      prompts: ['Ask partners.'],
      url: '/questions/impact/',
      links: [],
    },
  ],
  practices: [
    {
      id: 'compete-ethically',
      title: 'Compete ethically',
      url: '/practices/compete-ethically/',
      questions: ['power'],
      behaviours: ['compete-ethically'],
      caseStudies: ['detention-forum'],
    },
    {
      id: 'pay-fairly',
      title: 'Pay fairly',
      url: '/practices/pay-fairly/',
      questions: ['power', 'impact'],
      behaviours: ['fair-and-equal-partnerships'],
      // Imkaan names this practice; the relation holds both ways (relations.ts).
      caseStudies: ['imkaan'],
    },
    {
      id: 'listen',
      title: 'Listen to grantees',
      url: '/practices/listen/',
      questions: ['impact'],
      behaviours: [],
      caseStudies: [],
    },
  ],
  caseStudies: [
    { id: 'health-now', title: 'Health Now', url: '/case-studies/health-now/', questions: ['power'] },
    {
      id: 'detention-forum',
      title: 'Detention Forum',
      url: '/case-studies/detention-forum/',
      questions: [],
    },
    { id: 'imkaan', title: 'Imkaan', url: '/case-studies/imkaan/', questions: ['impact'] },
  ],
});
const titles = (links: { title: string }[]) => links.map((l) => l.title);

describe('the items', () => {
  it('are each question’s prompts, then the behaviours some practice puts to work', () => {
    expect(sections.map((s) => s.id)).toEqual(['power', 'impact', 'behaviours']);
    expect(sections[0]!.items.map((i) => [i.id, i.text])).toEqual([
      ['power-1', 'List what you bring.'],
      ['power-2', 'Decide where to step back.'],
    ]);
    // Behaviours no practice names are left out: nothing to point to.
    expect(sections[2]!.items.map((i) => i.id)).toEqual(['compete-ethically', 'fair-and-equal-partnerships']);
    expect(sections[2]!.items[0]!.text).toBe('Compete in an ethical and responsible way');
  });

  it('link a prompt to the practices and cases its question page lists', () => {
    const power = sections[0]!.items[0]!;
    expect(titles(power.practices)).toEqual(['Compete ethically']);
    expect(titles(power.caseStudies)).toEqual(['Health Now']);
  });

  it('fall back to the pages that name the question when its page lists none', () => {
    const impact = sections[1]!.items[0]!;
    expect(titles(impact.practices)).toEqual(['Listen to grantees', 'Pay fairly']);
    expect(titles(impact.caseStudies)).toEqual(['Imkaan']);
  });

  it('link a behaviour to its practices and the cases that show them, either way round', () => {
    const [compete, fair] = sections[2]!.items;
    expect(titles(compete!.practices)).toEqual(['Compete ethically']);
    expect(titles(compete!.caseStudies)).toEqual(['Detention Forum']);
    expect(titles(fair!.caseStudies)).toEqual(['Imkaan']);
  });

  it('share one list of help per question, but not across behaviours', () => {
    expect(sharesHelp(sections[0]!)).toBe(true);
    expect(sharesHelp(sections[2]!)).toBe(false);
  });
});

const answers: HealthCheckAnswers = {
  partnership: 'Riverside "Together" partnership',
  answeredBy: 'Small charity, Ana',
  answers: {
    'power-1': { rating: 'partly', notes: 'We hold the contract.\n\nThey hold the trust.' },
    'power-2': { rating: 'fully', notes: '' },
    'compete-ethically': { rating: 'not-sure', notes: '' },
    'impact-1': { notes: 'To discuss' },
  },
};

describe('the answers', () => {
  it('count as weak when not yet done, done in part, or not known', () => {
    expect(['not-yet', 'partly', 'not-sure'].every((r) => needsWork(r as never))).toBe(true);
    expect(needsWork('mostly')).toBe(false);
    expect(needsWork('fully')).toBe(false);
    expect(needsWork(undefined)).toBe(false);
  });

  it('drop an item whose rating and notes are both cleared', () => {
    const one = setAnswer(EMPTY_ANSWERS, 'power-1', { rating: 'partly', notes: '' });
    expect(Object.keys(one.answers)).toEqual(['power-1']);
    expect(setAnswer(one, 'power-1', { rating: undefined, notes: '  ' }).answers).toEqual({});
  });

  it('are counted when rated', () => {
    expect(answeredCount(sections, answers)).toBe(3);
  });

  it('group the weak ones by section, in the check’s order', () => {
    expect(workOn(sections, answers).map((g) => [g.section.id, g.items.map((i) => i.id)])).toEqual([
      ['power', ['power-1']],
      ['behaviours', ['compete-ethically']],
    ]);
  });
});

describe('export and import', () => {
  const saved = new Date('2026-11-26T10:00:00Z');

  it('give back exactly the answers exported', () => {
    const read = answersFromJson(answersToJson(sections, answers, saved), sections);
    expect(read).toEqual({ ok: true, answers, skipped: 0 });
  });

  it('write each answer with its item’s words, so the file can be read', () => {
    const json = JSON.parse(answersToJson(sections, answers, saved)) as { answers: { item: string }[] };
    expect(json.answers[0]!.item).toBe('List what you bring.');
  });

  it('skip answers to items the check no longer asks, and say how many', () => {
    const file = JSON.parse(answersToJson(sections, answers, saved)) as { answers: unknown[] };
    file.answers.push({ id: 'power-9', rating: 'partly', notes: '' });
    const read = answersFromJson(JSON.stringify(file), sections);
    expect(read.ok && read.skipped).toBe(1);
  });

  it.each([
    ['not JSON', 'hello', /not a JSON file/],
    ['another JSON file', '{"records": []}', /not a health check export/],
    ['a newer version', '{"format":"equitable-collaboration-health-check","version":2,"answers":[]}', /newer version/],
    [
      'an unknown rating',
      '{"format":"equitable-collaboration-health-check","version":1,"answers":[{"id":"power-1","rating":"great"}]}',
      /rating "great"/,
    ],
    [
      'notes that are not text',
      '{"format":"equitable-collaboration-health-check","version":1,"answers":[{"id":"power-1","notes":{"x":1}}]}',
      /notes of answer 1/,
    ],
    [
      'a name that is not text',
      '{"format":"equitable-collaboration-health-check","version":1,"partnership":["x"],"answers":[]}',
      /must be text/,
    ],
    ['no answers', '{"format":"equitable-collaboration-health-check","version":1}', /no list of answers/],
    ['an answer without an id', '{"format":"equitable-collaboration-health-check","version":1,"answers":[{}]}', /no item id/],
  ])('refuse %s with a reason', (_what, text, reason) => {
    const read = answersFromJson(text, sections);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(reason);
  });

  it('refuse notes longer than the limit', () => {
    const long = { ...answers, answers: { 'power-1': { rating: 'partly' as const, notes: 'x'.repeat(LIMITS.notes + 1) } } };
    expect(answersFromJson(answersToJson(sections, long, saved), sections).ok).toBe(false);
  });

  it('name files after the partnership and the day', () => {
    expect(exportFileName(answers, saved, 'json')).toBe('health-check-riverside-together-partnership-2026-11-26.json');
    expect(exportFileName(EMPTY_ANSWERS, saved, 'md')).toBe('health-check-2026-11-26.md');
  });
});

describe('the Markdown export', () => {
  const markdown = answersToMarkdown(sections, answers, {
    date: new Date('2026-11-26T10:00:00Z'),
    checkUrl: 'https://example.org/health-check/',
    siteTitle: 'Handbook',
  });

  it('names the partnership, who answered and when', () => {
    expect(markdown).toMatch(/^# Partnership health check: Riverside "Together" partnership\n/);
    expect(markdown).toContain('Answered by Small charity, Ana.');
    expect(markdown).toContain('Exported on 26 November 2026');
    expect(markdown).toContain('3 of 5 items answered.');
  });

  it('gives every item its answer, with notes kept inside the list item', () => {
    expect(markdown).toContain(
      '1. List what you bring.\n   - Answer: Partly\n   - Notes:\n\n     We hold the contract.\n\n     They hold the trust.',
    );
    expect(markdown).toContain('1. Ask partners.\n   - Answer: Not answered');
  });

  it('lists what to work on with links to the pages that help', () => {
    const workOnPart = markdown.slice(markdown.indexOf('## What to work on'));
    expect(workOnPart).toContain('### Power\n\n- List what you bring. (Partly)');
    expect(workOnPart).toContain('Practices that help: [Compete ethically](/practices/compete-ethically/).');
    expect(workOnPart).toContain('- Compete in an ethical and responsible way (Not sure)');
    expect(workOnPart).not.toContain('Decide where to step back');
  });
});
