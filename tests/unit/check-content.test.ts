import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { imageProblem, linkProblem, webAddressProblem } from '../../src/lib/content/addresses';
import { checkContent, formatContentProblems, yamlProblems } from '../../src/lib/check/check-content.node.ts';
import { checkContentOnEveryCore } from '../../src/lib/check/check-workers.node.ts';
import { plainDataProblem } from '../../src/lib/core/check-yaml';
import { fenceProblem, splitFrontmatter } from '../../src/lib/core/frontmatter';
import { checkMdx } from '../../src/lib/check/mdx-guard';
import { textLimitProblems } from '../../src/lib/core/mdx-tree';
import { checkMediaFile } from '../../src/lib/check/media-check';
import { svgProblems } from '../../src/lib/core/svg-check';
import { invisibleCharacterProblem } from '../../src/lib/core/text-safety';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function handbook(files: Record<string, string | Uint8Array>): string {
  dir = mkdtempSync(join(tmpdir(), 'handbook-check-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

// Every page links onward to three others (src/lib/check/editorial.ts): the fixtures end with a line that does.
const ONWARD = 'See [the practices](/practices/), [the case studies](/case-studies/) and [the guides](/guides/).';
const guide = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n\n${body}\n\n${ONWARD}\n`;
const GOOD =
  'title: A guide\nsummary: A guide used to check the content checker reports problems well.\nlastReviewed: 2026-11-25';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const text = (s: string) => new TextEncoder().encode(s);
const SVG = (inside: string, attributes = '') => text(`<svg xmlns="http://www.w3.org/2000/svg"${attributes}>${inside}</svg>`);

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
    const lines = formatContentProblems(problems).split('\n');
    expect(lines.map((line) => line.split(' ')[0])).toEqual([
      'content/guides/bad.mdx:3:1',
      'content/guides/bad.mdx:5:1',
      'content/guides/bad.mdx:10:1',
      'content/guides/bad.mdx:12:1',
      'content/guides/bad.mdx:12:1',
      'content/guides/bad.mdx:14:3',
    ]);
    expect(lines[2]).toContain('<script>: HTML tags are not allowed in pages');
    expect(lines[3]).toContain('links to the section #finish of /guides/good/');
    expect(lines[5]).toContain('expression {…}: curly braces start code');
  });

  it('gives the same report when its pages are shared out among worker threads', async () => {
    const root = handbook({
      'content/guides/good.mdx': guide(GOOD, '## Start\n\nText.'),
      'content/guides/second.mdx': guide(GOOD, '## Start\n\nMore text.'),
      'content/guides/bad.mdx': guide(
        'title: A bad guide\nsummary: Too short.',
        'See [a page](/guides/gone/).\n\n<script>x</script>',
      ),
      'content/practices/odd.mdx': guide(GOOD, 'Text.'),
    });
    const one = checkContent(root);
    const shared = await checkContentOnEveryCore(root, { pagesPerWorker: 1 });
    expect(shared.problems.length).toBeGreaterThan(3);
    expect({ ...shared, graphMs: 0 }).toEqual({ ...one, graphMs: 0 });
  });

  it('takes search terms on the glossary alone, and names the field and where they belong elsewhere', () => {
    const terms = 'searchTerms:\n  - term: Full cost recovery\n    also: [FCR]';
    const root = handbook({
      'content/guides/glossary.mdx': guide(`${GOOD}\n${terms}`, '## Full cost recovery\n\nText.'),
      'content/guides/other.mdx': guide(`${GOOD}\n${terms}`, '## Start\n\nText.'),
    });
    expect(formatContentProblems(checkContent(root).problems)).toMatch(
      /^content\/guides\/other\.mdx:5:1 field "searchTerms": search reads the terms kept on the glossary only \(content\/guides\/glossary\.mdx\).*Move each term/,
    );
  });

  it('shows an image from the media folder, and refuses one whose file is missing', () => {
    const root = handbook({
      'content/guides/good.mdx': guide(GOOD, '![A chart of the five questions](/media/chart.png)\n\n![Gone](/media/gone.png)'),
      'public/media/chart.png': PNG,
    });
    expect(formatContentProblems(checkContent(root).problems)).toBe(
      'content/guides/good.mdx:9:1 image /media/gone.png: shows /media/gone.png, but there is no file public/media/gone.png. Add the file or correct the name.',
    );
  });

  it('refuses symbolic links in content/ and public/, and files public/ does not list', () => {
    const root = handbook({
      'content/guides/good.mdx': guide(GOOD, 'Text.'),
      'public/media/chart.png': PNG,
      'public/evil.html': '<script></script>',
    });
    symlinkSync('/etc/passwd', join(root, 'public/media/passwd.png'));
    symlinkSync(join(root, 'content/guides/good.mdx'), join(root, 'content/guides/copy.mdx'));
    const files = checkContent(root).problems.map((p) => `${p.file} ${p.message.slice(0, 30)}`);
    expect(files).toEqual([
      'content/guides/copy.mdx is a symbolic link. Links are ',
      'public/evil.html is not one of the files public',
      'public/media/passwd.png is a symbolic link. Links are ',
    ]);
  });

  it('reports a file it cannot read as that file’s problem, and goes on', () => {
    const root = handbook({
      'content/guides/good.mdx': guide(GOOD, 'Text.'),
      'content/guides/latin.mdx': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]),
    });
    expect(formatContentProblems(checkContent(root).problems)).toContain('content/guides/latin.mdx:1:1 is not UTF-8 text');
  });

  it('writes GitHub workflow annotations with the file name escaped, so it cannot start a command', () => {
    const text = formatContentProblems(
      [{ file: 'content/guides/x,y:z.mdx\n::warning::hi', line: 3, column: 2, message: 'two\nlines 100%' }],
      true,
    );
    expect(text).toBe('::error file=content/guides/x%2Cy%3Az.mdx%0A%3A%3Awarning%3A%3Ahi,line=3,col=2::two%0Alines 100%25');
    expect(text.split('\n')).toHaveLength(1);
  });

  it('prints a file name with a line break as one line', () => {
    expect(formatContentProblems([{ file: 'a\nb.mdx', line: 1, column: 1, message: 'm' }])).toBe('a\\u{a}b.mdx:1:1 m');
  });

  it('warns, without failing, where a practice and a case study name each other on one side only', () => {
    const SOURCE = 'sources:\n  - title: A report on partnerships\n    publisher: A publisher\n    year: 2021';
    const page = (fields: string) =>
      `---\n${fields}\n${SOURCE}\nlastReviewed: 2026-11-25\n---\n\nSome text. ${ONWARD}\n\n## What is not known\n\nThe sources do not say when it ended. Only one source describes it, and it is not online.\n`;
    const root = handbook({
      'content/questions/power.mdx': page(
        'title: Power\nsummary: What advantages do we hold, and how can we even things up?\norder: 1\nprompts: [Who holds the money and the decisions?]',
      ),
      'content/practices/pay-fairly.mdx': page(
        'title: Pay fairly\nsummary: Pay partners the full cost of the work, on time, as agreed.\nquestions: [power]\nthemes: [money-and-resources]\nrelatedCaseStudies:\n  - forum\n  - alliance',
      ),
      ...Object.fromEntries(
        ['forum', 'alliance'].map((id) => [
          `content/case-studies/${id}.mdx`,
          page(
            `title: The ${id}\nsummary: A collaboration used to check that relations are stated on both sides.\norganisations:\n  - name: A charity\n    role: Led the work\nregions: [london]\nsectors: [homelessness-and-housing]\ncollaborationType: network\nperiod:\n  start: 2019\npower: Power was shared between the members.\nthemes: [money-and-resources]\nrelatedPractices: [${id === 'forum' ? 'pay-fairly' : ''}]`,
          ),
        ]),
      ),
    });
    const report = checkContent(root);
    expect(report.problems).toEqual([]);
    expect(formatContentProblems(report.warnings)).toBe(
      'content/practices/pay-fairly.mdx:8:1 field "relatedCaseStudies" names the case study alliance, which does not name this page back. Add pay-fairly to relatedPractices in content/case-studies/alliance.mdx, or remove alliance here.',
    );
    expect(formatContentProblems(report.warnings, true, 'warning')).toMatch(
      /^::warning file=content\/practices\/pay-fairly.mdx,line=8,col=1::/,
    );
  });
});

