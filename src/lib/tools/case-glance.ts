/**
 * The case studies at a glance, on the case study index: a tile map of where they happened, with how many cases
 * each nation and region holds, and a timeline of when they ran and how they ended. Both are drawn at build time
 * as SVG from the cases' facts, and the case explorer's script redraws their figures for the cases a reader's
 * filters leave (so this module runs in the browser too: nothing here may need Node).
 *
 * Why a tile map rather than boundaries: no package on the npm registry carries the boundaries of the UK's
 * nations and regions (ITL1), and equal tiles suit counts better than a drawn map, on which London would be a
 * dot and Scotland a third of the picture. The tiles keep the regions' rough places, as ONS and newsrooms draw them.
 */
import { periodText } from '../content/facts';
import { labelOf, periodStatuses, regions } from '../content/vocabulary';

/** A tile of the map: a region of the vocabulary, its place on the grid (column, row) and its short name. */
export interface Tile {
  region: string;
  column: number;
  row: number;
  /** Its name on the tile, in lines short enough for a tile. */
  lines: readonly string[];
}

/** The twelve nations and regions, placed roughly where they lie: Scotland at the top, London at the bottom right. */
export const NATION_TILES: readonly Tile[] = [
  { region: 'scotland', column: 1, row: 0, lines: ['Scotland'] },
  { region: 'northern-ireland', column: 0, row: 1, lines: ['Northern', 'Ireland'] },
  { region: 'north-east', column: 2, row: 1, lines: ['North', 'East'] },
  { region: 'north-west', column: 1, row: 2, lines: ['North', 'West'] },
  { region: 'yorkshire-and-the-humber', column: 2, row: 2, lines: ['Yorkshire', '& Humber'] },
  { region: 'wales', column: 0, row: 3, lines: ['Wales'] },
  { region: 'west-midlands', column: 1, row: 3, lines: ['West', 'Midlands'] },
  { region: 'east-midlands', column: 2, row: 3, lines: ['East', 'Midlands'] },
  { region: 'east-of-england', column: 3, row: 3, lines: ['East of', 'England'] },
  { region: 'south-west', column: 1, row: 4, lines: ['South', 'West'] },
  { region: 'south-east', column: 2, row: 4, lines: ['South', 'East'] },
  { region: 'london', column: 3, row: 4, lines: ['London'] },
];

/** The wider scopes a case can have instead of, or beside, a region: a row of their own under the map. */
export const SCOPE_TILES: readonly Tile[] = [
  { region: 'england', column: 0, row: 5, lines: ['Across', 'England'] },
  { region: 'uk-wide', column: 1, row: 5, lines: ['Across', 'the UK'] },
  { region: 'international', column: 2, row: 5, lines: ['Outside', 'the UK'] },
  { region: 'unknown', column: 3, row: 5, lines: ['Place not', 'known'] },
];

export const TILES: readonly Tile[] = [...NATION_TILES, ...SCOPE_TILES];

/** The size of a tile and the gap between tiles, in the map's own units; the scopes' row has a label above it. */
export const TILE = { size: 76, gap: 6, scopeLabel: 26 } as const;

const SCOPE_ROW = SCOPE_TILES[0]!.row;

/** Where a tile's top left corner is on the map. */
export function tilePlace(tile: Pick<Tile, 'column' | 'row'>): { x: number; y: number } {
  const y = tile.row * (TILE.size + TILE.gap) + (tile.row >= SCOPE_ROW ? TILE.scopeLabel : 0);
  return { x: tile.column * (TILE.size + TILE.gap), y };
}

/** The map's width and height, in its own units. */
export const MAP_SIZE = {
  width: 4 * TILE.size + 3 * TILE.gap,
  height: tilePlace({ column: 0, row: SCOPE_ROW }).y + TILE.size,
} as const;

/** What the glance needs of a case. */
export interface GlanceCase {
  id: string;
  title: string;
  regions: readonly string[];
  period: { start?: number | undefined; end?: number | undefined; status: string };
}

/** How many cases name each tile's region, for every tile (a case in three regions counts in each). */
export function regionCounts(cases: readonly Pick<GlanceCase, 'regions'>[]): Map<string, number> {
  const counts = new Map(TILES.map((tile) => [tile.region, 0]));
  for (const item of cases)
    for (const region of new Set(item.regions)) if (counts.has(region)) counts.set(region, counts.get(region)! + 1);
  return counts;
}

/** The shades a tile can take, from none to most: how many steps its colour has. */
export const SHADES = 4;

/**
 * A tile's shade, 0 for no cases, then 1 to SHADES by its share of the busiest tile, so the picture keeps its
 * contrasts however many cases are shown.
 */
