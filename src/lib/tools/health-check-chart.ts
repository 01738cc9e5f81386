/**
 * The health check's result as a picture: a bar per section of the check (the five questions, then the
 * behaviours), split by how many of its items are answered Not yet, Partly, Mostly, Fully or Not sure, and how
 * many are not answered. With a partner's answers imported, each section has two bars, one per set of answers.
 *
 * The chart is laid out once, for a given width, as a list of shapes (`chartScene`); the page draws those shapes
 * as SVG (`sceneSvg`), and the downloads draw the same shapes as an SVG file or onto a canvas for a PNG
 * (`drawScene`). Laying out for the width the chart really has keeps its text at the page's size on a phone,
 * where a wide picture shrunk to fit would make it unreadable. The figures are the page's table's, from
 * `sectionTallies` (src/lib/tools/health-check.ts).
 *
 * No charting library: a stacked bar is a sum and a multiplication per segment, and the libraries that do it
 * (d3's scales and shapes, Chart.js, Vega) would add more code to the page than the whole check has, and either
 * draw on a canvas, which screen readers cannot read, or need their own styles, which the page's Content
 * Security Policy refuses unless hashed. The picture's text equivalent is the table beside it.
 */
import { TALLIES, type SectionTally, type Tally } from './health-check';
import { attributes, escapeXml, textWidth, wrapText } from '../core/picture-text';

/**
 * Each answer's colour, and the colour of a figure written on it: Okabe and Ito's palette, whose colours stay
 * apart for readers with any common colour blindness; each figure has at least 4.5:1 contrast on its colour. An
 * item not answered is an outline only. Colour is never the only cue: the legend and the table say the same.
 */
export const TALLY_COLOURS: Record<Tally, { fill: string; ink: string }> = {
  'not-yet': { fill: '#d55e00', ink: '#000000' },
  partly: { fill: '#e69f00', ink: '#000000' },
  mostly: { fill: '#56b4e9', ink: '#000000' },
  fully: { fill: '#0072b2', ink: '#ffffff' },
  'not-sure': { fill: '#cc79a7', ink: '#000000' },
  'not-answered': { fill: 'none', ink: '' },
};

/** One set of answers to chart: whose they are, and their figures. */
export interface ChartSeries {
  label: string;
  tallies: readonly SectionTally[];
}

/** A figure of one segment, written on the shape so tests and readers of the file can find it. */
export interface SegmentData {
  section: string;
  series: number;
  tally: Tally;
  count: number;
}

export type Shape =
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      fill: string;
      stroke?: string | undefined;
      dashed?: boolean | undefined;
      /** The segment's figure, for a bar's segment; none for a legend's swatch. */
      segment?: SegmentData | undefined;
      /** A tooltip, in words. */
      title?: string | undefined;
    }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      fill: string;
      bold?: boolean | undefined;
      anchor?: 'start' | 'middle' | undefined;
    };

export interface ChartScene {
  width: number;
  height: number;
  shapes: Shape[];
}

export interface ChartOptions {
  /** The width to lay out for, in CSS pixels. */
  width: number;
  /** The colour of text and outlines: the page's (`currentColor`), or a fixed one in a file. */
  ink: string;
  /** Lines above the chart, the first as a heading: a downloaded picture says what it is and whose. */
  heading?: readonly string[] | undefined;
}

const LABEL = 14;
const SMALL = 13;
const BAR = 26;
const LINE = 1.45;

