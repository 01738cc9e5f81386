/**
 * The partnership life cycle as a diagram: its stages, in order, each linking to its section of the life-cycle
 * guide and to the practices that help at that stage.
 *
 * The stages are read from the guide itself, from its table of the stages at a glance (a row per stage: a link
 * to the stage's section, and the practices that help), so editing the guide changes the diagram and there is no
 * second list to keep in step. The table is also the diagram's text equivalent on the guide's page.
 *
 * The layout is a loop over rows of boxes, not a graph layout library (dagre, ELK): the stages follow one another
 * in a line, so there is nothing for one to solve, and ELK alone would add megabytes to the build for six boxes.
 */
import { headingIdsOf } from '../core/heading-ids';
import { plainText, walk, type MdNode } from '../core/mdx-tree';
import { wrapText } from '../core/picture-text';

/** The guide the stages come from: content/guides/<this>.mdx. */
export const LIFE_CYCLE_GUIDE = 'partnership-life-cycle';

/** The table's header cells the stages are read from. */
export const STAGE_COLUMNS = { stage: 'Stage', practices: 'Practices that help' } as const;

export interface LifeCycleStage {
  /** Its place in the cycle, from 1, as the guide numbers it. */
  number: number;
  /** Its name without the number: "The first approach". */
  title: string;
  /** The id of its section in the guide. */
  anchor: string;
  /** The practices that help at this stage, by id, with the words the guide's table links them with. */
  practices: { id: string; label: string }[];
}

const PRACTICE_LINK = /^\/practices\/([a-z0-9-]+)\/?$/;
const STAGE_TEXT = /^(\d+)\.\s+(.+)$/;

const isElement = (node: MdNode, tag: string) => node.type === 'element' && node['tagName'] === tag;
const childElements = (node: MdNode, tag: string) => (node.children ?? []).filter((child) => isElement(child, tag));
const elementsIn = (node: MdNode, tag: string) => {
  const found: MdNode[] = [];
  walk(node, (child) => {
    if (isElement(child, tag)) found.push(child);
  });
  return found;
};
const hrefOf = (node: MdNode) => String((node['properties'] as { href?: unknown } | undefined)?.href ?? '');

/**
 * The stages, from the guide's parsed page (src/lib/core/mdx-tree.ts): the first table whose first column is headed
 * "Stage" and which has a column "Practices that help". Each row's first cell links to its stage's section
 * ("[1. The first approach](#1-the-first-approach)"); its practices cell links to practices. Anything else is a
 * problem in words, naming the row, so the build stops rather than draw a wrong diagram.
 */
