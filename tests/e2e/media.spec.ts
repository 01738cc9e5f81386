/**
 * Pictures from public/media/ reach readers: a page that shows one builds, and the browser loads it.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('a page shows its picture from the media folder, with its text alternative', async ({ page }) => {
  await page.goto('/guides/how-to-contribute/');
  const picture = page.locator('article img[src="/media/edit-this-page-link.png"]');
  await expect(picture).toHaveAttribute('alt', /Edit this page/);
  await picture.scrollIntoViewIfNeeded();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
});

test('hosts that read headers serve media files sandboxed, with no script', () => {
  const headers = readFileSync('public/_headers', 'utf8');
  const media = headers.slice(headers.indexOf('/media/*'));
  expect(media).toMatch(/Content-Security-Policy: default-src 'none';[^\n]*; sandbox/);
  expect(media).toContain('X-Content-Type-Options: nosniff');
});
