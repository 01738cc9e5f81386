import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeOwnerTeams, ownerProblem } from '../../src/lib/core/owners';

describe('who may own a page', () => {
  it('is a team CODEOWNERS names, or one of the curators, in any case', () => {
    const teams = codeOwnerTeams(readFileSync('.github/CODEOWNERS', 'utf8'));
    expect(teams).toEqual(['equitable-collaboration/maintainers', 'equitable-collaboration/curators']);
    expect(ownerProblem('Equitable-Collaboration/Curators', [], teams)).toBeUndefined();
    expect(ownerProblem('jane-doe', ['jane-doe'], teams)).toBeUndefined();
    expect(ownerProblem('someone-else', ['jane-doe'], teams)).toContain('"someone-else" is not one of the curating cohort');
  });

  it('reads no team from a comment', () => {
    expect(codeOwnerTeams('# @evil/team is not an owner\n/content/ @org/curators # @org/other\n')).toEqual(['org/curators']);
  });
});
