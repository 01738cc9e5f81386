/** How practices, case studies and questions connect: the graph, and its drawings. */
import { describe, expect, it } from 'vitest';
import {
  buildConnections,
  connectionCount,
  edgesOf,
  neighbourhoodDrawing,
  neighbourhoodKeys,
  overviewDrawing,
  overviewNodes,
  titleLines,
} from '../../src/lib/wiki/connections';
import { connectionsUrl, isPageConnections, ROUTES } from '../../src/lib/content/routes';
import { connectionsListHtml, graphSvg } from '../../src/lib/render/connections-html';

const url = (kind: string, id: string) => `/${kind}/${id}/`;
const input = {
  pages: [
    { collection: 'questions' as const, id: 'power', title: 'Power', questions: [] },
    { collection: 'questions' as const, id: 'impact', title: 'Impact', questions: [] },
    { collection: 'practices' as const, id: 'pay', title: 'Pay fairly', questions: ['power'] },
    { collection: 'practices' as const, id: 'end', title: 'End well', questions: ['impact', 'no-such-question'] },
    { collection: 'case-studies' as const, id: 'forum', title: 'The Forum', questions: ['power'] },
    { collection: 'case-studies' as const, id: 'fund', title: 'A Fund', questions: [] },
    { collection: 'guides' as const, id: 'about', title: 'About', questions: ['power'] },
  ],
  practicesOf: new Map([
    ['forum', ['pay']],
    ['fund', []],
  ]),
  backlinks: {
    '/case-studies/fund/': ['/practices/end/', '/guides/about/'],
    '/practices/pay/': ['/practices/pay/'],
  },
  urlOf: url,
};

describe('the connections graph', () => {
  const graph = buildConnections(input);

  it('has the practices, case studies and questions, kind by kind and by title, without guides', () => {
    expect(graph.nodes.map((n) => n.key)).toEqual([
      'questions/impact',
      'questions/power',
      'practices/end',
      'practices/pay',
      'case-studies/fund',
      'case-studies/forum',
    ]);
  });

  it('joins pages by their questions, their relations and their links, both ways, each pair once', () => {
    expect(graph.neighbours.get('questions/power')).toEqual(['practices/pay', 'case-studies/forum']);
    expect(graph.neighbours.get('practices/pay')).toEqual(['questions/power', 'case-studies/forum']);
    // A link in the text joins the two pages; a link from a guide, or to the page itself, does not.
    expect(graph.neighbours.get('case-studies/fund')).toEqual(['practices/end']);
    expect(graph.neighbours.get('practices/end')).toEqual(['questions/impact', 'case-studies/fund']);
    const edges = edgesOf(graph);
    expect(edges).toHaveLength(5);
    const degrees = [...graph.neighbours.values()].reduce((sum, list) => sum + list.length, 0);
    expect(degrees).toBe(2 * edges.length);
  });

  it('keeps the most connected pages when there are too many to draw', () => {
    expect(overviewNodes(graph, 100)).toHaveLength(6);
    const kept = overviewNodes(graph, 2).map((n) => n.key);
    expect(kept).toHaveLength(2);
    for (const key of kept) expect(graph.neighbours.get(key)!.length).toBe(2);
  });

  it('lays the whole graph out the same way every time, inside its picture', () => {
    const a = overviewDrawing(graph, 400);
    expect(overviewDrawing(graph, 400)).toEqual(a);
    expect(a.nodes.map((n) => n.key)).toEqual(graph.nodes.map((n) => n.key));
    for (const n of a.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(a.width);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(a.height);
    }
    expect(a.edges).toEqual(edgesOf(graph));
  });

  it('draws a page in the middle of its neighbours, with the lines among them', () => {
    const d = neighbourhoodDrawing(graph, 'practices/pay', 100);
    expect(d.nodes[0]).toEqual({ key: 'practices/pay', x: d.width / 2, y: d.height / 2 });
    expect(d.nodes.map((n) => n.key)).toEqual(['practices/pay', 'questions/power', 'case-studies/forum']);
    // On a ring 1.4 times as wide as it is tall.
    for (const n of d.nodes.slice(1)) expect(Math.hypot((n.x - d.width / 2) / 1.4, n.y - d.height / 2)).toBeCloseTo(100, 0);
    // Power and the Forum are connected too: three lines among three pages.
    expect(d.edges).toHaveLength(3);
  });
});

