/**
 * A newcomer proposes a case study in the editor, end to end, as `npm start` lets them on a laptop:
 * decap-server in file mode writes the page into content/case-studies/; the page passes the schema; a build
 * of the site publishes it with its table, footnote and callout; and the search finds it.
 *
 * All of it happens in a copy of the project in a temporary folder (the files a build reads, with this
 * checkout's packages), so the other tests, which read content/ and dist/ while this runs, never see the
 * new page. The copy is deleted afterwards, also when the test fails.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkFrontmatter, formatProblems } from '../../../src/lib/content/entry-errors';
import { readKnownIds } from '../../../src/lib/content/content-files.node.ts';
import { splitFrontmatter } from '../../../src/lib/core/frontmatter';
import { startDecapServer } from './decap-server';
import { choose } from './decap-forms';
import { serveFolder } from './static-server';
import { buildSite } from '../build-site';

const SLUG = 'quillfeather-tenants-partnership';
const SITE_PORT = Number(process.env['HANDBOOK_PORT'] ?? 4321) + 1;
const BODY = `## Background

Quillfeather Tenants Forum and a housing charity agreed to share one contract[^1].

| Partner | Role |
| --- | --- |
| Quillfeather Tenants Forum | Held the contract |
| The housing charity | Delivered support |

It followed [Put the specialist in the driving seat](/practices/put-the-specialist-in-the-driving-seat/) and [Agree terms before you start](/practices/agree-terms-before-you-start/), as [the Power question](/questions/power/) asks.

## What is not known

The sources do not say when it ended. Only one source describes it, and it is not online.

[^1]: Written in the editor by a browser test.
`;

/** What `npm run build` reads: the project's files, without its tests, history or earlier builds. */
const BUILD_INPUTS = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'cms-config'];

let project: string;
let stopDecapServer: (() => Promise<void>) | undefined;
let stopSite: (() => Promise<void>) | undefined;

test.beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'handbook-new-case-study-'));
  for (const input of BUILD_INPUTS) cpSync(input, join(project, input), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
  stopDecapServer = await startDecapServer(project);
});

test.afterAll(async () => {
  await stopDecapServer?.();
  await stopSite?.();
  if (project) rmSync(project, { recursive: true, force: true });
});

test('a case study written in the editor is saved into content/, passes the schema, builds and is found by search', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const file = join(project, `content/case-studies/${SLUG}.mdx`);
  // Decap offers to restore an unsaved draft from an earlier visit; a new page starts clean.
  page.on('dialog', (dialog) => dialog.dismiss().catch(() => undefined));

  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Login' }).click();
  await page.goto('/admin/#/collections/case-studies/new');

  await page.getByLabel('Title', { exact: true }).fill('Quillfeather Tenants Partnership');
  await page
    .getByLabel('Summary', { exact: true })
    .fill('A tenants forum and a housing charity shared one contract, with the forum holding it.');
  // A new case study starts with one organisation, folded; its first (unlabelled) button unfolds it.
  await page.getByText('No name').locator('xpath=..').getByRole('button').first().click();
  await page.getByLabel('Name', { exact: true }).fill('Quillfeather Tenants Forum');
  await page.getByLabel('Role', { exact: true }).fill('Held the contract and chaired decisions');
  const lead = page.getByLabel('Led the collaboration (optional)');
  await lead.click();
  await expect(lead).toHaveAttribute('aria-checked', 'true');
  await choose(page, 'Where', ['North West England']);
  await choose(page, 'Sectors', ['Homelessness and housing']);
  await choose(page, 'Kind of collaboration', ['Lead contractor and subcontractors']);
  await page.getByLabel('Start year (optional)').fill('2024');
  await page
    .getByLabel('What was done about power', { exact: true })
    .fill('The smaller, tenant-led partner held the money and chaired the partnership.');
  await choose(page, 'Themes', ['Power and decision-making', 'Lived experience']);
  await page.getByRole('button', { name: 'Add source' }).click();
  await page.getByLabel('Title of the source', { exact: true }).fill('A report on tenant-led partnerships');
  await page.getByLabel('Publisher', { exact: true }).fill('A Better Way');
  await page.getByLabel(/^Year published/).fill('2024');

  const text = page.getByRole('textbox', { name: /Page text/ });
  await text.fill(BODY);
  // A component inserted from its form, without typing MDX.
  await page.getByRole('button', { name: 'Insert callout' }).click();
  await page.getByLabel('Kind', { exact: true }).selectOption('warning');
  await page.getByLabel('Text', { exact: true }).fill('The sources do not say how the money was split.');
  await page.getByRole('button', { name: 'Insert', exact: true }).click();

  // The preview shows the page as the site will, with its facts panel and table.
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Quillfeather Tenants Partnership');
  await expect(preview.getByRole('cell', { name: 'Held the contract' })).toBeVisible();
  await expect(preview.locator('.facts')).toContainText('Quillfeather Tenants Forum (lead)');

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await expect.poll(() => existsSync(file), { message: `${file} is written` }).toBe(true);
  await expect(page.getByText('Changes saved', { exact: false })).toBeVisible();

  const saved = readFileSync(file, 'utf8');
  const { data, body } = splitFrontmatter(saved);
  const problems = checkFrontmatter('case-studies', data, `content/case-studies/${SLUG}.mdx`, readKnownIds(project));
  expect(problems, formatProblems(problems)).toEqual([]);
  expect(data).toMatchObject({
    title: 'Quillfeather Tenants Partnership',
    organisations: [{ name: 'Quillfeather Tenants Forum', lead: true, unnamed: false, size: 'unknown', type: 'unknown' }],
    regions: ['north-west'],
    collaborationType: 'subcontracting',
    period: { start: 2024, status: 'unknown' },
    completeness: 'partial',
    sources: [{ title: 'A report on tenant-led partnerships', publisher: 'A Better Way', year: 2024 }],
  });
  // After the blank line that follows the frontmatter: the text as typed, and the callout as its form wrote it.
  expect(body).toBe(`\n${BODY}\n<Callout type="warning">\nThe sources do not say how the money was split.\n</Callout>\n`);

  // Built in the copy: Astro's prerendered code must lie inside the project, where it finds the packages.
  const outDir = join(project, 'dist');
  await buildSite(outDir, { root: project });
  stopSite = await serveFolder(outDir, SITE_PORT);
  const origin = `http://localhost:${SITE_PORT}`;

  await page.goto(`${origin}/case-studies/${SLUG}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quillfeather Tenants Partnership');
  await expect(page.getByRole('cell', { name: 'Delivered support' })).toBeVisible();
  await expect(page.locator('a[data-footnote-ref]')).toHaveAttribute('href', '#user-content-fn-1');
  await expect(page.locator('.callout-warning')).toContainText('The sources do not say how the money was split.');

  await page.goto(`${origin}/search/`);
  const found = await page.evaluate(async () => {
    const path = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ path);
    const search = await pagefind.search('Quillfeather');
    return Promise.all(search.results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
  });
  expect(found).toContain(`/case-studies/${SLUG}/`);
});
