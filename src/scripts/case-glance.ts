/**
 * Redraws the case studies at a glance (src/components/CaseGlance.astro) for the cases the explorer's filters
 * leave: the map's counts and shades, the timeline's rows closed up, and both tables. The explorer's script calls
 * it; the figures come from the same functions the build drew them with (src/lib/tools/case-glance.ts).
 */
import { regionCounts, shadeOf, SHADES, stackRows, tileText } from '../lib/tools/case-glance';

/** Redraws the pictures inside `root` for the `shown` cases, out of `total`. */
export function redrawGlance(root: HTMLElement, shown: readonly { id: string; regions: readonly string[] }[], total: number) {
  const glance = root.querySelector<HTMLElement>('[data-glance]');
  if (!glance) return;
  const counts = regionCounts(shown);
  const most = Math.max(0, ...counts.values());
  for (const tile of glance.querySelectorAll<SVGAElement>('[data-tile]')) {
    const region = tile.dataset['tile']!;
    const count = counts.get(region) ?? 0;
    for (let shade = 0; shade <= SHADES; shade++) tile.classList.toggle(`shade-${shade}`, shade === shadeOf(count, most));
    tile.setAttribute('aria-label', tileText(region, count));
    tile.querySelector('[data-tile-count]')!.textContent = String(count);
  }
  for (const row of glance.querySelectorAll<HTMLElement>('[data-tile-row]'))
    row.querySelector('[data-tile-cell]')!.textContent = String(counts.get(row.dataset['tileRow']!) ?? 0);

  const ids = new Set(shown.map((c) => c.id));
  const svg = glance.querySelector<SVGSVGElement>('[data-timeline]')!;
  const groups = [...svg.querySelectorAll<SVGGElement>('[data-timeline-group]')].map((group) => ({
    group,
    status: group.dataset['timelineGroup']!,
    rows: [...svg.querySelectorAll<SVGGElement>(`[data-timeline-of="${group.dataset['timelineGroup']}"]`)],
  }));
  const { tops, height } = stackRows(
    groups.map((g) => ({ status: g.status, ids: g.rows.map((row) => row.dataset['timelineCase']!) })),
    (id) => ids.has(id),
  );
  const place = (element: SVGGElement, key: string) => {
    const top = tops.get(key);
    element.setAttribute('display', top === undefined ? 'none' : 'inline');
    if (top !== undefined) element.setAttribute('transform', `translate(0 ${top})`);
  };
  for (const { group, status, rows } of groups) {
    place(group, `group:${status}`);
    group.querySelector('[data-timeline-group-count]')!.textContent = String(
      rows.filter((row) => ids.has(row.dataset['timelineCase']!)).length,
    );
    for (const row of rows) place(row, row.dataset['timelineCase']!);
  }
  svg.setAttribute('height', String(height));
  for (const row of glance.querySelectorAll<HTMLElement>('[data-timeline-row]'))
    row.hidden = !ids.has(row.dataset['timelineRow']!);

  glance.querySelector('[data-glance-shown]')!.textContent =
    shown.length === total ? `All ${total} case studies` : `${shown.length} of the ${total} case studies`;
}
