/**
 * Fitting a page's text into the whole-handbook document (/print/): headings move under the page's title, ids
 * stay unique across pages, and links between pages lead within the document.
 */
import { describe, expect, it } from 'vitest';
import { fitPageHtml, printAnchor, printHref, type PrintContext } from '../../src/lib/print-document';

const context: PrintContext = {
  url: '/practices/compete-ethically/',
  pages: new Set(['/practices/compete-ethically/', '/case-studies/detention-forum/']),
  site: 'https://example.org',
};

describe('printHref', () => {
  it('sends a link to a page of the document to that page’s section, and its anchors along', () => {
    expect(printHref('/case-studies/detention-forum/', context)).toBe('#print-case-studies-detention-forum');
    expect(printHref('/case-studies/detention-forum/#lessons', context)).toBe('#print-case-studies-detention-forum--lessons');
  });

  it('keeps a link within the page within its own section', () => {
    expect(printHref('#how-to-start', context)).toBe('#print-practices-compete-ethically--how-to-start');
  });

  it('writes other addresses of the site in full, and leaves the rest of the web alone', () => {
    expect(printHref('/themes/commissioning/', context)).toBe('https://example.org/themes/commissioning/');
    expect(printHref('https://www.ncvo.org.uk/', context)).toBe('https://www.ncvo.org.uk/');
    expect(printHref('mailto:someone@example.org', context)).toBe('mailto:someone@example.org');
  });
});

describe('fitPageHtml', () => {
  it('moves headings two levels down and gives ids the page’s prefix', () => {
    const html = fitPageHtml('<h2 id="what-it-is">What it is</h2><h3 id="x">X</h3><h5>Deep</h5>', context);
    expect(html).toBe(
      '<h4 id="print-practices-compete-ethically--what-it-is">What it is</h4><h5 id="print-practices-compete-ethically--x">X</h5><h6>Deep</h6>',
    );
  });

  it('keeps footnote references pointing at their own page’s footnotes', () => {
    const html = fitPageHtml(
      '<p>Text<sup><a href="#user-content-fn-1" id="user-content-fnref-1" aria-describedby="footnote-label">1</a></sup></p><h2 id="footnote-label">Footnotes</h2>',
      context,
    );
    expect(html).toContain('href="#print-practices-compete-ethically--user-content-fn-1"');
    expect(html).toContain('id="print-practices-compete-ethically--user-content-fnref-1"');
    expect(html).toContain('aria-describedby="print-practices-compete-ethically--footnote-label"');
    expect(html).toContain('<h4 id="print-practices-compete-ethically--footnote-label">');
  });

  it('rewrites links and keeps text exactly, markup-like text included', () => {
    const html = fitPageHtml(
      '<p>See <a href="/case-studies/detention-forum/">the Forum</a> &lt;h2 id="no"&gt; &amp; more.</p>',
      context,
    );
    expect(html).toBe('<p>See <a href="#print-case-studies-detention-forum">the Forum</a> &#x3C;h2 id="no"> &#x26; more.</p>');
  });

  it('names each page’s section after its address', () => {
    expect(printAnchor('/guides/about/')).toBe('print-guides-about');
  });
});
