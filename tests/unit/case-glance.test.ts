/** The case studies at a glance: the map's counts and places, and the timeline's rows. */
import { describe, expect, it } from 'vitest';
import {
  MAP_SIZE,
  NATION_TILES,
  regionCounts,
  SCOPE_TILES,
  shadeOf,
  SHADES,
  stackRows,
  TILE,
  tilePlace,
  TILES,
  tileText,
  timeline,
  TIMELINE_ROW,
  yearPercent,
} from '../../src/lib/tools/case-glance';
import { regions } from '../../src/lib/content/vocabulary';

const cases = [
  { id: 'a', title: 'Alpha', regions: ['london', 'england'], period: { start: 2012, status: 'active' } },
  { id: 'b', title: 'Beta', regions: ['london', 'london'], period: { start: 2019, end: 2021, status: 'ended' } },
  { id: 'c', title: 'Gamma', regions: ['scotland', 'wales'], period: { status: 'unknown' } },
  { id: 'd', title: 'Delta', regions: ['uk-wide'], period: { end: 2020, status: 'ended' } },
  { id: 'e', title: 'Epsilon', regions: ['unknown'], period: { start: 2017, status: 'unknown' } },
];

describe('the map', () => {
  it('has a tile for every region of the vocabulary, each in a place of its own', () => {
    expect(TILES.map((t) => t.region).sort()).toEqual(regions.map((r) => r.value).sort());
    const places = TILES.map((t) => `${t.column},${t.row}`);
    expect(new Set(places).size).toBe(TILES.length);
  });

  it('keeps the nations roughly where they lie, and every tile inside the picture', () => {
    const at = (region: string) => NATION_TILES.find((t) => t.region === region)!;
    expect(at('scotland').row).toBeLessThan(at('north-east').row);
    expect(at('london').column).toBeGreaterThan(at('wales').column);
    expect(at('south-west').row).toBeGreaterThan(at('west-midlands').row);
    for (const tile of TILES) {
      const { x, y } = tilePlace(tile);
      expect(x + TILE.size).toBeLessThanOrEqual(MAP_SIZE.width);
      expect(y + TILE.size).toBeLessThanOrEqual(MAP_SIZE.height);
    }
    // The wider scopes sit below every nation, with room for their label.
    const lowest = Math.max(...NATION_TILES.map((t) => tilePlace(t).y + TILE.size));
    for (const tile of SCOPE_TILES) expect(tilePlace(tile).y).toBeGreaterThan(lowest + TILE.gap);
  });

  it('counts each case once in every place it names, and every place with none as 0', () => {
    const counts = regionCounts(cases);
    expect(counts.get('london')).toBe(2);
    expect(counts.get('england')).toBe(1);
    expect(counts.get('scotland')).toBe(1);
    expect(counts.get('north-east')).toBe(0);
    expect(counts.get('unknown')).toBe(1);
    expect(counts.size).toBe(TILES.length);
    expect(regionCounts([]).get('london')).toBe(0);
  });

  it('shades a tile by its share of the busiest, none for none', () => {
    expect(shadeOf(0, 8)).toBe(0);
    expect(shadeOf(8, 8)).toBe(SHADES);
    expect(shadeOf(1, 8)).toBe(1);
    expect(shadeOf(3, 0)).toBe(0);
    for (let n = 1; n <= 8; n++) expect(shadeOf(n, 8)).toBeGreaterThanOrEqual(shadeOf(n - 1, 8));
  });

  it('names a tile with its count', () => {
    expect(tileText('london', 1)).toBe('London: 1 case study');
    expect(tileText('north-east', 0)).toBe('North East: 0 case studies');
    expect(tileText('uk-wide', 8)).toBe('Across the UK: 8 case studies');
  });
});

describe('the timeline', () => {
  const line = timeline(cases, 2026);

  it('runs from a multiple of five before the earliest year to the end of the build year', () => {
    expect(line.first).toBe(2010);
    expect(line.last).toBe(2027);
    expect(line.ticks).toEqual([2010, 2015, 2020, 2025]);
    expect(yearPercent(line, line.first)).toBe(0);
    expect(yearPercent(line, line.last)).toBeLessThanOrEqual(100);
    expect(yearPercent(line, 2020)).toBeGreaterThan(yearPercent(line, 2015));
  });

  it('groups the cases by status, dated ones by start year, the undated last', () => {
    expect(line.groups.map((g) => g.status)).toEqual(['active', 'ended', 'unknown']);
    expect(line.groups[1]!.rows.map((r) => r.id)).toEqual(['d', 'b']);
    expect(line.groups[2]!.rows.map((r) => r.id)).toEqual(['e', 'c']);
  });

  it('draws what is known of each period and says it as the facts panel does', () => {
    const row = (id: string) => line.groups.flatMap((g) => g.rows).find((r) => r.id === id)!;
    expect(row('a')).toMatchObject({ from: 2012, to: 2027, startKnown: true, endKnown: false, text: 'From 2012 (active)' });
    expect(row('b')).toMatchObject({ from: 2019, to: 2022, endKnown: true, text: '2019 to 2021 (ended)' });
    expect(row('d')).toMatchObject({ from: 2010, to: 2021, startKnown: false, endKnown: true });
    expect(row('c')).toMatchObject({ undated: true, text: 'Dates not known (not known)' });
  });

  it('closes up the rows the explorer hides, and drops a group left empty', () => {
    const groups = line.groups.map((g) => ({ status: g.status, ids: g.rows.map((r) => r.id) }));
    const all = stackRows(groups, () => true);
    expect(all.tops.get('group:active')).toBe(TIMELINE_ROW.axis);
    expect(all.height).toBe(TIMELINE_ROW.axis + 3 * TIMELINE_ROW.heading + cases.length * TIMELINE_ROW.row + 4);
    const some = stackRows(groups, (id) => id === 'b' || id === 'c');
    expect(some.tops.has('group:active')).toBe(false);
    expect(some.tops.has('a')).toBe(false);
    expect(some.tops.get('group:ended')).toBe(TIMELINE_ROW.axis);
    expect(some.tops.get('b')).toBe(TIMELINE_ROW.axis + TIMELINE_ROW.heading);
    expect(some.height).toBeLessThan(all.height);
  });
});
