/**
 * How the handbook's practices, case studies and questions connect, for the pages at /connections/: a graph whose
 * nodes are those pages and whose edges join two pages when either names the other in its frontmatter (a practice
 * and its case studies, a page and its questions) or links to it in its text (the link graph's backlinks).
 * Laid out at build time: the whole graph by d3-force, a page's own neighbourhood on a ring around it.
 *
 * Why d3-force: it is the well-kept, dependency-light force layout most graph views use (Quartz's among them), it
 * runs in Node without a browser, and with its fixed random source and initial placement it gives the same picture
 * on every build.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { CollectionName } from '../content/page-kinds';

/** The kinds of page the graph shows, in the order the pictures and lists take them. */
export const GRAPH_KINDS = ['questions', 'practices', 'case-studies'] as const satisfies readonly CollectionName[];
export type GraphKind = (typeof GRAPH_KINDS)[number];

export function isGraphKind(kind: string): kind is GraphKind {
  return (GRAPH_KINDS as readonly string[]).includes(kind);
}

/** A page of the graph. Its key is `<kind>/<id>`. */
export interface GraphNode {
  key: string;
  kind: GraphKind;
  id: string;
  title: string;
}

export interface Connections {
  /** Every node, kind by kind, each kind by title. */
  nodes: GraphNode[];
  byKey: Map<string, GraphNode>;
  /** Each node's neighbours, by key, in the nodes' order. */
  neighbours: Map<string, string[]>;
  /** Each node's place in `nodes`, and its neighbours as a set: read for every page's neighbourhood, so made once. */
  order: Map<string, number>;
  adjacent: Map<string, Set<string>>;
}

/** What the graph is built from. */
export interface ConnectionsInput {
  /** Every page of the graph's kinds, with the questions it names. */
  pages: readonly { collection: CollectionName; id: string; title: string; questions: readonly string[] }[];
  /** The practices each case study is related to, whichever side names the other (src/lib/core/relations.ts). */
  practicesOf: ReadonlyMap<string, readonly string[]>;
  /** The link graph's backlinks, by page address: the pages whose text links to each. */
  backlinks: Readonly<Record<string, readonly string[]>>;
  /** A page's address, as the backlinks hold it. */
  urlOf: (kind: CollectionName, id: string) => string;
}

export const keyOf = (kind: string, id: string) => `${kind}/${id}`;

/** The graph: nodes for the pages of the graph's kinds, an edge for every relation, question and link between two. */
export function buildConnections(input: ConnectionsInput): Connections {
  const nodes = input.pages
    .filter((page): page is typeof page & { collection: GraphKind } => isGraphKind(page.collection))
    .map((page) => ({ key: keyOf(page.collection, page.id), kind: page.collection, id: page.id, title: page.title }))
    .sort((a, b) => GRAPH_KINDS.indexOf(a.kind) - GRAPH_KINDS.indexOf(b.kind) || a.title.localeCompare(b.title, 'en-GB'));
  const byKey = new Map(nodes.map((node) => [node.key, node]));
  const sets = new Map(nodes.map((node) => [node.key, new Set<string>()]));
  const join = (a: string, b: string) => {
    if (a === b || !sets.has(a) || !sets.has(b)) return;
    sets.get(a)!.add(b);
    sets.get(b)!.add(a);
  };
  for (const page of input.pages) {
    if (!isGraphKind(page.collection)) continue;
    for (const question of page.questions) join(keyOf(page.collection, page.id), keyOf('questions', question));
  }
  for (const [caseId, practices] of input.practicesOf)
    for (const practice of practices) join(keyOf('case-studies', caseId), keyOf('practices', practice));
  const byUrl = new Map(nodes.map((node) => [input.urlOf(node.kind, node.id), node.key]));
  for (const [url, from] of Object.entries(input.backlinks)) {
    const target = byUrl.get(url);
    if (target) for (const source of from) join(byUrl.get(source) ?? '', target);
  }
  const order = new Map(nodes.map((node, i) => [node.key, i]));
  const neighbours = new Map([...sets].map(([key, set]) => [key, [...set].sort((a, b) => order.get(a)! - order.get(b)!)]));
  return { nodes, byKey, neighbours, order, adjacent: sets };
}

/** Every edge once, as a pair of keys, the first the earlier node; with `keys`, only the edges among those. */
export function edgesOf(graph: Connections, keys?: ReadonlySet<string>): [string, string][] {
  const { order, adjacent } = graph;
  const edges: [string, string][] = [];
  // A neighbourhood costs its own size, not the handbook's: for each of its pages, whichever is shorter of its own
  // neighbours and the neighbourhood is read (a question neighbours thousands of pages in a large handbook).
  for (const key of keys ?? graph.neighbours.keys()) {
    const own = graph.neighbours.get(key) ?? [];
    const candidates = keys && keys.size < own.length ? [...keys].filter((other) => adjacent.get(key)?.has(other)) : own;
    for (const other of candidates)
      if (order.get(key)! < order.get(other)! && (!keys || keys.has(other))) edges.push([key, other]);
  }
  return edges.sort((a, b) => order.get(a[0])! - order.get(b[0])! || order.get(a[1])! - order.get(b[1])!);
}

/** A node placed on a picture, in its own units. */
export interface Placed {
  key: string;
  x: number;
  y: number;
}

/** A laid-out picture: its size, its nodes' places (in the nodes' order, which is the order Tab takes) and edges. */
export interface Drawing {
  width: number;
  height: number;
  nodes: Placed[];
  edges: [string, string][];
}

