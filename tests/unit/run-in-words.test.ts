import { describe, expect, it } from 'vitest';
import { runInWords } from '../support/run-in-words';

describe('runInWords', () => {
  it('finds a word run into a link, and a clause run into a title', () => {
    expect(runInWords('<p>or see<a href="/x/">why it is hard</a>.</p>')).toEqual(['or see|why it is hard']);
    expect(runInWords('<p>(NPC, 2021);<cite>Rebalancing</cite></p>')).toEqual(['(NPC, 2021);|Rebalancing']);
    expect(runInWords('<p>and 18<a href="/c/">case studies</a></p>')).toEqual(['and 18|case studies']);
  });

  it('accepts spaced words, punctuation after a link, footnote marks and code', () => {
    expect(runInWords('<p>or see <a href="/x/">why</a>, and <strong>this</strong>.</p>')).toEqual([]);
    expect(runInWords('<p>A claim<sup><a href="#fn-1">1</a></sup> here.</p>')).toEqual([]);
    expect(runInWords('<pre><code>a<b>b</b></code></pre>')).toEqual([]);
  });
});