/** The chart's shapes, laid out for a width: a heading, a legend, then each section's title and bars. */
export function chartScene(series: readonly ChartSeries[], options: ChartOptions): ChartScene {
  const { width, ink } = options;
  const shapes: Shape[] = [];
  let y = 0;
  const text = (x: number, lines: readonly string[], size: number, bold = false) => {
    for (const line of lines) {
      y += size * LINE;
      shapes.push({ kind: 'text', x, y: y - size * 0.35, text: line, size, fill: ink, bold });
    }
  };
  options.heading?.forEach((line, index) =>
    text(0, wrapText(line, width, index === 0 ? 18 : SMALL, index === 0), index === 0 ? 18 : SMALL, index === 0),
  );
  if (options.heading?.length) y += 8;

  // The legend, its entries wrapping onto as many rows as the width needs.
  let x = 0;
  y += 4;
  for (const tally of TALLIES) {
    const entry = 22 + textWidth(tally.label, SMALL) + 14;
    if (x > 0 && x + entry > width) {
      x = 0;
      y += 24;
    }
    shapes.push(swatch(tally.value, x, y + 2, 16, 16, ink));
    shapes.push({ kind: 'text', x: x + 22, y: y + 15, text: tally.label, size: SMALL, fill: ink });
    x += entry;
  }
  y += 24 + 8;

  const most = Math.max(1, ...series.flatMap((s) => s.tallies.map((t) => t.total)));
  const scale = (width - 2) / most;
  const sections = series[0]?.tallies ?? [];
  sections.forEach((section, index) => {
    y += 6;
    text(0, wrapText(section.title, width, LABEL, true), LABEL, true);
    series.forEach((one, seriesIndex) => {
      const tally = one.tallies[index];
      if (!tally) return;
      if (series.length > 1) text(0, wrapText(one.label, width, SMALL), SMALL);
      y += 3;
      let at = 1;
      for (const { value, label } of TALLIES) {
        const count = tally.counts[value];
        if (count === 0) continue;
        const segmentWidth = count * scale;
        const shape = swatch(value, at, y, Math.max(1, segmentWidth - 2), BAR, ink);
        shape.segment = { section: tally.id, series: seriesIndex, tally: value, count };
        shape.title = `${tally.title}${series.length > 1 ? `, ${one.label}` : ''}: ${count} ${label}`;
        shapes.push(shape);
        // A figure is written where it fits; the table beside the chart has every one.
        if (segmentWidth - 2 >= textWidth(String(count), SMALL, true) + 6) {
          shapes.push({
            kind: 'text',
            x: at + (segmentWidth - 2) / 2,
            y: y + BAR / 2 + SMALL * 0.35,
            text: String(count),
            size: SMALL,
            fill: TALLY_COLOURS[value].ink || ink,
            bold: true,
            anchor: 'middle',
          });
        }
        at += segmentWidth;
      }
      y += BAR + 6;
    });
  });
  return { width, height: Math.ceil(y + 4), shapes };
}

/** A coloured box for an answer; an outline, dashed, for items not answered. */
function swatch(
  tally: Tally,
  x: number,
  y: number,
  width: number,
  height: number,
  ink: string,
): Extract<Shape, { kind: 'rect' }> {
  const { fill } = TALLY_COLOURS[tally];
  return fill === 'none'
    ? {
        kind: 'rect',
        x: x + 0.75,
        y: y + 0.75,
        width: Math.max(0.5, width - 1.5),
        height: height - 1.5,
        fill,
        stroke: ink,
        dashed: true,
      }
    : { kind: 'rect', x, y, width, height, fill };
}

const round = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The scene as SVG markup. Only presentation attributes, never `style`, so the page's Content Security Policy
 * allows it; a file gives a background and a font (a generic family: no font is fetched), the page its own.
 */
