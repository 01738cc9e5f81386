import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatContentProblems, suggestSlug, yamlProblems } from '../../src/lib/check-content';
import { checkMdx, urlScheme } from '../../src/lib/mdx-guard';
import { checkMediaFile } from '../../src/lib/media-check';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function handbook(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'handbook-check-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const guide = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n\n${body}\n`;
const GOOD =
  'title: A guide\nsummary: A guide used to check the content checker reports problems well.\nlastReviewed: 2026-11-25';

describe('checkContent', () => {
  it('reports every problem of a file with several, each at its line and column', () => {
    const root = handbook({
      'content/guides/good.mdx': guide(GOOD, '## Start\n\nText.'),
      'content/guides/bad.mdx': guide(
        'title: A bad guide\nsummary: Too short.\nlastReviewed: 2026-11-25\ncolour: red',
        'Fine text.\n\n<script>alert(1)</script>\n\nSee [a page](/guides/good/#finish) and [another](/guides/gone/).\n\nA {1 + 1} sum.',
      ),
    });
    const { problems, pages } = checkContent(root);
    expect(pages).toBe(2);
    expect(formatContentProblems(problems).split('\n')).toEqual([
      'content/guides/bad.mdx:3:1 field "summary": is too short ("Too short."): it needs at least 30 characters.',
      'content/guides/bad.mdx:5:1 "colour" is not a field a guide page has. Fields allowed here: title, summary, order, themes, sources, lastReviewed.',
      'content/guides/bad.mdx:10:1 <script>: Scripts cannot run in handbook pages. Describe what you wanted to show in words, or ask the curators for a component.',
      'content/guides/bad.mdx:12:1 links to the section #finish of /guides/good/, which has no such heading.',
      'content/guides/bad.mdx:12:1 links to /guides/gone/, which is not a page of the handbook. The nearest existing page is /guides/good/.',
      'content/guides/bad.mdx:14:3 expression {1 + 1}: Curly braces start code in MDX and are not allowed in pages. To show a brace as text, write \\{ or \\}.',
    ]);
  });

  it('writes GitHub workflow annotations when asked', () => {
    const text = formatContentProblems([{ file: 'content/guides/x.mdx', line: 3, column: 2, message: 'two\nlines 100%' }], true);
    expect(text).toBe('::error file=content/guides/x.mdx,line=3,col=2::two%0Alines 100%25');
  });

  it('suggests a proper address for a bad file name', () => {
    expect(suggestSlug('Détente Notes (draft)')).toBe('detente-notes-draft');
  });
});

describe('yamlProblems', () => {
  it('accepts plain frontmatter', () => {
    expect(yamlProblems('title: "Quoted: fine"\nlist: [a, b]\nlastReviewed: 2026-11-25')).toEqual([]);
  });

  it('refuses anchors, aliases, tags, duplicate keys and impossible dates, with lines', () => {
    expect(yamlProblems('a: &x [1]\nb: *x').map((p) => p.line)).toEqual([2, 3]);
    expect(yamlProblems('title: !include /etc/passwd')[0]!.message).toContain('!include is not allowed');
    expect(yamlProblems('title: !!binary aGk=')[0]!.message).toContain('!!binary is not allowed');
    expect(yamlProblems('title: a\ntitle: b')[0]!.message).toBe('a field is written twice. Keep one of them.');
    expect(yamlProblems('title: x\nlastReviewed: 2026-02-30')).toEqual([
      {
        line: 3,
        message: 'field "lastReviewed": 2026-02-30 is not a real date. Write an existing day as YYYY-MM-DD.',
        fatal: false,
      },
    ]);
  });
});

describe('the MDX guard', () => {
  it('lets Markdown, GFM, safe HTML and the handbook’s components through', () => {
    const body = [
      '## A heading',
      '',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '',
      'A footnote.[^1]\n\n[^1]: The note.',
      '',
      '<abbr title="Making Every Adult Matter">MEAM</abbr> and H<sub>2</sub>O.',
      '',
      '<Quote source="NPC" year={2021}>Short words.</Quote>',
      '',
      '<Callout type="warning">Mind this.</Callout>',
      '',
      '[A link](https://example.org), [a page](/practices/x/), [mail](mailto:a@example.org), ![A chart](/media/chart.png)',
    ].join('\n');
    expect(checkMdx(body).problems).toEqual([]);
  });

  it('reads a URL scheme as a browser does, through hidden characters and case', () => {
    expect(urlScheme('JaVa\tScRiPt:alert(1)')).toBe('javascript');
    expect(urlScheme('\u0000javascript:x')).toBe('javascript');
    expect(urlScheme('/practices/x/')).toBeUndefined();
    expect(urlScheme('#section')).toBeUndefined();
  });

  it('says where a syntax error is', () => {
    expect(checkMdx('Text\n\n<Callout type="note">Unclosed').problems[0]).toMatchObject({ line: 3, construct: 'MDX syntax' });
  });
});

describe('media files', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const text = (s: string) => new TextEncoder().encode(s);

  it('accepts a real PNG and a plain SVG', () => {
    expect(checkMediaFile('photo.png', png)).toEqual([]);
    expect(
      checkMediaFile('chart.svg', text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><circle r="2"/></svg>')),
    ).toEqual([]);
  });

  it('refuses a file whose contents are not its extension, an unknown type, and a dangerous SVG', () => {
    expect(checkMediaFile('photo.jpg', png)[0]).toContain('its contents are not a JPG file');
    expect(checkMediaFile('tool.exe', png)[0]).toContain('is not a type the handbook serves');
    expect(checkMediaFile('x.svg', text('<svg><foreignObject><p>hi</p></foreignObject></svg>'))[0]).toContain('<foreignObject>');
  });
});