describe('frontmatter, read as Astro reads it', () => {
  it('finds the body where Astro does, and refuses fences Astro reads differently', () => {
    expect(splitFrontmatter('---\ntitle: a\n---\n\nBody\n')).toMatchObject({
      data: { title: 'a' },
      body: '\nBody\n',
      bodyStartLine: 4,
    });
    expect(fenceProblem('---\ntitle: a\n---\n\nBody\n')).toBeUndefined();
    // Astro ends the frontmatter at "---x": the rest of that line and below are the page.
    expect(splitFrontmatter('---\ntitle: a\n---x\nhidden\n').body).toBe('hidden\n');
    expect(fenceProblem('---\ntitle: a\n---x\nhidden\n')).toContain('must be exactly ---');
    expect(fenceProblem('\n---\ntitle: a\n---\n')).toContain('very first line');
    expect(fenceProblem('+++\ntitle = "a"\n+++\n')).toContain('not +++');
  });

  it('keeps body positions as file positions in the text it compiles', () => {
    const { source } = splitFrontmatter('---\ntitle: a\n---\n\n## Hi\n');
    expect(source.split('\n')[4]).toBe('## Hi');
  });
});

describe('yamlProblems', () => {
  it('accepts plain frontmatter', () => {
    expect(yamlProblems('title: "Quoted: fine"\nlist: [a, b]\nlastReviewed: 2026-11-25')).toEqual([]);
  });

  it('refuses anchors, aliases, tags, duplicate keys, impossible dates and huge frontmatter, with lines', () => {
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
    expect(yamlProblems(`title: ${'x'.repeat(30_000)}`)[0]!.message).toContain('at most 20000');
  });

  it('refuses one value reached twice in the data js-yaml read', () => {
    const shared = ['a'];
    expect(plainDataProblem({ a: shared, b: shared })).toContain('alias');
    expect(plainDataProblem({ a: ['x'], b: { c: new Date(0) } })).toBeUndefined();
  });
});