export function sceneSvg(
  scene: ChartScene,
  about: {
    title: string;
    description: string;
    /** A file's background; the page's own shows through where there is none. */
    background?: string | undefined;
    /** A file's font; on the page the chart takes the page's. */
    font?: string | undefined;
    /** A file's size in pixels; on the page the chart is as wide as its place, which its styles set. */
    sized?: boolean | undefined;
  },
): string {
  const parts = scene.shapes.map((shape) => {
    if (shape.kind === 'text') {
      const text = attributes({
        x: round(shape.x),
        y: round(shape.y),
        'font-size': shape.size,
        fill: shape.fill,
        'font-weight': shape.bold && '700',
        'text-anchor': shape.anchor === 'middle' && 'middle',
      });
      return `<text${text}>${escapeXml(shape.text)}</text>`;
    }
    const rect = attributes({
      x: round(shape.x),
      y: round(shape.y),
      width: round(shape.width),
      height: round(shape.height),
      fill: shape.fill,
      stroke: shape.stroke || undefined,
      'stroke-width': shape.stroke ? '1.5' : undefined,
      'stroke-dasharray': shape.dashed && '4 3',
      'data-section': shape.segment?.section,
      'data-series': shape.segment?.series,
      'data-tally': shape.segment?.tally,
      'data-count': shape.segment?.count,
    });
    const title = shape.title ? `<title>${escapeXml(shape.title)}</title>` : '';
    return `<rect${rect}>${title}</rect>`;
  });
  const { width, height } = scene;
  const background = about.background ? `<rect${attributes({ width: '100%', height: '100%', fill: about.background })}/>` : '';
  const group = `<g${attributes({ 'font-family': about.font || undefined })}>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"${about.sized ? ` width="${width}" height="${height}"` : ''} role="img">`,
    `<title>${escapeXml(about.title)}</title><desc>${escapeXml(about.description)}</desc>`,
    background,
    group,
    ...parts,
    '</g></svg>',
  ].join('');
}

/** The part of a canvas's 2D context the chart uses. */
export interface Canvas2D {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  font: string;
  textAlign: CanvasTextAlign;
  fillRect(x: number, y: number, width: number, height: number): void;
  strokeRect(x: number, y: number, width: number, height: number): void;
  fillText(text: string, x: number, y: number): void;
  setLineDash(segments: number[]): void;
}

/** Draws the scene on a canvas (for a PNG), over a background, in a font given as a CSS font-family. */
export function drawScene(context: Canvas2D, scene: ChartScene, background: string, font: string) {
  context.fillStyle = background;
  context.fillRect(0, 0, scene.width, scene.height);
  for (const shape of scene.shapes) {
    if (shape.kind === 'text') {
      context.font = `${shape.bold ? '700 ' : ''}${shape.size}px ${font}`;
      context.fillStyle = shape.fill;
      context.textAlign = shape.anchor === 'middle' ? 'center' : 'start';
      context.fillText(shape.text, shape.x, shape.y);
    } else if (shape.fill === 'none') {
      context.strokeStyle = shape.stroke ?? '#000000';
      context.lineWidth = 1.5;
      context.setLineDash(shape.dashed ? [4, 3] : []);
      context.strokeRect(shape.x, shape.y, shape.width, shape.height);
      context.setLineDash([]);
    } else {
      context.fillStyle = shape.fill;
      context.fillRect(shape.x, shape.y, shape.width, shape.height);
    }
  }
}

/** The figures a chart shows, read back from its shapes: by series, section and answer (absent where 0). */
export function sceneFigures(scene: ChartScene): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const shape of scene.shapes)
    if (shape.kind === 'rect' && shape.segment)
      figures[`${shape.segment.series}/${shape.segment.section}/${shape.segment.tally}`] = shape.segment.count;
  return figures;
}

/** The chart's figures in words, for a picture's description: "Power: 2 Partly, 1 Fully, 1 Not answered of 4." */
export function chartDescription(series: readonly ChartSeries[]): string {
  return series
    .map((one) => {
      const sections = one.tallies.map((t) => {
        const parts = TALLIES.filter(({ value }) => t.counts[value] > 0).map(({ value, label }) => `${t.counts[value]} ${label}`);
        return `${t.title}: ${parts.join(', ')} (${t.total} items).`;
      });
      return [series.length > 1 ? `${one.label}.` : '', ...sections].filter(Boolean).join(' ');
    })
    .join(' ');
}

/**
 * The lines above a downloaded chart: what it is, whose answers, how many are answered and when, so the picture
 * still says what it shows when it is pasted into a report on its own.
 */
export function chartHeading(about: {
  partnership: string;
  answeredBy: readonly string[];
  answered: number;
  items: number;
  day: string;
}): string[] {
  const who = about.answeredBy.filter(Boolean);
  return [
    `Partnership health check${about.partnership ? `: ${about.partnership}` : ''}`,
    `${who.length > 0 ? `Answered by ${who.join(' and ')}. ` : ''}${about.answered} of ${about.items} items answered. ${about.day}.`,
  ];
}
