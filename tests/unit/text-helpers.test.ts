import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/lib/core/nearest';
import { frontmatterLine, splitFrontmatter } from '../../src/lib/core/frontmatter';
import { splitHref } from '../../src/lib/wiki/links';
import { headingIds, internalLinks } from '../support/page-links';
import { labelOf, sectors, valuesOf } from '../../src/lib/content/vocabulary';

describe('nearest', () => {
  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests a close value and nothing for a far one', () => {
    expect(nearest('detention-forums', ['detention-forum', 'meam-coalition'])).toBe('detention-forum');
    expect(nearest('housing', ['homelessness-and-housing', 'health-and-care'])).toBe('homelessness-and-housing');
    expect(nearest('zzzzzz', ['detention-forum'])).toBeUndefined();
  });

  it('finds a value that contains it after a closer-sized one, and within its budget only such values', () => {
    // "homeless" is compared first and sets a best distance; the containing value is still found after it.
    expect(nearest('housing', ['homeless', 'homelessness-and-housing'])).toBe('homelessness-and-housing');
    const spent = { cells: 0 };
    expect(nearest('detention-forums', ['detention-forum'], spent)).toBe('detention-forum');
    expect(nearest('detention-forms', ['detention-forum'], spent)).toBeUndefined();
    expect(nearest('detention-forms', ['detention-forum'], { cells: 1_000 })).toBe('detention-forum');
    expect(nearest('x'.repeat(200), ['x'.repeat(199) + 'y'])).toBeUndefined();
  });
});

describe('splitFrontmatter', () => {
  it('parses YAML and reports where the body starts', () => {
    const file = splitFrontmatter('---\ntitle: Hello\nlist: [a, b]\n---\n\nBody line\n');
    expect(file.data).toEqual({ title: 'Hello', list: ['a', 'b'] });
    expect(file.body).toBe('\nBody line\n');
    expect(file.bodyStartLine).toBe(5);
    expect(file.frontmatter).toBe('title: Hello\nlist: [a, b]');
  });

  it('finds the file line of a field and of a value in it', () => {
    const { frontmatter } = splitFrontmatter('---\ntitle: Hello\nrelated:\n  - one\n  - two\nother: two\n---\n');
    expect(frontmatterLine(frontmatter, 'title')).toBe(2);
    expect(frontmatterLine(frontmatter, 'related', 'two')).toBe(5);
    expect(frontmatterLine(frontmatter, 'other', 'two')).toBe(6);
    expect(frontmatterLine(frontmatter, 'missing')).toBe(2);
  });

  it('treats a file without frontmatter as all body', () => {
    expect(splitFrontmatter('Just text')).toEqual({
      data: {},
      body: 'Just text',
      bodyStartLine: 1,
      frontmatter: '',
      source: 'Just text',
    });
  });
});

describe('links', () => {
  it('finds internal links with their lines, not external ones', () => {
    const body = 'See [a](/practices/a/) and [b](https://example.org).\n\nThen [c](/guides/glossary/#lead-partner "Lead").';
    expect(internalLinks(body)).toEqual([
      { href: '/practices/a/', line: 1 },
      { href: '/guides/glossary/#lead-partner', line: 3 },
    ]);
  });

  it('gives headings the ids GitHub would, repeats numbered, code blocks skipped', () => {
    const body =
      '## What it is\n\n```\n## not a heading\n```\n\n## #ShiftThePower\n\n### What **it** is\n\n## [Linked](/x/) heading';
    expect(headingIds(body)).toEqual(['what-it-is', 'shiftthepower', 'what-it-is-1', 'linked-heading']);
  });

  it('resolves reference-style links, and reads no link in code or in an image', () => {
    const body =
      'See [the practice][p].\n\n`[not](/a/)` and\n\n```\n[not](/b/)\n```\n\n![A chart](/media/chart.png)\n\n[p]: /practices/p/';
    expect(internalLinks(body)).toEqual([{ href: '/practices/p/', line: 1 }]);
  });

  it('keeps underscores and code in heading ids, as the site does', () => {
    expect(headingIds('## The `user_id` field\n\n## snake_case words')).toEqual(['the-user_id-field', 'snake_case-words']);
  });

  it('splits an address into page and anchor', () => {
    expect(splitHref('/practices/a/#start')).toEqual({ path: '/practices/a/', anchor: 'start' });
    expect(splitHref('/practices/a')).toEqual({ path: '/practices/a/', anchor: undefined });
    expect(splitHref('/search/?q=x')).toEqual({ path: '/search/', anchor: undefined });
  });
});

describe('vocabulary', () => {
  it('gives values and labels', () => {
    expect(valuesOf(sectors)).toContain('migration-and-asylum');
    expect(labelOf(sectors, 'violence-against-women-and-girls')).toContain('VAWG');
    expect(labelOf(sectors, 'unlisted')).toBe('unlisted');
  });

  it('has no duplicate values in any list', () => {
    const values = valuesOf(sectors);
    expect(new Set(values).size).toBe(values.length);
  });
});