describe('characters', () => {
  it('refuses control characters and bidirectional overrides, with where they are', () => {
    expect(invisibleCharacterProblem('title: A\u0007B')).toMatchObject({ line: 1, column: 9 });
    expect(invisibleCharacterProblem('x\nabc\u202Edef')!.message).toContain('bidirectional');
    expect(
      invisibleCharacterProblem('\ufefftab\there, joiner 👩\u200d💻, soft\u00adhyphen', { fileStart: true }),
    ).toBeUndefined();
  });
});

describe('addresses', () => {
  it('allows handbook pages, https, mailto and tel links, and nothing else', () => {
    for (const ok of [
      '/practices/x/',
      '/practices/x/#start',
      '#start',
      'https://www.gov.uk/x',
      'mailto:a@b.org',
      'tel:+441234567890',
    ])
      expect(linkProblem(ok), ok).toBeUndefined();
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:x',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.example/',
      '../x',
      'x.mdx',
      'http://example.org/',
      '/a\\b',
      'java\tscript:x',
    ])
      expect(linkProblem(bad), bad).toBeDefined();
  });

  it('refuses a web address whose real host hides behind a user name', () => {
    expect(webAddressProblem('https://www.gov.uk@other.example/')).toContain('the site is other.example');
    expect(linkProblem('https://www.gov.uk@other.example/')).toContain('hides its real destination');
  });

  it('allows images only from the media folder, by exact name', () => {
    const media = new Set(['chart.png']);
    expect(imageProblem('/media/chart.png', media)).toBeUndefined();
    for (const bad of [
      '../../../etc/passwd?raw',
      'some-module',
      './chart.png',
      'https://tracker.example/p.gif',
      '/media/../x.png',
      '/media/Chart.png',
      '/media/none.png',
    ])
      expect(imageProblem(bad, media), bad).toBeDefined();
  });
});

