/**
 * The health check's result as figures and as a picture: the counts per section, the chart's shapes carrying
 * exactly those counts at any width, the SVG and canvas drawings of the same shapes, the Markdown table, and the
 * comparison of two partners' answers.
 */
import { describe, expect, it } from 'vitest';
import {
  answerDifference,
  answersToMarkdown,
  compareAnswers,
  sectionTallies,
  setAnswer,
  talliesMarkdown,
  TALLIES,
  type HealthCheckAnswers,
  type HealthCheckSection,
  type Rating,
} from '../../src/lib/tools/health-check';
import { chartScene, drawScene, sceneFigures, sceneSvg, type Canvas2D } from '../../src/lib/tools/health-check-chart';
import { textWidth, wrapText } from '../../src/lib/core/picture-text';

const item = (id: string) => ({ id, text: `Item ${id}`, practices: [], caseStudies: [] });
const sections: HealthCheckSection[] = [
  { id: 'power', title: 'Power', intro: '', items: ['power-1', 'power-2', 'power-3', 'power-4'].map(item) },
  { id: 'impact', title: 'Impact | reach', intro: '', items: ['impact-1', 'impact-2'].map(item) },
  {
    id: 'behaviours',
    title: 'Behaviours of collaborative organisations',
    intro: '',
    items: ['b-1', 'b-2', 'b-3', 'b-4', 'b-5'].map(item),
  },
];

function answered(ratings: Record<string, Rating>): HealthCheckAnswers {
  let answers: HealthCheckAnswers = { partnership: 'Riverside', answeredBy: 'Small charity', answers: {} };
  for (const [id, rating] of Object.entries(ratings)) answers = setAnswer(answers, id, { rating, notes: '' });
  return answers;
}

const ours = answered({ 'power-1': 'partly', 'power-2': 'partly', 'power-3': 'fully', 'impact-1': 'not-sure', 'b-1': 'not-yet' });
const theirs = answered({
  'power-1': 'fully',
  'power-2': 'partly',
  'impact-1': 'mostly',
  'impact-2': 'mostly',
  'b-1': 'not-yet',
});

describe('section tallies', () => {
  it('counts each rating per section, the rest as not answered', () => {
    const tallies = sectionTallies(sections, ours);
    expect(tallies.map((t) => [t.id, t.total, t.counts])).toEqual([
      ['power', 4, { 'not-yet': 0, partly: 2, mostly: 0, fully: 1, 'not-sure': 0, 'not-answered': 1 }],
      ['impact', 2, { 'not-yet': 0, partly: 0, mostly: 0, fully: 0, 'not-sure': 1, 'not-answered': 1 }],
      ['behaviours', 5, { 'not-yet': 1, partly: 0, mostly: 0, fully: 0, 'not-sure': 0, 'not-answered': 4 }],
    ]);
    for (const t of tallies) expect(Object.values(t.counts).reduce((a, b) => a + b, 0)).toBe(t.total);
  });

  it('an item with notes but no rating is not answered', () => {
    const notesOnly = setAnswer(ours, 'power-4', { rating: undefined, notes: 'Ask the board' });
    expect(sectionTallies(sections, notesOnly)[0]!.counts['not-answered']).toBe(1);
  });

  it('writes a Markdown table with a row per section, a pipe in a title escaped', () => {
    const table = talliesMarkdown(sectionTallies(sections, ours));
    expect(table[0]).toBe('| Section | Not yet | Partly | Mostly | Fully | Not sure | Not answered | Items |');
    expect(table[2]).toBe('| Power | 0 | 2 | 0 | 1 | 0 | 1 | 4 |');
    expect(table[3]).toBe('| Impact \\| reach | 0 | 0 | 0 | 0 | 1 | 1 | 2 |');
    expect(table).toHaveLength(2 + sections.length);
  });

  it('puts the table in the Markdown export', () => {
    const markdown = answersToMarkdown(sections, ours, { date: new Date('2026-12-07'), checkUrl: 'https://x/', siteTitle: 'H' });
    expect(markdown).toContain('## At a glance\n\nHow many items of each section have each answer.\n\n| Section |');
    expect(markdown).toContain('| Behaviours of collaborative organisations | 1 | 0 | 0 | 0 | 0 | 4 | 5 |');
  });
});

