/**
 * The partnership life cycle's stages, read from the guide's table of stages, and their diagram's layout: the
 * stages in order with their practices, a clear problem for a table the diagram cannot be drawn from, and boxes
 * that stay inside the picture without overlapping.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/core/frontmatter';
import {
  DIAGRAM,
  lifeCycleLayout,
  lifeCycleStages,
  LIFE_CYCLE_GUIDE,
  type LifeCycleStage,
} from '../../src/lib/content/life-cycle';
import { parseMdx } from '../../src/lib/core/mdx-tree';
import { textWidth } from '../../src/lib/core/picture-text';

const read = (mdx: string) => lifeCycleStages(parseMdx(mdx).tree!);

const TABLE = `| Stage | What partners must decide | Practices that help |
|---|---|---|
| [1. Start](#1-start) | Whether | [Be open](/practices/open-to-partners-of-every-size/), [the glossary](/guides/glossary/) |
| [2. End well](#2-end-well) | How | [End a partnership well](/practices/end-a-partnership-well/) |

## 1. Start

## 2. End well
`;

describe('the stages', () => {
  it('are read from the table, in order, with the practices each links to', () => {
    expect(read(TABLE)).toEqual({
      stages: [
        { number: 1, title: 'Start', anchor: '1-start', practices: [{ id: 'open-to-partners-of-every-size', label: 'Be open' }] },
        {
          number: 2,
          title: 'End well',
          anchor: '2-end-well',
          practices: [{ id: 'end-a-partnership-well', label: 'End a partnership well' }],
        },
      ],
    });
  });

  it('are the guide’s six, each with practices', () => {
    const source = splitFrontmatter(readFileSync(`content/guides/${LIFE_CYCLE_GUIDE}.mdx`, 'utf8')).source;
    const result = read(source);
    if (!('stages' in result)) throw new Error(result.problem);
    expect(result.stages.map((s) => s.title)).toEqual([
      'The first approach',
      'Choosing partners and a lead',
      'Agreeing terms',
      'Running the partnership',
      'Changing it',
      'Ending it',
    ]);
    for (const stage of result.stages) expect(stage.practices.length).toBeGreaterThan(0);
  });

  it.each([
    ['no table of stages', '## 1. Start\n', /needs a table of its stages, headed "Stage" and "Practices that help"/],
    ['a stage without its link', TABLE.replace('[1. Start](#1-start)', '1. Start'), /row 1 .* must start with one link/],
    [
      'a link to no heading',
      TABLE.replace('(#2-end-well)', '(#2-the-end)'),
      /row 2 .* links to "#2-the-end", which is not a heading/,
    ],
    ['stages out of order', TABLE.replace('[2. End well]', '[3. End well]'), /row 2 .* is numbered 3/],
  ])('refuse %s, saying why', (_, mdx, problem) => {
    const result = read(mdx);
    expect('problem' in result && result.problem).toMatch(problem);
  });
});

describe('the diagram’s layout', () => {
  const stages: LifeCycleStage[] = Array.from({ length: 6 }, (_, i) => ({
    number: i + 1,
    title: ['The first approach', 'Choosing partners and a lead', 'Agreeing terms', 'Running', 'Changing it', 'Ending it'][i]!,
    anchor: `s${i + 1}`,
    practices: Array.from({ length: (i % 3) + 1 }, (_, j) => ({
      id: `p${j}`,
      label: `Involve and pay people with lived experience ${j}`,
    })),
  }));

  it.each([
    [3, 720],
    [1, 300],
  ])(
    'in %i columns, %i wide, keeps every box and line of text inside the picture, with no two boxes overlapping',
    (columns, width) => {
      const layout = lifeCycleLayout(stages, columns, width);
      expect(layout.boxes).toHaveLength(6);
      expect(layout.arrows).toHaveLength(5);
      for (const box of layout.boxes) {
        expect(box.x + box.width).toBeLessThanOrEqual(width + 0.001);
        expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
        for (const line of box.titleLines)
          expect(textWidth(line, DIAGRAM.titleSize, true)).toBeLessThanOrEqual(box.width - 3 * DIAGRAM.padding - DIAGRAM.badge);
        for (const practice of box.practices) {
          for (const line of practice.lines)
            expect(textWidth(line, DIAGRAM.practiceSize)).toBeLessThanOrEqual(box.width - 2 * DIAGRAM.padding - DIAGRAM.bullet);
          expect(practice.y + practice.lines.length * DIAGRAM.practiceLine).toBeLessThanOrEqual(box.height);
        }
      }
      for (const [i, a] of layout.boxes.entries())
        for (const b of layout.boxes.slice(i + 1))
          expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
    },
  );

  it('puts the stages in reading order: along each row, rows from the top', () => {
    const layout = lifeCycleLayout(stages, 3, 720);
    expect(layout.boxes.map((b) => [b.stage.number, Math.round(b.x), b.y > 0 ? 'second row' : 'first row'])).toEqual([
      [1, 0, 'first row'],
      [2, 252, 'first row'],
      [3, 504, 'first row'],
      [4, 0, 'second row'],
      [5, 252, 'second row'],
      [6, 504, 'second row'],
    ]);
  });
});
