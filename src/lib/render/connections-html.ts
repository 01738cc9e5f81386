/**
 * The connections graph (src/lib/wiki/connections.ts) as HTML: its drawing as SVG and the same as a list. Written as
 * strings, not through a component per node: a large handbook builds a neighbourhood page for every practice, case
 * study and question, each with up to 81 pages and their edges, and at 10,000 pages those pages took a quarter of the
 * render. Every text and address is escaped: titles are contributors' words.
 */
import { kindHeading, kindLabel } from '../content/page-kinds';
import { connectionsUrl, pageUrl } from '../content/routes';
import { attributes, escapeXml } from '../core/picture-text';
import { connectionCount, GRAPH_KINDS, titleLines, type Connections, type Drawing } from '../wiki/connections';

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/** The height of a line of a page's name. */
const LINE = 15;

export interface GraphOptions {
  /** The id of the caption that names the picture. */
  captionId: string;
  /** The page a neighbourhood is drawn around: it links to the page itself, every other node to its own neighbourhood. */
  focus?: string | undefined;
  /** Which pages' names are written beside them; the rest show theirs on hover and focus. */
  labelled: (key: string) => boolean;
}

/**
 * The drawing as SVG: each page a link, in the drawing's order, which is the order Tab takes, named with its title
 * and number of connections; a title not written beside its node shows on hover and focus.
 */
export function graphSvg(graph: Connections, drawing: Drawing, { captionId, focus, labelled }: GraphOptions): string {
  const place = new Map(drawing.nodes.map((p) => [p.key, p]));
  const centre = { x: drawing.width / 2, y: drawing.height / 2 };
  const edges = drawing.edges.map(([a, b]) => {
    const [from, to] = [place.get(a)!, place.get(b)!];
    const focused = focus !== undefined && (a === focus || b === focus);
    return `<line${attributes({ x1: from.x, y1: from.y, x2: to.x, y2: to.y, 'data-edge': `${a} ${b}`, class: focused && 'edge-focus' })}/>`;
  });
  const nodes = drawing.nodes.map((p) => {
    const node = graph.byKey.get(p.key)!;
    const degree = graph.neighbours.get(p.key)!.length;
    const isFocus = p.key === focus;
    const lines = titleLines(node.title, isFocus ? 40 : 26);
    // Around a focus, names go outwards from the ring; elsewhere to the right of the node.
    const anchor = isFocus ? 'middle' : focus && p.x < centre.x - 1 ? 'end' : 'start';
    const labelX = isFocus ? p.x : p.x + (anchor === 'end' ? -12 : 12);
    // The lines centred on the node; under the focus, below it.
    const labelY = isFocus ? p.y + 32 : p.y + 4 - ((lines.length - 1) * LINE) / 2;
    const half = isFocus ? 12 : 6;
    const shape =
      node.kind === 'practices'
        ? `<rect${attributes({ x: p.x - half, y: p.y - half, width: 2 * half, height: 2 * half, class: 'node-shape' })}/>`
        : `<circle${attributes({ cx: p.x, cy: p.y, r: isFocus ? 14 : node.kind === 'questions' ? 10 : 6.5, class: 'node-shape' })}/>`;
    const spans = lines
      .map(
        (part, i) =>
          `<tspan${attributes({ x: labelX, dy: i === 0 ? 0 : LINE })}>${escapeXml(i < lines.length - 1 ? `${part} ` : part)}</tspan>`,
      )
      .join('');
    const link = attributes({
      href: isFocus ? pageUrl(node.kind, node.id) : connectionsUrl(node.kind, node.id),
      'aria-label': `${node.title} (${kindLabel(node.kind)}), ${connectionCount(degree)}${isFocus ? ': open the page' : ''}`,
      class: classes('node', `kind-${node.kind}`, isFocus && 'node-focus', (labelled(p.key) || isFocus) && 'node-labelled'),
      'data-node': p.key,
      'data-degree': degree,
    });
    const label = attributes({ x: labelX, y: labelY, 'text-anchor': anchor, class: 'node-label', 'aria-hidden': 'true' });
    return `<a${link}>${shape}<text${label}>${spans}</text></a>`;
  });
  const svg = attributes({
    viewBox: `0 0 ${drawing.width} ${drawing.height}`,
    class: classes('graph', focus !== undefined && 'graph-focused'),
    role: 'group',
    'aria-labelledby': captionId,
    'data-graph': '',
  });
  return `<svg${svg}><g class="graph-edges" aria-hidden="true">${edges.join('')}</g>${nodes.join('')}</svg>`;
}

/**
 * The graph as text: each page of `keys`, in order, with the pages it connects with, kind by kind. It carries the
 * same figures as the picture beside it (a test compares them). `within` is the picture's pages: each page's
 * connections with others are left out of its list (not of its count).
 */
export function connectionsListHtml(graph: Connections, keys: readonly string[], within?: ReadonlySet<string>): string {
  const items = keys.map((key) => {
    const node = graph.byKey.get(key)!;
    const all = graph.neighbours.get(key)!;
    // Whichever is shorter is read: a question neighbours thousands of pages in a large handbook, a picture holds 81.
    const kept =
      within && within.size < all.length
        ? [...within].filter((k) => graph.adjacent.get(key)!.has(k)).sort((a, b) => graph.order.get(a)! - graph.order.get(b)!)
        : all.filter((k) => !within || within.has(k));
    const around = kept.map((k) => graph.byKey.get(k)!);
    const groups = GRAPH_KINDS.map((kind) => ({ kind, pages: around.filter((n) => n.kind === kind) }))
      .filter((g) => g.pages.length > 0)
      .map((g) => {
        const links = g.pages.map(
          (n) => `<a${attributes({ href: pageUrl(n.kind, n.id), 'data-list-neighbour': n.key })}>${escapeXml(n.title)}</a>`,
        );
        return `<li>${escapeXml(kindHeading(g.kind))}: ${links.join(', ')}</li>`;
      });
    const item = attributes({ id: `${node.kind}-${node.id}`, 'data-list-node': node.key, 'data-degree': all.length });
    const page = `<a${attributes({ href: pageUrl(node.kind, node.id) })}>${escapeXml(node.title)}</a>`;
    const count = `<a${attributes({ href: connectionsUrl(node.kind, node.id) })}>${connectionCount(all.length)}</a>`;
    const kind = `<span class="meta-line">(${escapeXml(kindLabel(node.kind))})</span>`;
    return `<li${item}>${page} ${kind}, ${count}${groups.length > 0 ? `<ul>${groups.join('')}</ul>` : ''}</li>`;
  });
  return `<ul class="connections-list" data-connections-list>${items.join('')}</ul>`;
}
