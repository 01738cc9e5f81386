/** Practices and case studies: a relation stated on either side holds both ways. */
import { describe, expect, it } from 'vitest';
import { oneWayRelations, relations } from '../../src/lib/core/relations';

const sides = {
  practices: [
    { id: 'pay-fairly', related: ['forum', 'alliance'] },
    { id: 'share-power', related: ['gone'] },
    { id: 'plan-the-end', related: [] },
  ],
  caseStudies: [
    { id: 'forum', related: ['pay-fairly', 'plan-the-end'] },
    { id: 'alliance', related: [] },
    { id: 'fund', related: ['share-power', 'no-such-practice'] },
  ],
};

describe('relations', () => {
  it('shows each relation on both pages, own list first, without pages that do not exist', () => {
    const { caseStudiesOf, practicesOf } = relations(sides);
    expect(caseStudiesOf.get('pay-fairly')).toEqual(['forum', 'alliance']);
    expect(caseStudiesOf.get('share-power')).toEqual(['fund']);
    expect(caseStudiesOf.get('plan-the-end')).toEqual(['forum']);
    expect(practicesOf.get('forum')).toEqual(['pay-fairly', 'plan-the-end']);
    expect(practicesOf.get('alliance')).toEqual(['pay-fairly']);
    expect(practicesOf.get('fund')).toEqual(['share-power']);
  });

  it('finds each relation stated on one side only, and which side states it', () => {
    expect(oneWayRelations(sides)).toEqual([
      { practice: 'pay-fairly', caseStudy: 'alliance', statedBy: 'practices' },
      { practice: 'plan-the-end', caseStudy: 'forum', statedBy: 'case-studies' },
      { practice: 'share-power', caseStudy: 'fund', statedBy: 'case-studies' },
    ]);
  });

  it('finds none where both sides agree', () => {
    expect(
      oneWayRelations({
        practices: [{ id: 'a', related: ['x'] }],
        caseStudies: [{ id: 'x', related: ['a'] }],
      }),
    ).toEqual([]);
  });
});
