/**
 * Case studies' facts panels side by side, as a table for the case explorer: one column per case, one row per
 * fact. The lines come from src/lib/content/facts.ts and their markup from src/lib/render/page-frame.ts, as on each case study's
 * own page, so the comparison says exactly what the pages say.
 */
import { caseStudyFacts, type FactsInput } from '../lib/content/facts';
import { h, toDom } from '../lib/core/markup';
import { factValue } from '../lib/render/page-frame';

export interface ComparedCase {
  title: string;
  href: string;
  /** The case's record from the open data. */
  data: FactsInput;
}

/** The comparison table, in a region that scrolls sideways on its own when the columns do not fit. */
export function renderFactsTable(cases: readonly ComparedCase[]): HTMLElement {
  const facts = cases.map((c) => caseStudyFacts(c.data));
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, 'Fact'),
    cases.map((c) => h('th', { scope: 'col' }, h('a', { href: c.href }, c.title))),
  );
  const rows = (facts[0] ?? []).map((first, row) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, first.term),
      facts.map((caseFacts) => h('td', {}, factValue(caseFacts[row]!))),
    ),
  );
  const table = h(
    'table',
    { className: ['compare-table'] },
    h('caption', {}, `The facts of ${cases.length} case studies side by side`),
    h('thead', {}, head),
    h('tbody', {}, rows),
  );
  // A keyboard user must be able to reach and scroll a region that scrolls (WCAG 2.1.1).
  const region = { className: ['table-wrap'], tabIndex: 0, role: 'region', ariaLabel: 'Comparison table' };
  return toDom(h('div', region, table)) as HTMLElement;
}
