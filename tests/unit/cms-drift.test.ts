/**
 * The editor and the schemas cannot drift apart: every schema field is an editor field and back, at every
 * level, with the same required flags, defaults, allowed values and limits; and a page saved with the
 * editor's defaults plus the least a contributor must type passes the schema.
 */
import type { CmsField } from 'decap-cms-core';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { BODY_WIDGET, collections, fieldsByCollection } from '../../cms-config/collections';
import { cmsConfig } from '../../cms-config/config';
import { cmsDefaults, compareFields, jsonSchemaOf, refWithCollection } from '../../cms-config/drift';
import { writeFile } from '../../cms-config/frontmatter-format';
import { lengthRule } from '../../cms-config/fields';
import { checkFrontmatter, formatProblems } from '../../src/lib/entry-errors';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { COLLECTIONS } from '../../src/lib/content-files';
import { makeSchemas, type CollectionName } from '../../src/lib/schemas';
import { site } from '../../src/site.config';

const schemas = makeSchemas(refWithCollection);

describe('the editor and the schemas', () => {
  it.each(COLLECTIONS)('%s: every field, rule and allowed value matches, both ways', (collection) => {
    expect(compareFields(jsonSchemaOf(schemas[collection]), fieldsByCollection[collection], { ignore: ['body'] })).toEqual([]);
  });

  it.each(COLLECTIONS)('%s: the page text is the last field, edited as written', (collection) => {
    const fields = fieldsByCollection[collection];
    expect(fields.at(-1)).toMatchObject({ name: 'body', widget: BODY_WIDGET });
    expect(fields.filter((f) => f.name === 'body')).toHaveLength(1);
  });

  it('has one collection per page kind: its folder, MDX with frontmatter, the file name as the page id', () => {
    expect(collections().map((c) => c.name)).toEqual([...COLLECTIONS]);
    for (const c of collections()) {
      expect(c).toMatchObject({
        folder: `content/${c.name}`,
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        slug: '{{slug}}',
      });
    }
  });

  it('proposes changes on GitHub through open authoring, with repository and branch from site.config', () => {
    const config = cmsConfig({ local: false });
    expect(config.backend).toMatchObject({
      name: 'github',
      repo: site.repository,
      branch: site.branch,
      open_authoring: true,
      base_url: site.editorAuth.baseUrl,
      auth_endpoint: site.editorAuth.endpoint,
    });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.local_backend).toBe(false);
    expect(config.load_config_file).toBe(false);
    expect(config.site_url).toBe(site.url);
  });
});

// The least a contributor must type for each page kind; everything else comes from the editor's defaults.
const MINIMAL: Record<CollectionName, Record<string, unknown>> = {
  practices: {
    title: 'Share the paperwork',
    summary: 'Split the reporting burden so the smallest partner is not buried in forms.',
    questions: ['power'],
    themes: ['money-and-resources'],
    sources: [{ title: 'A report', publisher: 'NPC', year: 2021 }],
  },
  'case-studies': {
    title: 'A test partnership',
    summary: 'Two organisations shared a contract and the decisions that came with it.',
    organisations: [
      { name: 'A charity', role: 'Held the contract', unnamed: false, size: 'unknown', type: 'unknown', lead: false },
    ],
    regions: ['london'],
    sectors: ['cross-sector'],
    collaborationType: 'partnership',
    power: 'Decisions were shared between the partners.',
    themes: ['power-and-decisions'],
    sources: [{ title: 'A report', publisher: 'NPC', year: 2021 }],
  },
  questions: {
    title: 'Power',
    summary: 'Who holds power in this partnership, and how is it used?',
    order: 1,
    prompts: ['Who decides how the money is split?'],
    sources: [{ title: 'A report', publisher: 'NPC', year: 2021 }],
  },
  guides: { title: 'A guide', summary: 'A guide to check that a new page with defaults only is valid.' },
};