export function shadeOf(count: number, most: number): number {
  if (count <= 0 || most <= 0) return 0;
  return Math.max(1, Math.ceil((count / most) * SHADES));
}

/** The tiles by region. */
export const TILE_OF = new Map(TILES.map((tile) => [tile.region, tile]));

/**
 * A tile's accessible name: "North East: 1 case study". It starts with the words on the tile, which a reader using
 * speech to choose it says (WCAG 2.5.3); the table under the map has the regions' full names.
 */
export function tileText(region: string, count: number): string {
  const words = TILE_OF.get(region)?.lines.join(' ') ?? labelOf(regions, region);
  return `${words}: ${count} case ${count === 1 ? 'study' : 'studies'}`;
}

/** The timeline's groups, in the order drawn: how the cases ended. */
export const TIMELINE_GROUPS = periodStatuses.map((s) => s.value);

/** A case on the timeline: the years its bar spans and how each end is drawn. */
export interface TimelineRow {
  id: string;
  title: string;
  status: string;
  /** The year the bar starts at: the case's start, or the axis's first year when the start is not known. */
  from: number;
  /** The year after the bar's end: the year after the case ended, or the axis's end while it runs or is not known. */
  to: number;
  startKnown: boolean;
  endKnown: boolean;
  /** Neither year is known: no bar is drawn, and the row says so. */
  undated: boolean;
  /** What the row says of its dates, as the facts panel does ("2019 to 2021 (ended)"). */
  text: string;
}

export interface Timeline {
  /** The axis runs from the start of `first` to the start of `last` (the year after the build's year). */
  first: number;
  last: number;
  /** Years marked on the axis. */
  ticks: number[];
  groups: { status: string; label: string; rows: TimelineRow[] }[];
}

/**
 * The timeline of the cases up to `year` (the build's year): grouped by status (active, ended, not known), each
 * group by start year, then by title. The axis starts at a multiple of five before the earliest known year.
 */
export function timeline(cases: readonly GlanceCase[], year: number): Timeline {
  const known = cases.flatMap((c) => [c.period.start, c.period.end]).filter((y): y is number => y !== undefined);
  const first = Math.floor(Math.min(year, ...known) / 5) * 5;
  const last = year + 1;
  const ticks: number[] = [];
  for (let tick = first; tick <= year; tick += 5) ticks.push(tick);
  const rows = cases.map((c): TimelineRow => {
    const { start, end } = c.period;
    return {
      id: c.id,
      title: c.title,
      status: c.period.status,
      from: start ?? first,
      to: end !== undefined ? end + 1 : last,
      startKnown: start !== undefined,
      endKnown: end !== undefined,
      undated: start === undefined && end === undefined,
      text: periodText(c.period),
    };
  });
  const order = (a: TimelineRow, b: TimelineRow) =>
    Number(a.undated) - Number(b.undated) || a.from - b.from || a.title.localeCompare(b.title, 'en-GB');
  return {
    first,
    last,
    ticks,
    groups: TIMELINE_GROUPS.map((status) => ({
      status,
      label: labelOf(periodStatuses, status),
      rows: rows.filter((row) => row.status === status).sort(order),
    })).filter((group) => group.rows.length > 0),
  };
}

/** How much of the timeline's width the axis takes, in per cent: the rest keeps the bars' end marks inside the picture. */
const AXIS_WIDTH = 97;

/** Where a year falls on the timeline's axis, as a percentage of its width. */
export function yearPercent(line: Pick<Timeline, 'first' | 'last'>, year: number): number {
  return Math.round(((year - line.first) / (line.last - line.first)) * AXIS_WIDTH * 100) / 100;
}

/** The timeline's rows' heights, in pixels: a group's heading, a case (its title above its bar), and the axis. */
export const TIMELINE_ROW = { heading: 30, row: 30, axis: 28 } as const;

/**
 * Where each of the timeline's rows sits, given which are shown: the explorer hides the cases its filters leave
 * out, and the rows close up. Returns each shown row's top (by key: `group:<status>` or the case id) and the height.
 */
export function stackRows(groups: readonly { status: string; ids: readonly string[] }[], shown: (id: string) => boolean) {
  const tops = new Map<string, number>();
  let y = TIMELINE_ROW.axis;
  for (const group of groups) {
    const ids = group.ids.filter(shown);
    if (ids.length === 0) continue;
    tops.set(`group:${group.status}`, y);
    y += TIMELINE_ROW.heading;
    for (const id of ids) {
      tops.set(id, y);
      y += TIMELINE_ROW.row;
    }
  }
  return { tops, height: y + 4 };
}
