/**
 * A field is described once, in src/lib/content/page-kinds.ts, and everything else is generated from that description.
 * This test does what a maintainer would: on a throwaway copy of the code it adds one field to one page kind,
 * in that one place, then checks the field is in the site's schema, the editor and the issue form, with the
 * same label, rule and message in each, and nowhere in the unchanged code.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import type { CmsField } from 'decap-cms-core';

type Modules = {
  schemas: typeof import('../../src/lib/content/schemas');
  entryErrors: typeof import('../../src/lib/content/entry-errors');
  collections: typeof import('../../cms-config/collections');
  issueForm: typeof import('../../cms-config/issue-form');
  openData: typeof import('../../src/lib/content/open-data');
};

const root = resolve('.');
const NEW_FIELD = `      {
        name: 'costNote',
        type: 'text',
        long: true,
        min: 10,
        max: 300,
        optional: true,
        label: 'What it costs',
        about: 'What the practice costs a partner in time or money, where the sources say.',
        hint: 'In a sentence or two, what it costs to put in place.',
        message: 'Write between 10 and 300 characters about the cost.',
      },
`;

async function load(base: string): Promise<Modules> {
  const at = (path: string) => import(/* @vite-ignore */ pathToFileURL(join(base, path)).href);
  return {
    schemas: await at('src/lib/content/schemas.ts'),
    entryErrors: await at('src/lib/content/entry-errors.ts'),
    collections: await at('cms-config/collections.ts'),
    issueForm: await at('cms-config/issue-form.ts'),
    openData: await at('src/lib/content/open-data.ts'),
  };
}

const practice = {
  title: 'Share the paperwork',
  summary: 'Split the reporting burden so the smallest partner is not buried in forms.',
  questions: ['power'],
  themes: ['money-and-resources'],
  sources: [{ title: 'A report', publisher: 'NPC', year: 2021 }],
  lastReviewed: '2026-11-25',
};

let copy: string;
let changed: Modules;
let unchanged: Modules;

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'handbook-one-field-'));
  for (const folder of ['src', 'cms-config']) cpSync(join(root, folder), join(copy, folder), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  // The one edit: a field in the practices' list, after "behaviours".
  const file = join(copy, 'src/lib/content/page-kinds.ts');
  const source = readFileSync(file, 'utf8');
  const practices = source.indexOf('  practices: {');
  const at = source.indexOf('      sources(1),', practices);
  expect(practices).toBeGreaterThan(0);
  writeFileSync(file, `${source.slice(0, at)}${NEW_FIELD}${source.slice(at)}`);
  changed = await load(copy);
  unchanged = await load(root);
}, 60_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const problems = (modules: Modules, data: object) =>
  modules.entryErrors.checkFrontmatter('practices', data, 'content/practices/share-the-paperwork.mdx');

describe('a field added to one page kind in src/lib/content/page-kinds.ts', () => {
  it('is in the site’s schema, with its rule and message', () => {
    expect(problems(changed, { ...practice, costNote: 'About a day of staff time a quarter.' })).toEqual([]);
    const tooShort = problems(changed, { ...practice, costNote: 'Cheap.' });
    expect(tooShort.map((p) => p.field)).toEqual(['costNote']);
    expect(tooShort[0]!.message).toMatch(/too short/);
    const schema = changed.schemas.makeSchemas((() => ({})) as never)['practices'] as unknown as z.ZodObject;
    expect(Object.keys(schema.shape)).toContain('costNote');
  });

  it('is in the editor, after the field it follows, as a box of text with the same rule', () => {
    const fields = changed.collections.editorFields('practices') as (CmsField & Record<string, unknown>)[];
    const names = fields.map((f) => f.name);
    expect(names.indexOf('costNote')).toBe(names.indexOf('behaviours') + 1);
    const field = fields.find((f) => f.name === 'costNote')!;
    expect(field).toMatchObject({ label: 'What it costs', widget: 'text', required: false });
    expect((field['pattern'] as [string, string])[1]).toBe('Write between 10 and 300 characters about the cost.');
    const pattern = new RegExp((field['pattern'] as [string, string])[0]);
    expect(pattern.test('About a day of staff time a quarter.')).toBe(true);
    expect(pattern.test('Cheap.')).toBe(false);
  });

  it('is in the "Propose a practice" issue form, optional, with its hint and rule', () => {
    const element = changed.issueForm.proposalForm('practices').body.find((e) => e.id === 'costNote');
    expect(element?.type).toBe('textarea');
    expect(element?.validations?.required).toBe(false);
    expect(element?.attributes).toMatchObject({
      label: 'What it costs',
      description: 'In a sentence or two, what it costs to put in place. Write between 10 and 300 characters about the cost.',
    });
  });

  it('is a column of the open data, described in the codebook by its own words', () => {
    const plan = changed.openData.dataPlan('practices').find((f) => f.key === 'costNote');
    expect(plan).toMatchObject({
      comment: 'What the practice costs a partner in time or money, where the sources say.',
      optional: true,
    });
  });

  it('is nowhere in the unchanged code: the schema refuses it and the editor and form do not ask for it', () => {
    expect(problems(unchanged, { ...practice, costNote: 'About a day of staff time a quarter.' })[0]?.message).toMatch(
      /"costNote" is not a field a practice page has/,
    );
    expect(unchanged.collections.editorFields('practices').map((f) => f.name)).not.toContain('costNote');
    expect(unchanged.issueForm.proposalForm('practices').body.map((e) => e.id)).not.toContain('costNote');
  });
});
