/**
 * The Atom feeds stay well-formed XML whatever a page's title or an editor's name holds: text from contributors and
 * from git is escaped, and characters XML 1.0 cannot hold at all become U+FFFD.
 */
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/render/atom';

/** Whether an XML parser reads `xml` to its end without an error, and the text it found. */
function parse(xml: string): { ok: boolean; text: string } {
  const parser = sax.parser(true);
  let ok = true;
  let text = '';
  parser.onerror = () => {
    ok = false;
    parser.resume();
  };
  parser.ontext = (chunk) => (text += chunk);
  parser.write(xml).close();
  return { ok, text };
}

describe('the Atom feed', () => {
  it('parses as XML after every attack on its text', () => {
    const hostile = [
      'A title \uFFFF',
      'Mallory\u0001',
      '</title><script>x</script>',
      'A & B "quoted" <b>',
      'lone \uD800 surrogate',
      '\uFFFE',
    ];
    const xml = atomFeed({
      title: 'Feed',
      subtitle: 'Sub',
      url: 'https://example.org/feed.xml',
      siteUrl: 'https://example.org/',
      entries: hostile.map((text, i) => ({
        title: text,
        url: `https://example.org/p${i}/`,
        updated: new Date('2026-12-07T00:00:00Z'),
        summary: text,
        authors: [text],
      })),
    });
    const read = parse(xml);
    expect(read.ok).toBe(true);
    expect(read.text).toContain('</title><script>x</script>');
    expect(read.text).toContain('A title \uFFFD');
    expect(xml).not.toMatch(/[\u0001\uFFFE\uFFFF]/);
  });
});