describe('a new page saved with the editor defaults and the least a contributor must type', () => {
  it.each(COLLECTIONS)('%s passes the schema', (collection) => {
    const data = { ...cmsDefaults(fieldsByCollection[collection]), ...MINIMAL[collection] };
    const problems = checkFrontmatter(collection, data, `content/${collection}/new.mdx`);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it.each(COLLECTIONS)('%s passes the schema as Astro reads the file the editor writes', (collection) => {
    const data = { ...cmsDefaults(fieldsByCollection[collection]), ...MINIMAL[collection], body: '## Background\n\nText.\n' };
    const file = writeFile(
      data,
      fieldsByCollection[collection].map((f) => f.name),
    );
    const problems = checkFrontmatter(collection, splitFrontmatter(file).data, `content/${collection}/new.mdx`);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('starts a case study with one organisation holding the defaults, and dates it today', () => {
    const defaults = cmsDefaults(fieldsByCollection['case-studies'], '2026-12-01');
    expect(defaults['organisations']).toEqual([{ unnamed: false, size: 'unknown', type: 'unknown', lead: false }]);
    expect(defaults['period']).toEqual({ status: 'unknown' });
    expect(defaults['completeness']).toBe('partial');
    expect(defaults['lastReviewed']).toBe('2026-12-01');
  });
});

describe('the comparison itself', () => {
  const schema = z.strictObject({
    name: z.string().trim().min(2).max(40),
    kind: z.enum(['a', 'b']).default('a'),
    people: z
      .array(z.strictObject({ name: z.string().trim().min(2).max(40), age: z.number().int().min(0).max(120).optional() }))
      .min(1),
  });
  const fields: CmsField[] = [
    { name: 'name', widget: 'string', pattern: lengthRule(2, 40, 'x') },
    { name: 'kind', widget: 'select', options: ['a', 'b'], default: 'a', required: false },
    {
      name: 'people',
      widget: 'list',
      min: 1,
      fields: [
        { name: 'name', widget: 'string', pattern: lengthRule(2, 40, 'x') },
        { name: 'age', widget: 'number', value_type: 'int', min: 0, max: 120, required: false },
      ],
    },
  ];
  const compare = (s: z.ZodType, f: CmsField[]) => compareFields(jsonSchemaOf(s), f);

  it('finds nothing when the two sides agree', () => {
    expect(compare(schema, fields)).toEqual([]);
  });

  it('fails when a field is added to the schema only, at the top and inside a list', () => {
    expect(compare(schema.extend({ email: z.string() }), fields)).toEqual(['email: in the schema but not in the editor']);
    const nested = schema.extend({
      people: z
        .array(
          z.strictObject({
            name: z.string().trim().min(2).max(40),
            age: z.number().int().min(0).max(120).optional(),
            role: z.string().optional(),
          }),
        )
        .min(1),
    });
    expect(compare(nested, fields)).toEqual(['people[].role: in the schema but not in the editor']);
  });

  it('fails when a field is added to the editor only, at the top and inside a list', () => {
    expect(compare(schema, [...fields, { name: 'email', widget: 'string' }])).toEqual([
      'email: in the editor but not in the schema',
    ]);
    const people = fields[2] as CmsField & { fields: CmsField[] };
    const nested = [
      ...fields.slice(0, 2),
      { ...people, fields: [...people.fields, { name: 'role', widget: 'string' }] },
    ] as CmsField[];
    expect(compare(schema, nested)).toEqual(['people[].role: in the editor but not in the schema']);
  });

  it('fails on a different required flag, allowed values, item count or length', () => {
    const changed = [
      { ...fields[0], pattern: lengthRule(3, 40, 'x') },
      { ...fields[1], options: ['a', 'b', 'c'], required: true },
      { ...fields[2], min: 2 },
    ] as CmsField[];
    expect(compare(schema, changed)).toEqual([
      "name: the editor's pattern rejects 2 characters, rejects text with spaces at either end",
      'kind: required is true in the editor, false in the schema',
      'kind: options ["a","b","c"] in the editor, ["a","b"] in the schema',
      'people: at least 2 items in the editor, 1 in the schema',
    ]);
  });
});
