/**
 * A contributor who does not want the editor proposes a case study through a GitHub issue form with the
 * same fields. The form is built from the editor's fields (cms-config/issue-form.ts); these tests keep the
 * committed files equal to what is built, and check the form against the schema itself.
 * After changing a case-study field, run `npm run test:unit -- -u` to write the files again.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { caseStudyIssueForm, issueChooserConfig } from '../../cms-config/issue-form';
import { jsonSchemaOf, refWithCollection } from '../../cms-config/drift';
import { makeSchemas } from '../../src/lib/schemas';
import { questions, type Term } from '../../src/lib/vocabulary';
import * as vocabulary from '../../src/lib/vocabulary';

const HEADER =
  "# Built by cms-config/issue-form.ts from the editor's case-study fields; do not edit by hand.\n# To rebuild it after changing a field: npm run test:unit -- -u\n";
const dump = (data: unknown) => HEADER + yaml.dump(data, { lineWidth: -1, noRefs: true });

describe('the case study issue form', () => {
  const form = caseStudyIssueForm();
  const elements = form.body.filter((e) => e.id);
  const byId = new Map(elements.map((e) => [e.id!, e]));
  const schema = jsonSchemaOf(makeSchemas(refWithCollection)['case-studies']);

  it('is the committed .github/ISSUE_TEMPLATE/case-study.yml', async () => {
    await expect(dump(form)).toMatchFileSnapshot('../../.github/ISSUE_TEMPLATE/case-study.yml');
  });

  it('links to the editor and the guide from the issue chooser (config.yml)', async () => {
    await expect(dump(issueChooserConfig())).toMatchFileSnapshot('../../.github/ISSUE_TEMPLATE/config.yml');
  });

  it('asks for every field of the schema, each group field by its parts, plus the story', () => {
    const expected = Object.entries(schema.properties ?? {}).flatMap(([name, property]) =>
      property.type === 'object' ? Object.keys(property.properties ?? {}).map((sub) => `${name}-${sub}`) : [name],
    );
    expect(elements.map((e) => e.id)).toEqual([...expected, 'body']);
  });

  it('requires what the schema requires', () => {
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (property.type === 'object') continue;
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
    expect(dropdowns.length).toBeGreaterThanOrEqual(7);
    for (const e of dropdowns) {
      const [name, sub] = e.id!.split('-') as [string, string | undefined];
      const property = sub ? schema.properties?.[name]?.properties?.[sub] : schema.properties?.[name];
      const values = property?.enum ?? property?.items?.enum;
      const expected = values ? labelsFor(values) : questions.map((q) => q.label);
      expect(e.attributes['options'], e.id).toEqual(expected);
      expect(e.attributes['multiple'], e.id).toBe(property?.type === 'array');
    }
  });

  it('spells out the parts of each organisation and source', () => {
    expect(byId.get('organisations')?.attributes['description']).toMatch(
      /Name; .*Role; .*Size.*Kind of organisation.*Led the collaboration/,
    );
    expect(byId.get('sources')?.attributes['description']).toMatch(
      /Title of the source; Publisher; Year published; Web address, optional/,
    );
  });
});
