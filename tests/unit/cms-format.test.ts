/**
 * How the editor reads and writes page files (cms-config/frontmatter-format.ts): a page opened and saved
 * unchanged is byte-identical; a page whose fields change is written in the editor's own style, which
 * loses nothing (Astro's parser, js-yaml, reads back the same data and the same body).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorFields } from '../../cms-config/collections';
import { fromFile, toFile, withoutEmptyValues, writeFile } from '../../cms-config/frontmatter-format';
import { listPageFiles } from '../../src/lib/content/content-files.node.ts';
import { COLLECTIONS } from '../../src/lib/content/page-kinds';
import { splitFrontmatter } from '../../src/lib/core/frontmatter';

const pages = COLLECTIONS.flatMap((collection) =>
  listPageFiles('.', collection).map((file) => ({ collection, file, source: readFileSync(file, 'utf8') })),
);
const order = (collection: (typeof COLLECTIONS)[number]) => editorFields(collection).map((f) => f.name);

describe('every page of the handbook', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s is written back byte for byte when saved unchanged', (_file, page) => {
    expect(toFile(fromFile(page.source), order(page.collection))).toBe(page.source);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s loses nothing when written in the editor’s own style', (_file, page) => {
    const written = writeFile(fromFile(page.source), order(page.collection));
    // The data and the body are what the site reads; the YAML text itself may differ in quotation marks.
    const meaning = (source: string) => (({ data, body }) => ({ data, body }))(splitFrontmatter(source));
    expect(meaning(written)).toEqual(meaning(page.source));
  });

  it('differs in the editor’s own style only by quotation marks the YAML does not need', () => {
    let identical = 0;
    for (const page of pages) {
      const written = writeFile(fromFile(page.source), order(page.collection));
      if (written === page.source) identical++;
      const unquote = (text: string) => text.split('\n').map((line) => line.replace(/["']/g, ''));
      expect(unquote(written), page.file).toEqual(unquote(page.source));
    }
    // The figure cms-config/README.md reports.
    console.log(
      `Written in the editor's style: ${identical} of ${pages.length} pages byte-identical, the rest differ only by quotation marks.`,
    );
    expect(identical).toBeGreaterThan(0);
  });
});

describe('the editor’s own style', () => {
  const write = (data: Record<string, unknown>, keys: string[] = []) => writeFile(data, keys);

  it('puts fields in the editor’s order, other fields after, then a blank line and the body', () => {
    expect(write({ b: 'two', extra: 1, a: 'one', body: '## Text\n' }, ['a', 'b'])).toBe(
      '---\na: one\nb: two\nextra: 1\n---\n\n## Text\n',
    );
  });

  it('writes lists of ids on one line and lists of text one item per line', () => {
    expect(
      write({ themes: ['power-and-decisions', 'commissioning'], outcomes: ['It worked.', 'Money moved.'], lessons: [] }),
    ).toBe('---\nthemes: [power-and-decisions, commissioning]\noutcomes:\n  - It worked.\n  - Money moved.\nlessons: []\n---\n');
  });

  it('writes groups and lists of groups as blocks', () => {
    expect(write({ period: { start: 2019, status: 'ended' }, sources: [{ title: 'A report', year: 2021 }] })).toBe(
      '---\nperiod:\n  start: 2019\n  status: ended\nsources:\n  - title: A report\n    year: 2021\n---\n',
    );
  });

  it('quotes text only where YAML would read it differently, and dates stay bare', () => {
    const data = {
      a: 'Rethinking collaboration: equitable collaboration',
      b: '#ShiftThePower',
      c: '2021',
      d: 'yes',
      e: 'Line one\nline two',
      f: ' padded ',
      g: 'Homeless Link\'s "partnerships by default"',
      h: 'true',
      lastReviewed: '2026-11-25',
    };
    const written = write(data);
    expect(written).toContain('a: "Rethinking collaboration: equitable collaboration"\n');
    expect(written).toContain('b: "#ShiftThePower"\n');
    expect(written).toContain('c: "2021"\n');
    expect(written).toContain('g: Homeless Link\'s "partnerships by default"\n');
    expect(written).toContain('lastReviewed: 2026-11-25\n');
    // Astro reads every text back as written, and the date as a date.
    const read = splitFrontmatter(written).data;
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const) expect(read[key], key).toBe(data[key]);
    expect(read['lastReviewed']).toEqual(new Date('2026-11-25'));
  });

  it('leaves out fields the contributor emptied, so the schema sees them as not given', () => {
    expect(withoutEmptyValues({ a: '', b: null, c: 'kept', d: [], e: { f: '', g: 1 }, h: [{ url: '', title: 'T' }] })).toEqual({
      c: 'kept',
      d: [],
      e: { g: 1 },
      h: [{ title: 'T' }],
    });
  });

  it('reads a page without a body, and a file without frontmatter, without inventing anything', () => {
    expect(fromFile('---\ntitle: A\n---\n')).toEqual({ title: 'A' });
    expect(toFile({ title: 'A new page' }, ['title'])).toBe('---\ntitle: A new page\n---\n');
    expect(fromFile('Just text\n')).toEqual({ body: 'Just text\n' });
  });

  it('says in plain words when the frontmatter is not a list of fields', () => {
    expect(() => fromFile('---\n- a\n- b\n---\n\nText\n')).toThrow(/not a list of fields/);
  });
});