/**
 * The most nodes the whole graph draws: past this, the picture is a blur of dots and its layout slows the build, so it
 * keeps the most connected pages (every page's own neighbourhood is drawn on its page whatever the handbook's size).
 */
export const OVERVIEW_LIMIT = 250;

/** The nodes the whole graph draws: all of them, or the OVERVIEW_LIMIT most connected, in the nodes' order. */
export function overviewNodes(graph: Connections, limit = OVERVIEW_LIMIT): GraphNode[] {
  if (graph.nodes.length <= limit) return graph.nodes;
  const degree = (node: GraphNode) => graph.neighbours.get(node.key)!.length;
  const kept = new Set(
    [...graph.nodes]
      .sort((a, b) => degree(b) - degree(a))
      .slice(0, limit)
      .map((node) => node.key),
  );
  return graph.nodes.filter((node) => kept.has(node.key));
}

/** Fits points into a box of the given width, keeping their proportions, with a margin; the height follows. */
function fit(points: readonly Placed[], width: number, margin: number): { height: number; nodes: Placed[] } {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = (width - 2 * margin) / Math.max(maxX - minX, 1);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    height: Math.round((maxY - minY) * scale + 2 * margin),
    nodes: points.map((p) => ({ key: p.key, x: round(margin + (p.x - minX) * scale), y: round(margin + (p.y - minY) * scale) })),
  };
}

/** The whole graph (or its OVERVIEW_LIMIT most connected pages) laid out by d3-force, the same on every build. */
export function overviewDrawing(graph: Connections, width = 800): Drawing {
  const shown = overviewNodes(graph);
  const keys = new Set(shown.map((node) => node.key));
  const edges = edgesOf(graph, keys);
  type Datum = SimulationNodeDatum & { key: string };
  const data: Datum[] = shown.map((node) => ({ key: node.key }));
  // Questions are hubs: every practice and case names some. A longer pull from them spreads the other pages out.
  const simulation = forceSimulation(data)
    .force(
      'link',
      forceLink<Datum, { source: string; target: string }>(edges.map(([source, target]) => ({ source, target })))
        .id((d) => d.key)
        .distance(48),
    )
    .force('charge', forceManyBody().strength(-90))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.09))
    .force('collide', forceCollide(12))
    .stop();
  simulation.tick(300);
  const { height, nodes } = fit(
    data.map((d) => ({ key: d.key, x: d.x ?? 0, y: d.y ?? 0 })),
    width,
    24,
  );
  return { width, height, nodes, edges };
}

/**
 * Up to how many pages around a page the neighbourhood writes every name: beyond, names crowd the ring and overlap,
 * so they show on hover and focus, as on the whole graph (the list under the picture has them all).
 */
export const NAMED_AROUND = 20;

/**
 * The most pages a neighbourhood draws around a page. In a large handbook a question connects with thousands; its
 * picture and list keep the most connected, in the nodes' order, and say how many more there are.
 */
export const NEIGHBOURHOOD_LIMIT = 80;

/** The pages a page's neighbourhood draws around it: all, or its NEIGHBOURHOOD_LIMIT most connected neighbours. */
export function neighbourhoodKeys(graph: Connections, key: string, limit = NEIGHBOURHOOD_LIMIT): string[] {
  const around = graph.neighbours.get(key) ?? [];
  if (around.length <= limit) return around;
  const degree = (k: string) => graph.neighbours.get(k)!.length;
  const kept = new Set([...around].sort((a, b) => degree(b) - degree(a)).slice(0, limit));
  return around.filter((k) => kept.has(k));
}

/**
 * One page's neighbourhood: the page in the middle, the pages it connects with on a ring around it (kind by kind, so
 * each kind keeps to one arc), and every edge among them, so the picture shows how its neighbours connect too.
 */
export function neighbourhoodDrawing(graph: Connections, key: string, radius = 230): Drawing {
  const around = neighbourhoodKeys(graph, key);
  // The ring is wider than tall, which spreads the pages at its top and bottom, whose names run side by side; with room
  // beside it for the names written outwards.
  const across = Math.round(radius * 1.4);
  const width = 2 * across + 540;
  const height = 2 * radius + 80;
  const [cx, cy] = [width / 2, height / 2];
  const step = (2 * Math.PI) / Math.max(around.length, 1);
  const round = (n: number) => Math.round(n * 10) / 10;
  // Clockwise from the top; the questions, always named, come first, centred on the right, where their names stack
  // down the side instead of running into each other across the top.
  const questions = around.filter((k) => k.startsWith('questions/')).length;
  const start = questions > 0 ? Math.PI / 2 - ((questions - 1) / 2) * step : 0;
  const nodes: Placed[] = [
    { key, x: cx, y: cy },
    ...around.map((other, i) => ({
      key: other,
      x: round(cx + across * Math.sin(start + i * step)),
      y: round(cy - radius * Math.cos(start + i * step)),
    })),
  ];
  return { width, height, nodes, edges: edgesOf(graph, new Set([key, ...around])) };
}

/** "8 connections", "1 connection". */
export function connectionCount(n: number): string {
  return `${n} connection${n === 1 ? '' : 's'}`;
}

/**
 * A page's title in lines of at most `most` characters (a longer word keeps a line of its own), to write beside its
 * node: whole, since what a link shows must be in its name (WCAG 2.5.3), and narrow, to keep the picture narrow.
 */
export function titleLines(title: string, most = 26): string[] {
  const lines: string[] = [];
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= most) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
