/**
 * The curation desk's tables (/curation/), sortable and filterable. Without this script each table is complete
 * and in its first order; with it, each column heading is a button that sorts by that column (its `th` says
 * how, in `aria-sort`), and a filter box above the table hides the rows that do not hold the words typed,
 * saying how many are shown. A cell's `data-sort` (a day as YYYY-MM-DD) sorts in place of its text.
 */
import { compareValues, matchesQuery, nextSort, type SortDirection, type SortState } from '../lib/render/table-view';

function enhance(wrap: HTMLElement): void {
  const table = wrap.querySelector('table');
  const body = table?.tBodies[0];
  const headings = table?.tHead?.rows[0]?.cells;
  if (!table || !body || !headings) return;
  const rows = [...body.rows];
  const name = wrap.dataset['tableName'] ?? 'this table';

  // Filter: a search box and a status that a screen reader announces as the rows change.
  const field = document.createElement('div');
  field.className = 'table-filter';
  const label = document.createElement('label');
  label.htmlFor = `${table.id}-filter`;
  label.textContent = `Filter ${name}`;
  const input = document.createElement('input');
  input.type = 'search';
  input.id = `${table.id}-filter`;
  input.autocomplete = 'off';
  const status = document.createElement('p');
  status.className = 'meta-line';
  status.setAttribute('role', 'status');
  field.append(label, input, status);
  wrap.before(field);
  input.addEventListener('input', () => {
    let shown = 0;
    for (const row of rows) {
      row.hidden = !matchesQuery(row.textContent ?? '', input.value);
      if (!row.hidden) shown += 1;
    }
    status.textContent = input.value.trim() ? `Showing ${shown} of ${rows.length} pages.` : '';
  });

  // Sort: a button in each heading that can sort; `aria-sort` on the heading of the column sorted by.
  const initial = [...headings].findIndex((th) => th.hasAttribute('aria-sort'));
  let state: SortState | undefined =
    initial >= 0 ? { column: initial, direction: headings[initial]!.getAttribute('aria-sort') as SortDirection } : undefined;
  const valueOf = (row: HTMLTableRowElement, column: number) => {
    const cell = row.cells[column];
    return cell?.dataset['sort'] ?? cell?.textContent ?? '';
  };
  [...headings].forEach((th, column) => {
    if (th.dataset['sortable'] === 'false') return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      state = nextSort(state, column);
      const sign = state.direction === 'ascending' ? 1 : -1;
      rows.sort((a, b) => sign * compareValues(valueOf(a, column), valueOf(b, column)));
      body.append(...rows);
      for (const other of headings) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', state.direction);
    });
  });
  const caption = table.caption;
  if (caption)
    caption.append(
      Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: ', sortable by each column' }),
    );
}

for (const wrap of document.querySelectorAll<HTMLElement>('[data-sortable-table]')) enhance(wrap);
