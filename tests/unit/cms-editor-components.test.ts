/**
 * The components a contributor inserts from the editor (cms-config/editor-components.ts): what `toBlock`
 * writes is read back by `pattern` and `fromBlock` into the same data and written again identically, so a
 * component survives any number of saves; MDX reads it as the component with the props given; and the
 * insert button puts it in a paragraph of its own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  editorComponent,
  editorComponents,
  type ComponentData,
  type HandbookEditorComponent,
} from '../../cms-config/editor-components';
import { insertBlock } from '../../cms-config/insert-block';
import { CONTENT_COMPONENTS } from '../../src/lib/content/content-components';
import { renderPreview } from '../../cms-config/render-preview';

const quote = editorComponent('Quote');
const callout = editorComponent('Callout');

const samples: [HandbookEditorComponent, ComponentData][] = [
  [quote, { source: 'NPC', year: 2021, text: 'Often unavailable, inaccessible, or inequitable.' }],
  [
    quote,
    { source: 'Homeless Link\'s "partnerships by default" & more', year: undefined, text: 'Two\n\nparagraphs, with **bold**.' },
  ],
  [quote, { source: 'A Better Way', year: '2019', text: '\n  Words with spaces around  \n\n' }],
  [callout, { type: 'note', text: 'Useful to know.' }],
  [callout, { type: 'warning', text: 'A list:\n\n- one\n- two' }],
];

function roundTrip(component: HandbookEditorComponent, block: string): string {
  const match = block.match(component.pattern);
  if (!match) throw new Error(`${component.id}: the pattern does not match ${block}`);
  return component.toBlock(component.fromBlock(match));
}

describe('editor components', () => {
  it('are exactly the components pages may use', () => {
    expect(editorComponents.map((c) => c.component)).toEqual([...CONTENT_COMPONENTS]);
  });

  it.each(samples.map(([component, data], i) => [`${component.id} ${i + 1}`, component, data] as const))(
    '%s: what toBlock writes is read back and written again identically',
    (_name, component, data) => {
      const block = component.toBlock(data);
      expect(roundTrip(component, block)).toBe(block);
      expect(roundTrip(component, roundTrip(component, block))).toBe(block);
    },
  );

  it('finds a component in the middle of a page, as Decap looks for it', () => {
    const block = quote.toBlock({ source: 'NPC', year: 2021, text: 'Words.' });
    const page = `## Heading\n\nBefore.\n\n${block}\n\nAfter.\n`;
    expect(page.match(quote.pattern)?.[0]).toBe(block);
  });

  it('writes props that MDX reads back as given, quotation marks and ampersands included', () => {
    const block = quote.toBlock({ source: 'Homeless Link\'s "partnerships" & co', year: 2019, text: 'Words.' });
    expect(block).toBe('<Quote source="Homeless Link\'s &quot;partnerships&quot; &amp; co" year={2019}>\nWords.\n</Quote>');
    expect(renderPreview(block).html).toContain('<figcaption>Homeless Link\'s "partnerships" &#x26; co, 2019</figcaption>');
  });

  it('shows in the preview as the site shows it', () => {
    expect(quote.toPreview({ source: 'NPC', year: 2021, text: 'Words.' })).toBe(
      '<figure class="quote"><blockquote><p>Words.</p></blockquote><figcaption>NPC, 2021</figcaption></figure>',
    );
    expect(callout.toPreview({ type: 'warning', text: 'Careful.' })).toBe(
      '<div class="callout callout-warning" role="note"><p class="callout-label">Warning</p><p>Careful.</p></div>',
    );
  });

  it('reads every component already in the handbook and writes it back unchanged', () => {
    const guide = readFileSync('content/guides/how-to-contribute.mdx', 'utf8');
    for (const component of editorComponents) {
      const found = [...guide.matchAll(new RegExp(component.pattern.source, 'gm'))].map((m) => m[0]);
      expect(found.length, component.id).toBeGreaterThan(0);
      for (const block of found) expect(roundTrip(component, block)).toBe(block);
    }
  });
});

describe('inserting a component into the page text', () => {
  const block = '<Callout type="note">\nHi.\n</Callout>';

  it('puts it after the line the cursor is on, in a paragraph of its own', () => {
    const text = 'First paragraph.\n\nSecond paragraph.\n';
    const at = text.indexOf('paragraph.');
    expect(insertBlock(text, at, block)).toEqual({
      text: `First paragraph.\n\n${block}\n\nSecond paragraph.\n`,
      cursor: `First paragraph.\n\n${block}`.length,
    });
  });

  it('works in an empty page and at the very end', () => {
    expect(insertBlock('', 0, block).text).toBe(`${block}\n`);
    expect(insertBlock('Text.\n', 6, block).text).toBe(`Text.\n\n${block}\n`);
  });

  it('never leaves the component touching the text around it', () => {
    for (let cursor = 0; cursor <= 20; cursor++) {
      const { text } = insertBlock('One.\nTwo.\n\nThree.', cursor, block);
      expect(text).toContain(`\n\n${block}\n`);
      expect(renderPreview(text).html).toContain('class="callout callout-note"');
    }
  });
});
