/**
 * Fitting a page's text into the whole-handbook document (/print/): headings move under the page's title, ids
 * stay unique across pages, and links between pages lead within the document.
 */
import { describe, expect, it } from 'vitest';
import {
  fillPrintSlots,
  fitPageText,
  newPrintMark,
  pageTextMarks,
  pageTextOf,
  printAnchor,
  printHref,
  printSlot,
  type PrintContext,
} from '../../src/lib/render/print-document';

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

const MARK = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const PAGE_TEXT = pageTextMarks(MARK);
/** A page's text as the built page holds it, fitted. */
const fit = (text: string) => fitPageText(`${PAGE_TEXT.start}${text}${PAGE_TEXT.end}<nav>after</nav></main>`, context, MARK);

describe('fitPageText', () => {
  it('moves headings two levels down and gives ids the page’s prefix', () => {
    expect(fit('<h2 id="what-it-is">What it is</h2><h5>x</h5><h6>y</h6>')).toBe(
      '<h4 id="print-practices-compete-ethically--what-it-is">What it is</h4><h6>x</h6><h6>y</h6>',
    );
  });

  it('keeps footnote references pointing at their own page’s footnotes', () => {
    expect(
      fit(
        '<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>',
      ),
    ).toBe(
      '<sup><a href="#print-practices-compete-ethically--user-content-fn-1" id="print-practices-compete-ethically--user-content-fnref-1" data-footnote-ref="" aria-describedby="print-practices-compete-ethically--footnote-label">1</a></sup>',
    );
  });

  it('rewrites elements only, never the text, even where the text reads like a tag', () => {
    const text = '<p>Write &lt;h2 id="no"&gt; or href="/x/" &amp; more.</p>';
    expect(fit(text)).toBe(text);
    expect(fit('<a href="/case-studies/detention-forum/" title="a > b">the Forum</a>')).toBe(
      '<a href="#print-case-studies-detention-forum" title="a &gt; b">the Forum</a>',
    );
  });

  it('reads escaped addresses and writes them escaped again', () => {
    expect(fit('<a href="/themes/x/?a=1&#38;b=&#34;2&#34;">t</a>')).toBe(
      '<a href="https://example.org/themes/x/?a=1&amp;b=%222%22">t</a>',
    );
    expect(fit('<a href="https://example.com/?a=1&#38;b=2">t</a><br />')).toBe(
      '<a href="https://example.com/?a=1&amp;b=2">t</a><br>',
    );
  });

  it('fits lists of ids, each one', () => {
    expect(fit('<div aria-labelledby="a  b">x</div><label for="c">y</label>')).toBe(
      '<div aria-labelledby="print-practices-compete-ethically--a print-practices-compete-ethically--b">x</div><label for="print-practices-compete-ethically--c">y</label>',
    );
  });

  it('keeps marks, tags and ids written inside attributes where they are: in the attribute', () => {
    const forged = `${PAGE_TEXT.end}</main><section id="print-guides-x"><h3 id="a">`;
    const title = forged.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(fit(`<p><abbr title="${forged.replace(/"/g, '&#34;')}">X</abbr> and the rest.</p>`)).toBe(
      `<p><abbr title="${title}">X</abbr> and the rest.</p>`,
    );
  });

  it('refuses a page whose text does not end where it began', () => {
    expect(() => fitPageText(`${PAGE_TEXT.start}<p>no end`, context, MARK)).toThrow(/compete-ethically/);
  });

  it('names each page’s section after its address', () => {
    expect(printAnchor('/guides/about/')).toBe('print-guides-about');
  });
});

describe('fillPrintSlots', () => {
  const built: Record<string, string> = {
    '/practices/compete-ethically/': `<main>${PAGE_TEXT.start}<h2 id="how">How</h2><p>See <a href="/case-studies/detention-forum/#lessons">the Forum</a>.</p>${PAGE_TEXT.end}<nav><a href="/">Home</a></nav></main>`,
    '/case-studies/detention-forum/': `<main>${PAGE_TEXT.start}<h2 id="lessons">Lessons</h2>${PAGE_TEXT.end}</main>`,
  };
  const textOf = (url: string) => pageTextOf(built[url]!, url, MARK);

  it('fills each slot with the page’s own text, fitted, and nothing from around it', () => {
    const document = `<h1>All</h1>${printSlot('/practices/compete-ethically/', MARK)}<hr>${printSlot('/case-studies/detention-forum/', MARK)}<footer>end</footer>`;
    expect([...fillPrintSlots(document, textOf, 'https://example.org', MARK)].join('')).toBe(
      '<h1>All</h1>' +
        '<h4 id="print-practices-compete-ethically--how">How</h4><p>See <a href="#print-case-studies-detention-forum--lessons">the Forum</a>.</p>' +
        '<hr><h4 id="print-case-studies-detention-forum--lessons">Lessons</h4><footer>end</footer>',
    );
  });

  it('links to a page the document does not hold by its full address', () => {
    const document = printSlot('/practices/compete-ethically/', MARK);
    expect([...fillPrintSlots(document, textOf, 'https://example.org', MARK)].join('')).toContain(
      'href="https://example.org/case-studies/detention-forum/#lessons"',
    );
  });

  it('names the built page that lost its marks', () => {
    expect(() => pageTextOf('<main>no marks</main>', 'dist/practices/x/index.html', MARK)).toThrow(
      /dist\/practices\/x\/index.html/,
    );
  });
});

describe('the marks around a page’s text', () => {
  it('cannot be written by a page: a mark without this build’s random part, in an attribute, ends nothing', () => {
    const forged = '<abbr title="<!--/page-text--><!--/page-text 00--><!--/print-text-->">X</abbr>';
    const html = `<main>${PAGE_TEXT.start}<p>${forged} and the rest.</p>${PAGE_TEXT.end}</main>`;
    expect(fitPageText(pageTextOf(html, 'x', MARK), context, MARK)).toBe(
      '<p><abbr title="&lt;!--/page-text--&gt;&lt;!--/page-text 00--&gt;&lt;!--/print-text--&gt;">X</abbr> and the rest.</p>',
    );
    expect(newPrintMark()).toMatch(/^[0-9a-f]{32}$/);
    expect(newPrintMark()).not.toBe(newPrintMark());
  });
});