describe('the MDX guard', () => {
  const media = new Set(['chart.png']);

  it('lets Markdown, GFM, safe HTML, the handbook’s components and every allowed scheme through', () => {
    const body = [
      '## A heading with `code_name`',
      '',
      '| a | b |\n|:--|--:|\n| 1 | 2 |',
      '',
      'A footnote.[^1]\n\n[^1]: The note.',
      '',
      '- [ ] a task\n- [x] done',
      '',
      '<abbr title="Making Every Adult Matter">MEAM</abbr> and H<sub>2</sub>O, <kbd>Ctrl</kbd>, <mark>this</mark>.',
      '',
      '<details open><summary>More</summary>Hidden text.</details>',
      '',
      '<Quote source="NPC" year={2021}>Short words.</Quote>',
      '',
      '<Callout type="warning">Mind this.</Callout>',
      '',
      '[A link](https://example.org), [a page](/practices/x/), [mail](mailto:a@example.org), [phone](tel:+441234), ![A chart](/media/chart.png), [ref][r]',
      '',
      '[r]: https://example.org/ref',
    ].join('\n');
    expect(checkMdx(body, media).problems).toEqual([]);
  });

  it.each([
    ['<abbr title={"A" + process.env.X}>ID</abbr>', 'title={…}'],
    ['<details open={globalThis.x()}>x</details>', 'open={…}'],
    ['<Quote source={`x`}>q</Quote>', 'source={…}'],
    ['<Quote source="a" year={2021 + 1}>q</Quote>', 'year={…}'],
    ['<Quote source="a" {...props}>q</Quote>', '{…} in <Quote>'],
    ['<abbr onClick="x">a</abbr>', 'onClick on <abbr>'],
    ['<abbr style="x">a</abbr>', 'style on <abbr>'],
    ['<s:script>x</s:script>', '<s:script>'],
    ['<Foo.Bar />', '<Foo.Bar>'],
    ['<>x</>', 'fragment <>'],
    ['import x from "y"', 'import or export'],
    ['{/* a comment */}', 'expression {…}'],
    ['![chart](../../../some-file?raw)', 'image ../../../some-file?raw'],
    ['![x](some-module)', 'image some-module'],
    ['![map][m]\n\n[m]: https://tracker.example/p.png', 'image https://tracker.example/p.png'],
    ['[x][m]\n\n[m]: javascript:alert(1)', 'link to javascript:alert(1)'],
    ['![](/media/chart.png)', 'image without text'],
    ['## Main content', 'heading "Main content"'],
    ['## User content fn 1', 'heading "User content fn 1"'],
  ])('refuses %j', (body, construct) => {
    expect(checkMdx(body, media).problems.map((p) => p.construct)).toContain(construct);
  });

  it('bounds nesting, tables and the shapes that slow the parser, in one linear pass', () => {
    expect(textLimitProblems('> '.repeat(3000) + 'x')[0]!.construct).toBe('deep nesting');
    expect(textLimitProblems('{'.repeat(5000))[0]!.construct).toBe('too many braces');
    expect(textLimitProblems('<sub>'.repeat(5000))[0]!.construct).toBe('too many tags');
    expect(textLimitProblems('"a" '.repeat(500))[0]!.construct).toBe('long paragraph');
    expect(textLimitProblems('"a" '.repeat(90) + '\n\n' + '"a" '.repeat(90))).toEqual([]);
    // Within each paragraph's limit, but more than a page may hold in all.
    const paragraphs = Array.from({ length: 61 }, () => '"a" '.repeat(50)).join('\n\n');
    expect(textLimitProblems(paragraphs)).toEqual([
      expect.objectContaining({ construct: 'too many marks', line: 121, column: 1 }),
    ]);
    expect(checkMdx('*a '.repeat(30) + 'x' + ' a*'.repeat(30)).problems[0]?.construct).toBe('deep nesting');
    expect(textLimitProblems(`${'|a'.repeat(5000)}|\n${'|-'.repeat(5000)}|\n${'|b|\n'.repeat(2500)}`)[0]!.construct).toBe(
      'large table',
    );
    expect(checkMdx(`| a |\n|---|\n${'| b |\n'.repeat(600)}`).problems[0]?.construct).toBe('large table');
  });

  it('says where a syntax error is', () => {
    expect(checkMdx('Text\n\n<Callout type="note">Unclosed').problems[0]).toMatchObject({ line: 3, construct: 'MDX syntax' });
  });
});

