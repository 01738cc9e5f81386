import { describe, expect, it } from 'vitest';
import { linkProblem, lookAlikeOf } from '../../src/lib/content/addresses';
import { checkMdx } from '../../src/lib/check/mdx-guard';

describe('look-alikes of the handbook’s own hosts', () => {
  it('are hosts holding a trusted host as a run of labels without being it or under it', () => {
    expect(lookAlikeOf('equitable-collaboration.org.uk')).toBeUndefined();
    expect(lookAlikeOf('www.equitable-collaboration.org.uk')).toBeUndefined();
    expect(lookAlikeOf('github.com')).toBeUndefined();
    expect(lookAlikeOf('equitable-collaboration.org.uk.evil.example')).toBe('equitable-collaboration.org.uk');
    expect(lookAlikeOf('login.github.com.evil.example')).toBe('github.com');
    expect(lookAlikeOf('equitable-collaboration.github.io.example.net')).toBe('equitable-collaboration.github.io');
    // Sharing a word is not looking alike: labels are compared whole.
    expect(lookAlikeOf('notgithub.com')).toBeUndefined();
    expect(lookAlikeOf('www.ncvo.org.uk')).toBeUndefined();
    expect(linkProblem('https://EQUITABLE-collaboration.org.uk.evil.example./x')).toContain('looks like it');
  });

  it('may not be offered as a way to sign in, and quotations link only to handbook pages', () => {
    const problems = (body: string) => checkMdx(body).problems.map((p) => p.message);
    expect(problems('[Log in to edit](https://accounts.example.net/)')[0]).toContain('link text about signing in');
    expect(problems('[Sign in](/admin/) and [the report](https://www.ncvo.org.uk/)')).toEqual([]);
    expect(problems('<Quote source="NPC">\n[x](https://www.ncvo.org.uk/)\n</Quote>')[0]).toContain(
      'links in it may only go to handbook pages',
    );
  });
});
