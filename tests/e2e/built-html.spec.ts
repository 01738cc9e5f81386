/**
 * What the build published, read as files: no page carries a script, event handler or dangerous URL
 * except the site's own, and every page's policy forbids inline and evaluated code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'admin' || entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const pages = htmlFiles('dist');

test('the build published pages to check', () => {
  expect(pages.length).toBeGreaterThan(40);
});

test('every script is one of the site’s own bundles or an inline script the policy hashes', () => {
  const strangers = pages.flatMap((file) => {
    const html = readFileSync(file, 'utf8');
    const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].flatMap(([, attributes = '', code = '']) => {
      const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
      if (src) return src.startsWith('/_astro/') ? [] : [`${file}: script from ${src}`];
      // Inline scripts are Astro's own, allowed by their hash; there must be a policy to hash them.
      return code.trim() && policy.includes("'sha256-") ? [] : [`${file}: inline script without a hash`];
    });
  });
  expect(strangers).toEqual([]);
});

test('no page has an event handler attribute or a javascript:, vbscript: or data: URL', () => {
  const found = pages.flatMap((file) => {
    const html = readFileSync(file, 'utf8');
    const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
    return tags.flatMap((tag) => {
      const problems: string[] = [];
      if (/\son[a-z]+\s*=/i.test(tag)) problems.push(`${file}: handler in ${tag.slice(0, 80)}`);
      if (/\s(?:href|src|action|formaction|poster)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i.test(tag))
        problems.push(`${file}: unsafe URL in ${tag.slice(0, 80)}`);
      return problems;
    });
  });
  expect(found).toEqual([]);
});

test('every page’s policy allows scripts only from the site or by hash, never inline or eval', () => {
  const weak = pages.flatMap((file) => {
    const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
    if (!policy) return [`${file}: no policy`];
    const scripts = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
    return /'unsafe-inline'|'unsafe-eval'|\*|https?:/.test(scripts) ? [`${file}: script-src ${scripts.slice(0, 80)}`] : [];
  });
  expect(weak).toEqual([]);
});
