/**
 * The editorial rules (src/lib/check/editorial.ts), on small pages parsed as the checker parses them: each rule passes a
 * page that keeps it and names the line, and the fix, of one that does not.
 */
import { describe, expect, it } from 'vitest';
import {
  caseStudyProblems,
  glossaryTerms,
  internalLinkProblem,
  properNames,
  runningText,
  sectionText,
  unlinkedFirstUses,
} from '../../src/lib/check/editorial';
import { checkFrontmatter } from '../../src/lib/content/entry-errors';
import { checkMdx } from '../../src/lib/check/mdx-guard';
import { site } from '../../src/site.config';

const tree = (source: string) => {
  const { tree, problems } = checkMdx(source, new Set());
  expect(problems).toEqual([]);
  return tree!;
};
const headingsOf = (source: string) => checkMdx(source, new Set()).headings!;

describe('links onward', () => {
  it('asks for three links to other pages, at the line where a "see also" would go', () => {
    expect(internalLinkProblem(3, 20)).toBeUndefined();
    expect(internalLinkProblem(1, 20)).toMatchObject({
      line: 20,
      message: expect.stringMatching(/links to 1 other page .* at least 3/),
    });
  });
});

describe('case studies say what is not known', () => {
  const known = { status: 'ended', completeness: 'complete', namedOrganisations: 1, sourcesWithAddress: 2 };
  const lines = (field: string) => ({ period: 5, organisations: 6, completeness: 7, sources: 8 })[field] ?? 1;

  it('accepts a case with a known period, a named organisation and two sources with addresses', () => {
    expect(caseStudyProblems(known, tree('## Background\n\nText.\n'), lines)).toEqual([]);
  });

  it('accepts gaps that the "What is not known" section explains', () => {
    const page = tree(
      '## Lessons\n\nText.\n\n## What is not known\n\nThe sources do not say when it began or whether it is still running. ' +
        'Only one source describes it, and that source is not online.\n\n## Sources\n\nA list.\n',
    );
    expect(
      caseStudyProblems({ ...known, status: 'unknown', completeness: 'partial', sourcesWithAddress: 0 }, page, lines),
    ).toEqual([]);
  });

  it('refuses an unknown period, unnamed organisations and one source, with no explanation, each at its field', () => {
    const page = tree('## Lessons\n\nText.\n\n## What the sources do not tell us\n\nWho funded it is not known.\n');
    const problems = caseStudyProblems(
      { status: undefined, completeness: undefined, namedOrganisations: 0, sourcesWithAddress: 1 },
      page,
      lines,
    );
    expect(problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [5, 'field "period"'],
      [6, 'field "organisations"'],
      [7, 'field "completeness"'],
      [8, 'field "sources"'],
    ]);
    expect(problems[2]!.message).toMatch(/marked partial, so it needs a "## What is not known" section/);
  });

  it('reads a section up to the next heading of its level, not into the next section', () => {
    const page = tree('## What is not known\n\nFirst.\n\n### Detail\n\nSecond.\n\n## Next\n\nThird.\n');
    expect(sectionText(page, 'What is not known')?.replace(/\s+/g, ' ').trim()).toBe('First. Detail Second.');
    expect(sectionText(page, 'Missing')).toBeUndefined();
  });
});

