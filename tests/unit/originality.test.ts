/**
 * The copy detector itself (tests/support/originality.ts), tested on short texts written here. It needs none of
 * the founding texts, so it runs everywhere, CI included. The check of every page against those texts is in
 * content.test.ts, which skips, and says why, when HANDBOOK_SOURCES_DIR does not name a folder of them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPONENT_RULES, QUOTE_MAX_WORDS } from '../../src/lib/content/content-components';
import { indexSource, sharedRuns, withoutQuotations, words } from '../support/originality';

const source =
  'Equitable collaboration combines both, by acknowledging existing power imbalances, then agreeing structures and ways of working to actively redress them.';

describe('sharedRuns', () => {
  const index = indexSource(source);

  it('finds a copied run of twelve words despite case and punctuation changes', () => {
    const page =
      'As NPC says, EQUITABLE collaboration combines both — by acknowledging existing power imbalances; then agreeing structures!';
    expect(sharedRuns(page, index)).toEqual([
      'equitable collaboration combines both by acknowledging existing power imbalances then agreeing structures',
    ]);
  });

  it('passes a paraphrase and a run of eleven words', () => {
    expect(sharedRuns('It names the imbalances of power and then sets up ways of working that correct them.', index)).toEqual([]);
    expect(
      sharedRuns('collaboration combines both by acknowledging existing power imbalances then agreeing structures and', index),
    ).toHaveLength(1);
    expect(sharedRuns('combines both by acknowledging existing power imbalances then agreeing structures and', index)).toEqual(
      [],
    );
  });

  it('lets short marked quotations through, but not long ones', () => {
    const quoted =
      'NPC calls it “acknowledging existing power imbalances, then agreeing structures and ways of working” in its text.';
    expect(sharedRuns(quoted, index)).toEqual([]);
    const long = `"${source} ${source}"`;
    expect(sharedRuns(long, index).length).toBeGreaterThan(0);
  });
});

describe('helpers', () => {
  it('splits words without punctuation or case', () => {
    expect(words("Don’t STOP—now, it's #ShiftThePower.")).toEqual(['dont', 'stop', 'now', 'its', 'shiftthepower']);
  });

  it('drops short blockquote lines', () => {
    expect(withoutQuotations('> A short quote.\nMy words.')).toBe('My words.');
  });
});

describe('the length of a quotation', () => {
  // Guides cannot run code, so they state the number; it must be the one the check and the editor use.
  it.each(['content/guides/how-to-contribute.mdx', 'CONTRIBUTING.md', '.github/PULL_REQUEST_TEMPLATE.md'])(
    '%s states the limit the check uses',
    (file) => {
      const text = readFileSync(file, 'utf8');
      expect(text).toContain(`at most ${QUOTE_MAX_WORDS} words`);
      expect(text.match(/\b\d+ words\b/g)).toEqual([`${QUOTE_MAX_WORDS} words`]);
    },
  );

  it('is the limit the editor gives when inserting a quotation', () => {
    expect(COMPONENT_RULES.Quote.content.hint).toContain(`at most ${QUOTE_MAX_WORDS}`);
  });
});
