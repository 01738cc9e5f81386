/**
 * Case studies' facts panels side by side, as a table for the case explorer: one column per case, one row per
 * fact. The lines come from src/lib/facts.ts, as on each case study's own page, so the comparison says exactly
 * what the pages say.
 */
import { caseStudyFacts, type Fact, type FactsInput } from '../lib/facts';

export interface ComparedCase {
  title: string;
  href: string;
  /** The case's record from the open data. */
  data: FactsInput;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}

/** One fact's value, written as the facts panel writes it. */
function factValue(fact: Fact): (Node | string)[] {
  if (fact.kind === 'text') return [fact.text];
  if (fact.kind === 'list')
    return fact.items.length > 0 ? [element('ul', ...fact.items.map((item) => element('li', item)))] : [fact.empty];
  return [
    element(
      'ul',
      ...fact.organisations.map((org) => {
        const item = element('li', org.named ? element('strong', org.name) : `${org.name} (not named in the sources)`);
        if (org.lead) item.append(' (lead)');
        item.append(`: ${org.role}`);
        if (org.details) {
          const details = element('span', ` (${org.details})`);
          details.className = 'meta-line';
          item.append(details);
        }
        return item;
      }),
    ),
  ];
}

/** The comparison table, in a region that scrolls sideways on its own when the columns do not fit. */
export function renderFactsTable(cases: readonly ComparedCase[]): HTMLElement {
  const facts = cases.map((c) => caseStudyFacts(c.data));
  const caption = element('caption', `The facts of ${cases.length} case studies side by side`);
  const corner = element('th', 'Fact');
  corner.scope = 'col';
  const head = element(
    'tr',
    corner,
    ...cases.map((c) => {
      const link = element('a', c.title);
      link.href = c.href;
      const th = element('th', link);
      th.scope = 'col';
      return th;
    }),
  );
  const rows = (facts[0] ?? []).map((first, row) => {
    const th = element('th', first.term);
    th.scope = 'row';
    return element('tr', th, ...facts.map((caseFacts) => element('td', ...factValue(caseFacts[row]!))));
  });
  const table = element('table', caption, element('thead', head), element('tbody', ...rows));
  table.className = 'compare-table';
  const wrap = element('div', table);
  wrap.className = 'table-wrap';
  // A keyboard user must be able to reach and scroll a region that scrolls (WCAG 2.1.1).
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', 'Comparison table');
  return wrap;
}
