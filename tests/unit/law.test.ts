import { describe, expect, it } from 'vitest';
import { propProblems } from '../../src/lib/content/content-components';
import { checkedProblem, hostIsUnder, nationsText, officialSourceProblem, readNations } from '../../src/lib/content/law';
import { lawProblems } from '../../src/lib/check/law-check';
import { parseMdx } from '../../src/lib/core/mdx-tree';
import { renderPreview } from '../../cms-config/render-preview';

const SOURCE = 'https://www.legislation.gov.uk/ukpga/2023/54/section/18';
const law = (props: string, text = 'It says so.') => `<Law ${props}>\n${text}\n</Law>`;
const problemsOf = (body: string, sources: { url?: string }[] = []) =>
  lawProblems(parseMdx(body).tree!, sources, () => 7).map((p) => `${p.line}: ${p.message}`);

describe('statements of law', () => {
  it('name the nations in order, in words', () => {
    expect(readNations('wales england')).toEqual({ nations: ['england', 'wales'] });
    expect(nationsText(['england', 'wales', 'northern-ireland'])).toBe('England, Wales and Northern Ireland');
    expect(nationsText(['scotland'])).toBe('Scotland');
    expect(nationsText(['england', 'wales', 'scotland', 'northern-ireland'])).toBe('the whole UK');
    expect(readNations('england britain')).toEqual({ problem: expect.stringContaining('"britain" is not a nation') });
    expect(readNations(' ')).toEqual({ problem: expect.stringContaining('at least one nation') });
  });

  it('need a real day and an official source, judged by host label, not by pattern', () => {
    expect(checkedProblem('2026-12-07')).toBeUndefined();
    for (const bad of ['2026-02-30', '7 December 2026', '2026-12-7']) expect(checkedProblem(bad)).toContain('YYYY-MM-DD');
    expect(officialSourceProblem(SOURCE)).toBeUndefined();
    expect(officialSourceProblem('https://www.gov.scot/policies/public-sector-procurement/')).toBeUndefined();
    expect(hostIsUnder('evilgov.uk', 'gov.uk')).toBe(false);
    for (const bad of [
      'http://www.legislation.gov.uk/x',
      'https://legislation.gov.uk.evil.example/x',
      'https://a@www.gov.uk/',
      'https://lawyer.example/blog',
    ]) {
      expect(officialSourceProblem(bad), bad).toBeDefined();
    }
  });

  it('are refused without their three props, each problem in words', () => {
    expect(propProblems('Law', { nations: 'england', checked: '2026-12-07', source: SOURCE })).toEqual([]);
    for (const prop of ['nations', 'checked', 'source'])
      expect(propProblems('Law', {}).join('\n')).toContain(`needs a ${prop} (`);
    expect(propProblems('Law', { nations: 'uk', checked: '2026-12-07', source: SOURCE })[0]).toContain('"uk" is not a nation');
  });

  it('say where they hold, when they were checked, and that they are not legal advice', () => {
    const html = renderPreview(law(`nations="england wales northern-ireland" checked="2026-12-07" source="${SOURCE}"`)).html;
    expect(html).toContain('The law in England, Wales and Northern Ireland');
    expect(html).toContain(`Checked on 7 December 2026 against <a href="${SOURCE}">legislation.gov.uk</a>`);
    expect(html).toContain(
      'This is not legal advice: see <a href="/guides/where-to-get-legal-advice/">where to get legal advice</a>.',
    );
  });

  it('must hold every link to legislation, and a page citing legislation must have one', () => {
    const inside = law(`nations="england" checked="2026-12-07" source="${SOURCE}"`, `See [section 18](${SOURCE}).`);
    expect(problemsOf(inside, [{ url: SOURCE }])).toEqual([]);
    expect(problemsOf(`Text.\n\nSee [the Act](${SOURCE}).`)).toEqual([
      expect.stringMatching(/^3: this links to legislation outside a <Law> block/),
    ]);
    expect(problemsOf('Text without law.', [{ url: 'https://legislation.gov.uk/ukpga/2023/54' }])).toEqual([
      expect.stringMatching(/^7: the page cites legislation \(https:\/\/legislation.gov.uk\/ukpga\/2023\/54\) but states no law/),
    ]);
    expect(problemsOf('Text.', [{ url: 'https://www.ncvo.org.uk/' }])).toEqual([]);
  });
});