describe('media files', () => {
  it('accepts a real PNG and a plain SVG', () => {
    expect(checkMediaFile('photo.png', PNG)).toEqual([]);
    expect(
      checkMediaFile(
        'chart.svg',
        text(
          '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><title>Dot</title><circle r="2" fill="url(#g)"/></svg>',
        ),
      ),
    ).toEqual([]);
  });

  it('refuses a file whose contents are not its extension, a type that is not a picture, and a bad name', () => {
    expect(checkMediaFile('photo.jpg', PNG)[0]).toContain('its contents are not a JPG file');
    expect(checkMediaFile('tool.exe', PNG)[0]).toContain('is not a picture type');
    expect(checkMediaFile('report.pdf', text('%PDF-1.7'))[0]).toContain('is not a picture type');
    expect(checkMediaFile('My Photo.png', PNG)[0]).toContain('lower-case');
  });

  it.each([
    ['<script>alert(1)</script>', 'has a <script> element'],
    ['<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>', 'has a <script> element'],
    [
      '<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>',
      'declares the namespace http://www.w3.org/1999/xhtml',
    ],
    ['<foreignObject><p>hi</p></foreignObject>', 'has a <foreignObject> element'],
    ['<a href="&#74;avascript:alert(1)"><circle r="1"/></a>', 'has a <a> element'],
    ['<use href="jav&#x61;script:alert(1)"/>', 'links to something outside the file'],
    ['<use href="https://evil.example/x.svg#a"/>', 'links to something outside the file'],
    ['<set attributeName="href" to="javascript:alert(1)"/>', 'has a <set> element'],
    ['<animate attributeName="href" values="javascript:alert(1)"/>', 'has a <animate> element'],
    ['<circle r="1" onload="alert(1)"/>', 'has a "onload" attribute'],
    ['<circle r="1" style="fill:red"/>', 'has a "style" attribute'],
    ['<style>@import url(https://evil.example/x.css);</style>', 'has a <style> element'],
    ['<image href="https://tracker.example/p.png"/>', 'has a <image> element'],
    ['<rect fill="url(https://evil.example/p#a)"/>', 'a url() that points outside the file'],
    ['<rect fill="expression(alert(1))"/>', 'a call to expression'],
  ])('refuses an SVG with %s', (inside, reason) => {
    expect(svgProblems(SVG(inside)).join(' ')).toContain(reason);
  });

  it('refuses an SVG with a DOCTYPE, an encoding other than UTF-8, or bytes that are not UTF-8', () => {
    expect(svgProblems(text('<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg"/>')).join(' ')).toContain(
      'DOCTYPE',
    );
    expect(
      svgProblems(text('<?xml version="1.0" encoding="ISO-2022-JP"?><svg xmlns="http://www.w3.org/2000/svg"/>')).join(' '),
    ).toContain('ISO-2022-JP');
    const iso2022 = new Uint8Array([
      ...text('<svg xmlns="http://www.w3.org/2000/svg"><scr'),
      0x1b,
      0x28,
      0x42,
      ...text('ipt>x</script></svg>'),
    ]);
    expect(svgProblems(iso2022).length).toBeGreaterThan(0);
    expect(svgProblems(new Uint8Array([0x3c, 0xff, 0xfe]))[0]).toContain('not UTF-8');
  });

  it('reads an SVG of many comments in linear time (the old signature pattern took hours)', () => {
    expect(svgProblems(text(`${'<!---->'.repeat(26)}<svg xmlns="http://www.w3.org/2000/svg"/>`))).toEqual([]);
  });
});
