/**
 * Every page of the handbook survives the editor: opened, edited and saved, then edited back and saved
 * again, its file is byte-identical to the original. Decap saves only a changed page, so each page is
 * changed once (a letter typed at the start of its text) and changed back.
 *
 * Runs against a copy of content/ in a temporary folder, served by decap-server in file mode, as a
 * contributor's laptop does with `npm start`. cms-config/README.md explains why the page text is edited
 * as written (Decap's rich-text mode rewrote every page) and what changes when a field is edited.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { idOf, listPageFiles } from '../../../src/lib/content/content-files.node.ts';
import { COLLECTIONS } from '../../../src/lib/content/page-kinds';
import { startDecapServer } from './decap-server';

const pages = COLLECTIONS.flatMap((collection) =>
  listPageFiles('.', collection).map((file) => ({ collection, file, id: idOf(file) })),
);

let repo: string;
let stopDecapServer: (() => Promise<void>) | undefined;
let page: Page;

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  repo = mkdtempSync(join(tmpdir(), 'handbook-round-trip-'));
  cpSync('content', join(repo, 'content'), { recursive: true });
  stopDecapServer = await startDecapServer(repo);
  // One signed-in editor for all the pages, as a contributor going from page to page.
  page = await browser.newPage();
  // Without the preview beside the form, as Decap's "Toggle preview" leaves it: the preview redrew the page at every
  // step, a third of each page's time, and it has tests of its own (create-case-study.spec.ts,
  // preview-matches-site.spec.ts). What is saved does not depend on it.
  await page.addInitScript(() => localStorage.setItem('cms.right-pane', 'none'));
  page.on('dialog', (dialog) => dialog.dismiss().catch(() => undefined));
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Login' }).click();
});

test.afterAll(async () => {
  await page?.close();
  await stopDecapServer?.();
  rmSync(repo, { recursive: true, force: true });
});

/** The saved file, read as soon as it changes: decap-server writes it within moments of the click. */
const POLL = { intervals: [50] };

async function save() {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
}

for (const { collection, file, id } of pages) {
  test(`${file} is byte-identical after an edit through the editor and its undoing`, async () => {
    const original = readFileSync(file, 'utf8');
    const saved = () => readFileSync(join(repo, file), 'utf8');
    const withLetter = original.replace(/\n---\n\n/, '\n---\n\nx');

    await page.goto(`/admin/#/edit/${collection}/${id}`);
    const text = page.getByRole('textbox', { name: /Page text/ });
    await expect(text).toBeVisible();

    await text.focus();
    await text.press('Control+Home');
    await text.pressSequentially('x');
    await save();
    // The first save changes the letter and nothing else: the frontmatter is kept as written.
    await expect.poll(saved, POLL).toBe(withLetter);
    await expect(page.getByText('Changes saved', { exact: false })).toBeVisible();

    // Decap treats a page edited back to a version it still holds as unchanged, and will not save it; opening the
    // page again from its collection, as a contributor coming back later does, holds only the saved version (without
    // loading the editor again, which took half of each page's time).
    await page.goto(`/admin/#/collections/${collection}`);
    await page.goto(`/admin/#/edit/${collection}/${id}`);
    // A long page takes Decap a while to load again on a busy machine.
    await expect(text).toHaveValue(/^x/, { timeout: 20_000 });
    await text.press('Control+Home');
    await text.press('Delete');
    await save();
    await expect.poll(saved, POLL).toBe(original);
    await expect(page.getByText('Changes saved', { exact: false })).toBeVisible();
  });
}

test('editing a field rewrites only that field’s line, and undoing it restores the file exactly', async () => {
  // A page whose frontmatter is already in the editor's own style (see cms-config/README.md).
  const file = 'content/case-studies/detention-forum.mdx';
  const original = readFileSync(file, 'utf8');
  const saved = () => readFileSync(join(repo, file), 'utf8');

  await page.goto('/admin/#/edit/case-studies/detention-forum');
  const title = page.getByLabel('Title', { exact: true });
  await expect(title).toHaveValue('The Detention Forum');
  await title.fill('The Detention Forum (UK)');
  await save();
  await expect.poll(saved, POLL).toBe(original.replace('title: The Detention Forum\n', 'title: The Detention Forum (UK)\n'));
  await expect(page.getByText('Changes saved', { exact: false })).toBeVisible();

  await page.reload();
  await expect(title).toHaveValue('The Detention Forum (UK)');
  await title.fill('The Detention Forum');
  await save();
  await expect.poll(saved, POLL).toBe(original);
});