describe('a large handbook', () => {
  // A question every practice names, as in a handbook of thousands of pages; one practice is also linked from two.
  const practices = Array.from({ length: 120 }, (_, i) => ({
    collection: 'practices' as const,
    id: `p${String(i).padStart(3, '0')}`,
    title: `Practice ${String(i).padStart(3, '0')}`,
    questions: ['power'],
  }));
  const graph = buildConnections({
    pages: [{ collection: 'questions' as const, id: 'power', title: 'Power', questions: [] }, ...practices],
    practicesOf: new Map(),
    backlinks: { '/practices/p100/': ['/practices/p001/', '/practices/p002/'] },
    urlOf: url,
  });

  it('draws a crowded neighbourhood with its most connected pages only, in the nodes’ order', () => {
    const kept = neighbourhoodKeys(graph, 'questions/power', 10);
    expect(kept).toHaveLength(10);
    expect(kept.slice(0, 3)).toEqual(['practices/p000', 'practices/p001', 'practices/p002']);
    expect(kept.at(-1)).toBe('practices/p100');
    expect(kept).toContain('practices/p100');
    expect(neighbourhoodDrawing(graph, 'questions/power').nodes).toHaveLength(81);
  });
});

describe('words', () => {
  it('counts connections and breaks long titles into lines, losing no word', () => {
    expect(connectionCount(1)).toBe('1 connection');
    expect(connectionCount(0)).toBe('0 connections');
    expect(titleLines('Short')).toEqual(['Short']);
    expect(titleLines('Renegotiate openly when things change', 20)).toEqual(['Renegotiate openly', 'when things change']);
    expect(titleLines('A ' + 'x'.repeat(30) + ' b', 10)).toEqual(['A', 'x'.repeat(30), 'b']);
  });
});

describe('addresses', () => {
  it('tells a page’s connections, kept out of the sitemap, from the whole graph, which is listed', () => {
    expect(isPageConnections(connectionsUrl('practices', 'pay'))).toBe(true);
    expect(isPageConnections(ROUTES.connections)).toBe(false);
    expect(isPageConnections('/practices/pay/')).toBe(false);
  });
});

describe('the drawing and the list as HTML', () => {
  const hostile = 'A <script>alert(1)</script> & "quoted" fund';
  const graph = buildConnections({
    ...input,
    pages: input.pages.map((p) => (p.id === 'forum' ? { ...p, title: hostile } : p)),
  });
  const drawing = neighbourhoodDrawing(graph, 'practices/pay');
  const svg = graphSvg(graph, drawing, { captionId: 'caption', focus: 'practices/pay', labelled: () => true });
  const list = connectionsListHtml(graph, ['practices/pay', ...neighbourhoodKeys(graph, 'practices/pay')]);

  it('escape every title: a contributor’s words never become markup', () => {
    for (const html of [svg, list]) {
      expect(html).not.toContain('<script>');
      expect(html).toContain('A &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quoted&#34; fund');
    }
  });

  it('draw each page as one link, the page itself in the middle and its neighbours leading to their own', () => {
    const links = [...svg.matchAll(/<a href="([^"]+)"[^>]*data-node="([^"]+)"/g)].map((m) => [m[2], m[1]]);
    expect(links).toEqual([
      ['practices/pay', '/practices/pay/'],
      ['questions/power', connectionsUrl('questions', 'power')],
      ['case-studies/forum', connectionsUrl('case-studies', 'forum')],
    ]);
    expect(svg.match(/<line /g)).toHaveLength(edgesOf(graph, new Set(drawing.nodes.map((n) => n.key))).length);
  });

  it('list the same pages with the same counts as the drawing', () => {
    const listed = [...list.matchAll(/data-list-node="([^"]+)" data-degree="(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
    const drawn = [...svg.matchAll(/data-node="([^"]+)" data-degree="(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
    expect(listed).toEqual(drawn);
  });
});