export function lifeCycleStages(tree: MdNode): { stages: LifeCycleStage[] } | { problem: string } {
  const headingIds = new Set(headingIdsOf(tree).map((h) => h.id));
  const table = elementsIn(tree, 'table').find((candidate) => {
    const header = elementsIn(candidate, 'th').map((cell) => plainText(cell).trim());
    return header[0] === STAGE_COLUMNS.stage && header.includes(STAGE_COLUMNS.practices);
  });
  if (!table)
    return {
      problem: `the guide needs a table of its stages, headed "${STAGE_COLUMNS.stage}" and "${STAGE_COLUMNS.practices}": the life-cycle diagram is drawn from it.`,
    };
  const practicesColumn = elementsIn(table, 'th')
    .map((cell) => plainText(cell).trim())
    .indexOf(STAGE_COLUMNS.practices);
  const rows = elementsIn(table, 'tbody').flatMap((body) => childElements(body, 'tr'));
  const stages: LifeCycleStage[] = [];
  for (const [index, row] of rows.entries()) {
    const where = `row ${index + 1} of the stages table`;
    const cells = childElements(row, 'td');
    const stageLinks = elementsIn(cells[0] ?? { type: 'root' }, 'a');
    const text = stageLinks.length === 1 ? STAGE_TEXT.exec(plainText(stageLinks[0]!).trim()) : null;
    if (!text)
      return { problem: `${where} must start with one link to its stage's section, written "[1. Stage name](#its-heading)".` };
    const anchor = hrefOf(stageLinks[0]!).replace(/^#/, '');
    if (!hrefOf(stageLinks[0]!).startsWith('#') || !headingIds.has(anchor))
      return { problem: `${where} links to "${hrefOf(stageLinks[0]!)}", which is not a heading of the guide.` };
    const number = Number(text[1]);
    if (number !== index + 1)
      return { problem: `${where} is numbered ${number}: the stages must be numbered 1, 2, 3… in order.` };
    const practices = elementsIn(cells[practicesColumn] ?? { type: 'root' }, 'a').flatMap((link) => {
      const id = PRACTICE_LINK.exec(hrefOf(link))?.[1];
      return id ? [{ id, label: plainText(link).trim() }] : [];
    });
    stages.push({ number, title: text[2]!.trim(), anchor, practices });
  }
  if (stages.length === 0) return { problem: 'the stages table has no rows.' };
  return { stages };
}

/** A stage's box in the diagram, with its text broken into lines. */
export interface StageBox {
  stage: LifeCycleStage;
  x: number;
  y: number;
  width: number;
  height: number;
  titleLines: string[];
  practices: { id: string; label: string; lines: string[]; y: number }[];
}

export interface LifeCycleLayout {
  width: number;
  height: number;
  boxes: StageBox[];
  /** The arrows from each stage to the next, as SVG path data, and their heads. */
  arrows: { line: string; head: string }[];
}

/** Sizes in the diagram's own units, which are CSS pixels when it is shown at its natural width. */
export const DIAGRAM = {
  padding: 12,
  badge: 30,
  titleSize: 16,
  titleLine: 21,
  practiceSize: 14,
  practiceLine: 19,
  bullet: 14,
  gap: 36,
  rowGap: 44,
} as const;

/**
 * Lays the stages out in rows of `columns` boxes, left to right, rows top to bottom, `width` wide: the boxes of a
 * row as tall as its tallest, an arrow from each stage to the next (down and back to the left between rows).
 */
export function lifeCycleLayout(stages: readonly LifeCycleStage[], columns: number, width: number): LifeCycleLayout {
  const d = DIAGRAM;
  const gap = columns > 1 ? d.gap : 0;
  const boxWidth = (width - gap * (columns - 1)) / columns;
  const measured = stages.map((stage) => {
    const titleLines = wrapText(stage.title, boxWidth - d.padding * 3 - d.badge, d.titleSize, true);
    let y = d.padding + Math.max(d.badge, titleLines.length * d.titleLine) + 10;
    const practices = stage.practices.map((practice) => {
      const lines = wrapText(practice.label, boxWidth - d.padding * 2 - d.bullet, d.practiceSize);
      const at = y;
      y += lines.length * d.practiceLine + 6;
      return { ...practice, lines, y: at };
    });
    return { stage, titleLines, practices, height: y + d.padding - 6 };
  });
  const boxes: StageBox[] = [];
  let top = 0;
  for (let start = 0; start < measured.length; start += columns) {
    const row = measured.slice(start, start + columns);
    const rowHeight = Math.max(...row.map((box) => box.height));
    row.forEach((box, column) =>
      boxes.push({ ...box, x: column * (boxWidth + gap), y: top, width: boxWidth, height: rowHeight }),
    );
    top += rowHeight + (columns > 1 ? d.rowGap : d.gap);
  }
  const arrows = boxes.slice(1).map((to, index) => {
    const from = boxes[index]!;
    if (to.y === from.y) {
      // Along the row, level with the stage's title.
      const y = from.y + d.padding + d.badge / 2;
      const x1 = from.x + from.width + 4;
      const x2 = to.x - 4;
      return { line: `M${x1} ${y}H${x2 - 8}`, head: `M${x2 - 9} ${y - 6}L${x2} ${y}L${x2 - 9} ${y + 6}Z` };
    }
    // Down from the stage, across and down into the next: the start of the next row.
    const x1 = from.x + from.width / 2;
    const x2 = to.x + to.width / 2;
    const y1 = from.y + from.height + 4;
    const y2 = to.y - 4;
    const middle = (y1 + y2) / 2;
    const line = x1 === x2 ? `M${x1} ${y1}V${y2 - 8}` : `M${x1} ${y1}V${middle}H${x2}V${y2 - 8}`;
    return { line, head: `M${x2 - 6} ${y2 - 9}L${x2} ${y2}L${x2 + 6} ${y2 - 9}Z` };
  });
  return { width, height: top - (columns > 1 ? d.rowGap : d.gap), boxes, arrows };
}
