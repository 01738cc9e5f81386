/**
 * The editor's preview of a page's text (cms-config/render-preview.ts): GFM as the site does it, the same heading
 * ids, the handbook's components, and nothing from an untrusted page that could run in a curator's browser.
 * tests/e2e/preview-matches-site.spec.ts compares it with the built site on every page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listPageFiles } from '../../src/lib/content/content-files.node.ts';
import { COLLECTIONS } from '../../src/lib/content/page-kinds';
import { splitFrontmatter } from '../../src/lib/core/frontmatter';
import { headingIds } from '../support/page-links';
import { renderPreview } from '../../cms-config/render-preview';

describe('the preview of a page’s text', () => {
  it('renders GFM tables with their alignment, footnotes and strikethrough', () => {
    const { html } = renderPreview('| a | b |\n|---|:-:|\n| 1 | 2 |\n\nA claim[^1] and ~~old~~ text.\n\n[^1]: The source.\n');
    expect(html).toContain('<th style="text-align: center">b</th>');
    expect(html).toContain(
      '<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a>',
    );
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('<del>old</del>');
  });

  it('gives headings the site’s ids, numbering repeats, with a self-link after each h2 and h3', () => {
    const { html, headings } = renderPreview('## How to start\n\n### Step *one*\n\n## How to start\n\n#### Deep\n');
    expect(headings.map((h) => h.id)).toEqual(['how-to-start', 'step-one', 'how-to-start-1', 'deep']);
    expect(html).toContain(
      '<a href="#step-one" class="heading-anchor" data-pagefind-ignore="all"><span aria-hidden="true">#</span><span class="visually-hidden">Link to the section “Step one”</span></a>',
    );
    expect(html).not.toContain('href="#deep"');
  });

  it.each(COLLECTIONS.flatMap((c) => listPageFiles('.', c)))('%s: heading ids agree with the content checks', (file) => {
    const { body } = splitFrontmatter(readFileSync(file, 'utf8'));
    const preview = renderPreview(body);
    expect(preview.problem).toBeUndefined();
    expect(preview.headings.map((h) => h.id).filter((id) => id !== 'footnote-label')).toEqual(headingIds(body));
  });

  it('shows every harmless tag pages may use as itself, and keeps tel: and mailto: links', () => {
    const { html } = renderPreview(
      '<abbr title="Making Every Adult Matter">MEAM</abbr>, H<sub>2</sub>O, <kbd>Ctrl</kbd>, <mark>m</mark>, <small>s</small>.\n\n<details open><summary>More</summary>Hidden.</details>\n\n[Call](tel:+441234) or [write](mailto:a@b.org).',
    );
    expect(html).toContain('<abbr title="Making Every Adult Matter">MEAM</abbr>');
    for (const tag of ['<sub>2</sub>', '<kbd>Ctrl</kbd>', '<mark>m</mark>', '<small>s</small>', '<summary>More</summary>'])
      expect(html).toContain(tag);
    expect(html).toMatch(/<details open(="")?>/);
    expect(html).toContain('href="tel:+441234"');
    expect(html).toContain('href="mailto:a@b.org"');
    expect(html).not.toContain('preview-problem');
  });

  it('drops what the checker refuses: unsafe and relative addresses, attributes off the list', () => {
    const { html } = renderPreview(
      '[a](javascript:alert(1)) [b](../x) [c](http://example.org/) <abbr title="t" onClick="x">A</abbr>',
    );
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('href="../x"');
    expect(html).not.toContain('http://example.org');
    expect(html).not.toMatch(/onclick/i);
  });

  it('renders Quote and Callout as their Astro components do', () => {
    const { html } = renderPreview(
      '<Quote source="NPC" year={2021}>\nWords.\n</Quote>\n\n<Callout type="note">\nKnow this.\n</Callout>\n',
    );
    expect(html).toBe(
      '<figure class="quote"><blockquote><p>Words.</p></blockquote><figcaption>NPC, 2021</figcaption></figure>\n' +
        '<div class="callout callout-note" role="note"><p class="callout-label">Note</p><p>Know this.</p></div>',
    );
  });

  it('explains a component used wrongly instead of showing it', () => {
    expect(renderPreview('<Quote>\nWords.\n</Quote>').html).toContain('&#x3C;Quote> needs a source');
    expect(renderPreview('<Callout type="tip">\nHi.\n</Callout>').html).toContain(
      '&#x3C;Callout> type must be one of: type="note" or type="warning"',
    );
    const unknown = renderPreview('<Tip type="note">\nHi.\n</Tip>').html;
    expect(unknown).toContain("&#x3C;Tip> is not one of the handbook's components");
    expect(unknown).not.toContain('callout');
  });

  it('runs nothing from the page: no scripts, other elements, expressions, imports or unsafe links', () => {
    const { html } = renderPreview(
      'import x from "y"\n\n<script>alert(1)</script>\n\n<iframe src="https://example.org" />\n\n{alert(1)}\n\n[a](javascript:alert(1)) [b](/guides/) [c](https://example.org) ![d](data:text/html,x)\n',
    );
    expect(html).not.toMatch(/<script|<iframe|alert\(1\)|javascript:|data:/);
    expect(html).toContain("&#x3C;script> is not one of the handbook's components");
    expect(html).toContain('<a href="/guides/">b</a> <a href="https://example.org">c</a>');
  });

  it('says which line to fix when the text is not valid MDX', () => {
    const { html, problem } = renderPreview('Fine.\n\nA stray { brace\n');
    expect(html).toBe('');
    expect(problem).toMatch(/^Line 3 of the page text: .*brace/);
  });
});
