/**
 * Fitting a page's text into the whole-handbook document (/print/): headings move under the page's title, ids
 * stay unique across pages, and links between pages lead within the document.
 */
import { describe, expect, it } from 'vitest';
import { parseMdx, walk } from '../../src/lib/mdx-tree';
import { fitElement, PRINT_ELEMENTS, printAnchor, printHref, type PrintContext } from '../../src/lib/print-document';

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

describe('fitElement', () => {
  it('moves headings two levels down and gives ids the page’s prefix', () => {
    expect(fitElement('h2', { id: 'what-it-is', children: 'What it is' }, context)).toEqual([
      'h4',
      { id: 'print-practices-compete-ethically--what-it-is', children: 'What it is' },
    ]);
    expect(fitElement('h5', {}, context)).toEqual(['h6', {}]);
    expect(fitElement('h6', {}, context)).toEqual(['h6', {}]);
  });

  it('keeps footnote references pointing at their own page’s footnotes', () => {
    const [tag, props] = fitElement(
      'a',
      { href: '#user-content-fn-1', id: 'user-content-fnref-1', 'aria-describedby': 'footnote-label', 'data-footnote-ref': true },
      context,
    );
    expect(tag).toBe('a');
    expect(props).toEqual({
      href: '#print-practices-compete-ethically--user-content-fn-1',
      id: 'print-practices-compete-ethically--user-content-fnref-1',
      'aria-describedby': 'print-practices-compete-ethically--footnote-label',
      'data-footnote-ref': true,
    });
  });

  it('rewrites links and leaves the text inside alone', () => {
    const children = ['the Forum', ' <h2 id="no">'];
    expect(fitElement('a', { href: '/case-studies/detention-forum/', children }, context)).toEqual([
      'a',
      { href: '#print-case-studies-detention-forum', children },
    ]);
    expect(fitElement('li', { id: 'user-content-fn-1' }, context)[1]).toEqual({
      id: 'print-practices-compete-ethically--user-content-fn-1',
    });
  });

  it('is given every element of a page that holds an id or a link', () => {
    const page =
      '## What it is\n\nSee [the Forum](/case-studies/detention-forum/#lessons)[^1] and [a ref][r].\n\n' +
      '<Callout type="note">\nRead [the guide](/guides/about/).\n</Callout>\n\n### Deeper\n\n- [A list link](#what-it-is)\n\n' +
      '[r]: /guides/about/\n\n[^1]: A note.\n';
    const fitted = new Set<string>();
    walk(parseMdx(page).tree!, (node) => {
      const properties = (node['properties'] ?? {}) as Record<string, unknown>;
      if (node.type === 'element' && ['id', 'href', 'ariaDescribedBy'].some((name) => name in properties))
        fitted.add(String(node['tagName']));
    });
    expect([...fitted].sort()).toEqual(['a', 'h2', 'li']);
    for (const tag of fitted) expect(PRINT_ELEMENTS).toContain(tag);
  });

  it('names each page’s section after its address', () => {
    expect(printAnchor('/guides/about/')).toBe('print-guides-about');
  });
});