describe('the chart', () => {
  const tallies = sectionTallies(sections, ours);

  it.each([280, 320, 720, 1200])('shows exactly the tallies at %i px, inside its width', (width) => {
    const scene = chartScene([{ label: 'Ours', tallies }], { width, ink: 'currentColor' });
    const expected: Record<string, number> = {};
    for (const t of tallies)
      for (const { value } of TALLIES) if (t.counts[value] > 0) expected[`0/${t.id}/${value}`] = t.counts[value];
    expect(sceneFigures(scene)).toEqual(expected);
    for (const shape of scene.shapes) {
      const right =
        shape.kind === 'rect'
          ? shape.x + shape.width
          : shape.x + (shape.anchor === 'middle' ? 0 : textWidth(shape.text, shape.size, shape.bold));
      expect(right).toBeLessThanOrEqual(width);
      expect(shape.y).toBeLessThanOrEqual(scene.height);
    }
  });

  it('gives a full section a bar as wide as the chart, and an equal share to each item', () => {
    const scene = chartScene([{ label: 'Ours', tallies }], { width: 400, ink: '#000' });
    const bars = scene.shapes.filter((s) => s.kind === 'rect' && s.segment?.section === 'behaviours');
    const widths = bars.map((b) => (b.kind === 'rect' ? b.width : 0));
    // One "not yet" and four not answered out of five items: a fifth and four fifths of the width, less the gaps.
    expect(widths[0]).toBeCloseTo(398 / 5 - 2, 5);
    expect(widths[1]).toBeCloseTo((398 * 4) / 5 - 2 - 1.5, 5);
  });

  it('draws two bars per section when comparing, each with its own figures', () => {
    const scene = chartScene(
      [
        { label: 'Small charity', tallies },
        { label: 'Lead partner', tallies: sectionTallies(sections, theirs) },
      ],
      { width: 320, ink: '#000' },
    );
    const figures = sceneFigures(scene);
    expect(figures['0/power/partly']).toBe(2);
    expect(figures['1/power/partly']).toBe(1);
    expect(figures['1/impact/mostly']).toBe(2);
    expect(scene.shapes.filter((s) => s.kind === 'text' && s.text === 'Lead partner')).toHaveLength(sections.length);
  });

  it('wraps a long section title at a narrow width, never past it', () => {
    const lines = wrapText('Behaviours of collaborative organisations', 200, 14, true);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Behaviours of collaborative organisations');
    for (const line of lines) expect(textWidth(line, 14, true)).toBeLessThanOrEqual(200);
  });

  it('writes SVG with its figures, escaped text and no style attribute', () => {
    const scene = chartScene([{ label: '<script>', tallies }], { width: 500, ink: '#111', heading: ['Health check: A & B'] });
    const svg = sceneSvg(scene, { title: 'Chart "x"', description: 'd', background: '#fff', font: 'sans-serif', sized: true });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 500 (\d+)" width="500" height="\1"/);
    expect(sceneSvg(scene, { title: 't', description: 'd' })).not.toMatch(/width="500"|font-family/);
    expect(svg).toContain('<title>Chart &#34;x&#34;</title>');
    expect(svg).toContain('Health check: A &#38; B');
    expect(svg).toContain('data-section="power" data-series="0" data-tally="partly" data-count="2"');
    expect(svg).toContain('font-family="sans-serif"');
    expect(svg).not.toContain('style=');
    expect(svg).not.toMatch(/href|url\(|@import/);
    const parsed = new DOMParserLike(svg);
    expect(parsed.balanced).toBe(true);
  });

  it('draws the same shapes on a canvas', () => {
    const scene = chartScene([{ label: 'Ours', tallies }], { width: 300, ink: '#111' });
    const calls: string[] = [];
    const context: Canvas2D = {
      fillStyle: '',
      strokeStyle: '',
      lineWidth: 1,
      font: '',
      textAlign: 'start',
      fillRect: (x, y, w, h) => calls.push(`fill ${x} ${y} ${w} ${h}`),
      strokeRect: () => calls.push('stroke'),
      fillText: (text) => calls.push(`text ${text}`),
      setLineDash: () => {},
    };
    drawScene(context, scene, '#fff', 'sans-serif');
    expect(calls[0]).toBe(`fill 0 0 300 ${scene.height}`);
    expect(calls.filter((c) => c.startsWith('text ')).length).toBe(scene.shapes.filter((s) => s.kind === 'text').length);
    expect(calls.filter((c) => c === 'stroke').length).toBe(
      scene.shapes.filter((s) => s.kind === 'rect' && s.fill === 'none').length,
    );
  });
});

describe('comparing two sets of answers', () => {
  it('says how far apart two answers are', () => {
    expect(answerDifference('partly', 'partly')).toBeUndefined();
    expect(answerDifference(undefined, undefined)).toBeUndefined();
    expect(answerDifference('partly', 'fully')).toBe('2 steps apart');
    expect(answerDifference('mostly', 'fully')).toBe('1 step apart');
    expect(answerDifference('not-sure', 'fully')).toBe('One is not sure');
    expect(answerDifference(undefined, 'fully')).toBe('Only one answered');
  });

  it('lists every item in order, with the difference where the answers differ', () => {
    const compared = compareAnswers(sections, ours, theirs);
    expect(compared).toHaveLength(11);
    expect(compared.filter((c) => c.difference).map((c) => [c.item.id, c.first, c.second, c.difference])).toEqual([
      ['power-1', 'partly', 'fully', '2 steps apart'],
      ['power-3', 'fully', undefined, 'Only one answered'],
      ['impact-1', 'not-sure', 'mostly', 'One is not sure'],
      ['impact-2', undefined, 'mostly', 'Only one answered'],
    ]);
    expect(compared.find((c) => c.item.id === 'b-1')?.difference).toBeUndefined();
  });
});

/** Checks that every element opened in SVG markup is closed, in order (enough to catch a broken tag). */
class DOMParserLike {
  balanced: boolean;
  constructor(markup: string) {
    const stack: string[] = [];
    let ok = true;
    for (const match of markup.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
      const [, closing, name, selfClosing] = match;
      if (selfClosing) continue;
      if (closing) ok &&= stack.pop() === name;
      else stack.push(name!);
    }
    this.balanced = ok && stack.length === 0;
  }
}
