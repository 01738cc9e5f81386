/**
 * A contributor who does not want the editor uses a GitHub issue form: to propose a case study or a practice
 * (the editor's fields of that kind), to report an inaccuracy on a page, or to request a page. The forms are
 * built by cms-config/issue-form.ts; these tests keep the committed files equal to what is built, check the
 * proposal forms against the schema the build applies (read as JSON Schema), and check that every page's "Report an inaccuracy" link fills in
 * a field the form has. After changing a field, run `npm run test:unit -- -u` to write the files again.
 */
import { readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  issueChooserConfig,
  issueForms,
  proposalForm,
  reportInaccuracyForm,
  requestPageForm,
  type ProposalKind,
} from '../../cms-config/issue-form';
import { z } from 'astro/zod';
import { REPORT_FORM, reportUrl } from '../../src/lib/wiki/edit-links';
import { fieldsOf } from '../../src/lib/content/page-kinds';
import { makeSchemas } from '../../src/lib/content/schemas';
import { type Term } from '../../src/lib/content/vocabulary';
import * as vocabulary from '../../src/lib/content/vocabulary';

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
}

/** A page kind's schema as JSON Schema: what a page must write (fields with defaults are not required). */
function jsonSchemaOf(kind: ProposalKind): JsonSchema {
  const schema = makeSchemas(() => z.string())[kind];
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** The question pages' titles, in their order, as the form offers them. */
const QUESTION_TITLES = ['Power', 'Empathy', 'Honesty', 'Communication', 'Impact'];

const TEMPLATE_DIR = '.github/ISSUE_TEMPLATE';

/** What each built file starts with, so nobody edits it by hand. */
const HEADER = [
  '# Built by cms-config/issue-form.ts; do not edit by hand.',
  "# To rebuild it after changing the editor's fields: npm run test:unit -- -u",
].join('\n');

/** The files of .github/ISSUE_TEMPLATE/ as they are committed: every issue form, and the chooser's config.yml. */
function issueTemplateFiles(): Record<string, string> {
  const dump = (data: unknown) => `${HEADER}\n${yaml.dump(data, { lineWidth: -1, noRefs: true })}`;
  const files = Object.entries(issueForms()).map(([name, form]) => [name, dump(form)]);
  return Object.fromEntries([...files, ['config.yml', dump(issueChooserConfig())]]);
}

describe('the issue template files', () => {
  const files = issueTemplateFiles();

  for (const [name, text] of Object.entries(files)) {
    it(`${TEMPLATE_DIR}/${name} is what cms-config/issue-form.ts builds`, async () => {
      await expect(text).toMatchFileSnapshot(`../../${TEMPLATE_DIR}/${name}`);
    });
  }

  it('are all the folder holds, so no hand-written form escapes the checks', () => {
    expect(readdirSync(TEMPLATE_DIR).sort()).toEqual(Object.keys(files).sort());
  });
});

const PROPOSALS: ProposalKind[] = ['case-studies', 'practices'];

describe.each(PROPOSALS)('the %s proposal form', (kind) => {
  const form = proposalForm(kind);
  const elements = form.body.filter((e) => e.id);
  const byId = new Map(elements.map((e) => [e.id!, e]));
  const schema = jsonSchemaOf(kind);
  const curated = new Set(fieldsOf(kind).flatMap((field) => (field.curators ? [field.name] : [])));

  it('asks for every field of the schema but the curators’ review fields, each group field by its parts, plus the page text and the licence', () => {
    expect([...curated]).toEqual(['lastReviewed', 'reviewInterval', 'owner', 'reviewStatus']);
    const proposed = Object.entries(schema.properties ?? {}).filter(([name]) => !curated.has(name));
    const expected = proposed.flatMap(([name, property]) =>
      property.type === 'object' ? Object.keys(property.properties ?? {}).map((sub) => `${name}-${sub}`) : [name],
    );
    expect(elements.map((e) => e.id)).toEqual([...expected, 'body', 'licence']);
  });

  it('requires what the schema requires', () => {
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (property.type === 'object' || curated.has(name)) continue;
      expect(byId.get(name)?.validations?.required, name).toBe((schema.required ?? []).includes(name));
    }
  });

  it('offers exactly the allowed values, by their labels, in the schema order', () => {
    const terms = (Object.values(vocabulary) as unknown[]).filter((v): v is readonly Term[] => Array.isArray(v));
    const labelsFor = (values: unknown[]) => {
      const list = terms.find((t) => t.length === values.length && t.every((term, i) => term.value === values[i]));
      return list?.map((t) => t.label);
    };
    const dropdowns = elements.filter((e) => e.type === 'dropdown');
    expect(dropdowns.length).toBeGreaterThanOrEqual(2);
    for (const e of dropdowns) {
      const [name, sub] = e.id!.split('-') as [string, string | undefined];
      const property = sub ? schema.properties?.[name]?.properties?.[sub] : schema.properties?.[name];
      const values = property?.enum ?? property?.items?.enum;
      const expected = values ? labelsFor(values) : QUESTION_TITLES;
      expect(e.attributes['options'], e.id).toEqual(expected);
      expect(e.attributes['multiple'], e.id).toBe(property?.type === 'array');
    }
  });

  it('spells out the parts of each source', () => {
    expect(byId.get('sources')?.attributes['description']).toMatch(
      /Title of the source; Publisher; Year published, optional; Web address, optional/,
    );
  });
});

describe('the case study proposal form', () => {
  it('spells out the parts of each organisation', () => {
    const organisations = proposalForm('case-studies').body.find((e) => e.id === 'organisations');
    expect(organisations?.attributes['description']).toMatch(/Name; .*Role; .*Size.*Kind of organisation.*Led the collaboration/);
  });
});

describe('the "Report an inaccuracy" form and the link on every page', () => {
  const form = reportInaccuracyForm();

  it('has a required field for the page address, which the link fills in by its id', () => {
    const page = form.body.find((e) => e.id === REPORT_FORM.pageField);
    expect(page?.type).toBe('input');
    expect(page?.validations?.required).toBe(true);
  });

  it('links to the form by its file name, with the page address and a title naming the page', () => {
    const link = new URL(
      reportUrl('https://equitable-collaboration.org.uk/practices/pay-fairly/', 'Pay partners fairly & on time'),
    );
    expect(link.pathname).toMatch(/\/issues\/new$/);
    expect(link.searchParams.get('template')).toBe(REPORT_FORM.file);
    expect(link.searchParams.get(REPORT_FORM.pageField)).toBe('https://equitable-collaboration.org.uk/practices/pay-fairly/');
    expect(link.searchParams.get('title')).toBe('Inaccuracy: Pay partners fairly & on time');
  });
});

describe('the "Request a page" form', () => {
  it('offers the kinds of page contributors write, not the fixed five questions', () => {
    const kind = requestPageForm().body.find((e) => e.id === 'kind');
    expect(kind?.attributes['options']).toEqual(['Guide', 'Practice', 'Case study']);
  });
});