describe('glossary terms linked at first use', () => {
  const glossary = [
    'Intro.',
    '## #ShiftThePower',
    'Text.',
    '## Alliance commissioning',
    'Text.',
    '## Commissioning',
    'Text.',
    '## Participatory grant-making',
    '### Consortium',
  ].join('\n\n');
  const terms = glossaryTerms(headingsOf(glossary));
  const problems = (source: string, names: string[] = []) =>
    unlinkedFirstUses(runningText(tree(source)), terms, names).map((p) => `${p.line}: ${p.message}`);

  it('reads the terms and their ids from the glossary headings', () => {
    expect(terms.map((t) => [t.term, t.id])).toEqual([
      ['#ShiftThePower', 'shiftthepower'],
      ['Alliance commissioning', 'alliance-commissioning'],
      ['Commissioning', 'commissioning'],
      ['Participatory grant-making', 'participatory-grant-making'],
      ['Consortium', 'consortium'],
    ]);
  });

  it('passes a page that links each term the first time it uses it', () => {
    const page = [
      '## Commissioning and consortia',
      'Most [commissioning](/guides/glossary/#commissioning) is competitive. Commissioning again needs no link.',
      'The [#ShiftThePower](/guides/glossary/#shiftthepower) movement, then #ShiftThePower again.',
      'Several [consortia](/guides/glossary/#consortium) bid; a consortium later.',
      'See [the London VAWG Consortium](/case-studies/london-vawg-consortium/) and `consortium` in code.',
      '<Quote source="A funder" year={2021}>Participatory grant-making works.</Quote>',
      '> Alliance commissioning, said someone.',
      'Funders use [participatory grant making](/guides/glossary/#participatory-grant-making).',
    ].join('\n\n');
    expect(problems(page)).toEqual([]);
  });

  it('fails a page whose first use is unlinked, even if a later use is linked, naming the line and the fix', () => {
    const page = [
      'Alliance commissioning came first.',
      'Then [alliance commissioning](/guides/glossary/#alliance-commissioning) was linked.',
      'Some COMMISSIONING here, and Participatory Grant Making there.',
      'A [consortium](/practices/check-before-joining-a-consortium-bid/) link is not a glossary link; a consortium.',
    ].join('\n\n');
    expect(problems(page)).toEqual([
      '1: "Alliance commissioning" is a glossary term, first used here without a link. Link its first use: [Alliance commissioning](/guides/glossary/#alliance-commissioning)',
      '5: "COMMISSIONING" is a glossary term, first used here without a link. Link its first use: [COMMISSIONING](/guides/glossary/#commissioning)',
      '5: "Participatory Grant Making" is a glossary term, first used here without a link. Link its first use: [Participatory Grant Making](/guides/glossary/#participatory-grant-making)',
      '7: "consortium" is a glossary term, first used here without a link. Link its first use: [consortium](/guides/glossary/#consortium)',
    ]);
  });

  it('treats organisation names and source titles as proper names, unless the name is itself a term', () => {
    expect(properNames(['The London VAWG Consortium'], ['Collaboration and shared leadership', 'Commissioning'], terms)).toEqual([
      site.title,
      'Collaboration and shared leadership',
      'The London VAWG Consortium',
      'London VAWG Consortium',
    ]);
  });

  it('does not count a term inside a proper name the page lists', () => {
    const page = 'The London VAWG Consortium works with others. Later, a consortium.';
    expect(problems(page, ['The London VAWG Consortium', 'London VAWG Consortium'])).toEqual([
      '1: "consortium" is a glossary term, first used here without a link. Link its first use: [consortium](/guides/glossary/#consortium)',
    ]);
  });

  it('does not count a word that only contains a term', () => {
    expect(problems('Recommissioning and commissioningly are not terms.')).toEqual([]);
  });
});

describe('sources a reader can open', () => {
  const guide = (source: string) => ({
    title: 'A guide',
    summary: 'A guide used to check the rules the field table states for sources.',
    lastReviewed: new Date('2026-11-25'),
    sources: [{ title: 'A report', publisher: 'A publisher', ...JSON.parse(source) }],
  });
  const messages = (source: string) => checkFrontmatter('guides', guide(source), 'g.mdx', undefined).map((p) => p.message);

  it('takes an https address with the date it was read, and a printed source with neither', () => {
    expect(messages('{"url": "https://www.ncvo.org.uk/", "accessed": "2026-11-25"}')).toEqual([]);
    expect(messages('{}')).toEqual([]);
  });

  it('refuses http, an address with a user name, and an address without the date it was read', () => {
    expect(messages('{"url": "http://www.example.org/report", "accessed": "2026-11-25"}').join()).toMatch(/https:\/\//);
    expect(messages('{"url": "https://user@example.org/", "accessed": "2026-11-25"}').join()).toMatch(/user name/);
    expect(messages('{"url": "https://www.example.org/"}').join()).toMatch(/needs the date it was read there/);
  });
});
