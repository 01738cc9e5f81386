/**
 * What the build published, read as files: no page carries a script, event handler or dangerous URL
 * except the site's own, every page's policy forbids inline and evaluated code, every page offers a report and
 * credits itself at its own address, and the sitemap and robots.txt list what there is.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { idOf, listPageFiles } from '../../src/lib/content/content-files.node.ts';
import { COLLECTIONS } from '../../src/lib/content/page-kinds';
import { splitFrontmatter } from '../../src/lib/core/frontmatter';
import { headingIds } from '../support/page-links';
import { linkableRoutes, pageUrl, UNLISTED } from '../../src/lib/content/routes';
import { repositoryUrl, site } from '../../src/site.config';
import { runInWords } from '../support/run-in-words';
import { builtRoutes, sitemapPaths } from './site-map';
import { elementsOf } from '../support/html-tree';
import { REPORT_FORM } from '../../src/lib/wiki/edit-links';

function listContentPages() {
  return COLLECTIONS.flatMap((collection) =>
    listPageFiles('.', collection).map((file) => ({
      url: pageUrl(collection, idOf(file)),
      body: splitFrontmatter(readFileSync(file, 'utf8')).body,
    })),
  );
}

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

// Every page of the sitemap offers "Report an inaccuracy", which opens the repository's issue form with that page's
// own address filled in, and says under which licence its text may be reused and what to credit, again with its own
// address. Read from the files: the markup alone decides it.
test('every page links a report and credits itself at its own address', () => {
  const routes = builtRoutes();
  expect(routes.length).toBeGreaterThan(40);
  const wrong = routes.flatMap((route) => {
    const elements = elementsOf(readFileSync(join('dist', route, 'index.html'), 'utf8'));
    const address = new URL(route, site.url).href;
    const problems: string[] = [];
    const reports = elements.filter((e) => e.tag === 'a' && e.text().toLowerCase().includes('report an inaccuracy'));
    if (reports.length !== 1) problems.push(`${reports.length} links to report an inaccuracy`);
    else {
      const link = new URL(reports[0]!.attribute('href') ?? '');
      if (`${link.origin}${link.pathname}` !== `${repositoryUrl}/issues/new`) problems.push(`report goes to ${link.href}`);
      if (link.searchParams.get('template') !== REPORT_FORM.file) problems.push('report names another form');
      if (link.searchParams.get(REPORT_FORM.pageField) !== address) problems.push('report names another page');
    }
    const footer = elements.find((e) => e.tag === 'footer' && e.hasClass('site-footer'))?.descendants() ?? [];
    const licence = footer.filter((e) => e.tag === 'a' && e.attribute('rel') === 'license');
    if (licence.length !== 1 || licence[0]!.attribute('href') !== site.contentLicence.url) problems.push('no licence link');
    const credit = footer.find((e) => e.hasClass('attribution'))?.text() ?? '';
    if (!credit.includes(address) || !credit.includes(site.contentLicence.name)) problems.push(`credit reads "${credit}"`);
    return problems.map((problem) => `${route}: ${problem}`);
  });
  expect(wrong).toEqual([]);
});

test('no word runs into a link or other inline element on any page', () => {
  const runIns = pages.flatMap((file) => runInWords(readFileSync(file, 'utf8')).map((place) => `${file}: ${place}`));
  expect(runIns).toEqual([]);
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

// axe checks each page inside the page itself (tests/e2e/axe.ts), which reaches no frame of another origin: there must be
// none to reach.
test('no page embeds a frame or another document', () => {
  const frames = pages.flatMap((file) =>
    elementsOf(readFileSync(file, 'utf8'))
      .filter((e) => ['iframe', 'frame', 'object', 'embed'].includes(e.tag))
      .map((e) => `${file}: <${e.tag}>`),
  );
  expect(frames).toEqual([]);
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

test('the checker’s heading ids are the ids the built pages have, in order', () => {
  const mismatches = listContentPages().flatMap(({ url, body }) => {
    const html = readFileSync(join('dist', url, 'index.html'), 'utf8');
    const built = [...html.matchAll(/<h[1-6][^>]*\sid="([^"]+)"/g)].map((m) => m[1]!);
    const expected = headingIds(body);
    // The page adds headings of its own (contents, facts, history); the body's must all be there, in order.
    let at = 0;
    for (const id of expected) {
      at = built.indexOf(id, at);
      if (at < 0) return [`${url}: #${id} is not a heading id of the built page`];
    }
    return [];
  });
  expect(mismatches).toEqual([]);
});

test('code blocks show their code as text, never as markup', () => {
  const raw = pages.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<pre\b[^>]*>([\s\S]*?)<\/pre>/g)].flatMap(([, inner = '']) => {
      const markup = inner.replace(/<\/?code\b[^>]*>|<\/?span\b[^>]*>/g, '');
      return markup.includes('<') ? [`${file}: ${markup.slice(0, 80)}`] : [];
    }),
  );
  expect(raw).toEqual([]);
  // The contributor guide shows component code in blocks: it must arrive escaped.
  expect(readFileSync('dist/guides/how-to-contribute/index.html', 'utf8')).toContain('<code class="language-mdx">&lt;Quote');
});

test('the sitemap lists every page, and besides the pages exactly the routes content may link to that are listed', () => {
  const contentPages = listContentPages().map((page) => page.url);
  const unlisted = new Set<string>(Object.values(UNLISTED));
  const listed = linkableRoutes().filter((route) => !unlisted.has(route));
  expect(new Set(sitemapPaths())).toEqual(new Set([...contentPages, ...listed]));
});

test('robots.txt points search engines at the sitemap of the site’s own address, and keeps them out of the editor', () => {
  const robots = readFileSync('dist/robots.txt', 'utf8');
  const sitemap = new URL(/^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '');
  expect(sitemap.origin).toBe(new URL(site.url).origin);
  expect(existsSync(join('dist', sitemap.pathname))).toBe(true);
  expect(robots).toMatch(/^Disallow: \/admin\/$/m);
});
