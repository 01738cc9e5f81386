/**
 * An SVG is a document, not a picture: opened on its own it can run script on the site's origin, where the
 * editor keeps a contributor's GitHub token. So an uploaded SVG is read with a real XML parser (sax, in
 * strict mode with namespaces) and accepted only when it holds nothing but drawing: every element in the SVG
 * namespace and on the list below, every attribute on its list, no reference outside the file, no styles,
 * scripts, links, animation, embedded documents, DOCTYPE or entities, in UTF-8. Anything unlisted is refused,
 * so a new spelling of an old trick (a prefix, an encoding, an entity) fails by default.
 */
import sax from 'sax';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Drawing elements. No script, style, a, image, foreignObject, animate, set, filter images or fonts. */
const ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'symbol',
  'use',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'pattern',
  'marker',
]);

/** Elements whose text is shown or read out; elsewhere only white space may stand between tags. */
const TEXT_ELEMENTS = new Set(['title', 'desc', 'text', 'tspan']);

/** Geometry, paint and text attributes, the same on every listed element. No event handlers, no style. */
const ATTRIBUTES = new Set([
  'id',
  'class',
  'version',
  'viewBox',
  'preserveAspectRatio',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'd',
  'points',
  'pathLength',
  'transform',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'offset',
  'stop-color',
  'stop-opacity',
  'patternUnits',
  'patternContentUnits',
  'patternTransform',
  'clipPathUnits',
  'maskUnits',
  'maskContentUnits',
  'markerWidth',
  'markerHeight',
  'markerUnits',
  'refX',
  'refY',
  'orient',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'opacity',
  'clip-path',
  'clip-rule',
  'mask',
  'marker-start',
  'marker-mid',
  'marker-end',
  'color',
  'display',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'dx',
  'dy',
  'rotate',
  'textLength',
  'lengthAdjust',
  'role',
  'aria-label',
  'aria-labelledby',
  'aria-hidden',
  'focusable',
]);

/** Functions an attribute value may call: colours, transforms and `url(#id)` inside the file. */
const FUNCTIONS = new Set(['url', 'rgb', 'rgba', 'hsl', 'hsla', 'matrix', 'translate', 'scale', 'rotate', 'skewx', 'skewy']);

/** Largest nesting and number of elements an SVG may have. */
const MAX_DEPTH = 64;
const MAX_ELEMENTS = 50_000;

/** Why an attribute value is not plain drawing data, or undefined. One pass over the value. */
function valueProblem(value: string): string | undefined {
  if (/[\\<>&]|\/\*/.test(value)) return 'a value with escapes or markup';
  let word = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (/[A-Za-z-]/.test(char)) {
      word += char;
      continue;
    }
    if (char === '(') {
      const name = word.toLowerCase();
      if (!FUNCTIONS.has(name)) return `a call to ${name || '(…)'}`;
      if (name === 'url') {
        const end = value.indexOf(')', i);
        if (end < 0 || !/^\(\s*#[A-Za-z_][\w.-]*\s*$/.test(value.slice(i, end))) return 'a url() that points outside the file';
      }
    }
    if (char !== ' ') word = '';
  }
  return undefined;
}

/**
 * Every reason the SVG cannot be published (at most a few; the first of each kind), or none.
 * `bytes` must be the whole file.
 */
export function svgProblems(bytes: Uint8Array): string[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return ['is not UTF-8 text. Save the SVG again as UTF-8, or export the picture as PNG.'];
  }
  const reasons = new Set<string>();
  const refuse = (what: string) => reasons.add(what);
  /** Refuses and stops reading: past a bound, the parser's own work on the rest of the file is what an attack buys. */
  const stop = (what: string): never => {
    refuse(what);
    throw new Error(what);
  };
  // strictEntities: only XML's five named entities and numeric ones; @types/sax does not list the option.
  const parser = sax.parser(true, { xmlns: true, strictEntities: true, position: false } as sax.SAXOptions);
  const open: string[] = [];
  let elements = 0;
  let root = true;

  parser.onerror = (error) => {
    refuse(`is not well-formed XML (${error.message.split('\n')[0]})`);
    throw error;
  };
  parser.ondoctype = () => refuse('has a DOCTYPE, which can define entities');
  parser.onprocessinginstruction = (instruction) => {
    const encoding = /encoding\s*=\s*["']([^"']*)["']/.exec(instruction.body)?.[1];
    if (instruction.name !== 'xml') refuse(`has a processing instruction <?${instruction.name}?>`);
    else if (encoding && encoding.toLowerCase() !== 'utf-8') refuse(`declares the encoding ${encoding}; only UTF-8 is allowed`);
  };
  parser.onopencdata = () => refuse('has a CDATA section');
  parser.onopentag = (tag) => {
    const node = tag as sax.QualifiedTag;
    elements += 1;
    if (elements > MAX_ELEMENTS || open.length >= MAX_DEPTH)
      stop(`has more than ${MAX_ELEMENTS} elements or ${MAX_DEPTH} levels`);
    if (root && (node.uri !== SVG_NS || node.local !== 'svg'))
      refuse('does not start with an <svg> element in the SVG namespace');
    root = false;
    if (node.uri !== SVG_NS) refuse(`has an element <${node.name}> from outside SVG`);
    else if (!ELEMENTS.has(node.local)) refuse(`has a <${node.local}> element, which is not drawing`);
    for (const attribute of Object.values(node.attributes)) {
      const { uri, local, value, prefix, name } = attribute;
      if (prefix === 'xmlns' || name === 'xmlns') {
        // An unknown namespace stops the reading: each declaration makes the parser's later work on the file larger.
        if (![SVG_NS, XLINK_NS].includes(value)) stop(`declares the namespace ${value}`);
        continue;
      }
      const isLink = (uri === XLINK_NS || uri === '') && local === 'href';
      if (isLink) {
        if (node.local !== 'use' || !/^#[A-Za-z_][\w.-]*$/.test(value)) refuse('links to something outside the file');
        continue;
      }
      if (uri === XML_NS && local === 'space') continue;
      if (uri !== '' && uri !== XMLNS_NS) refuse(`has an attribute ${name} from outside SVG`);
      else if (!ATTRIBUTES.has(local)) refuse(`has a "${local}" attribute, which is not drawing`);
      else {
        const problem = valueProblem(value);
        if (problem) refuse(`has ${problem} in "${local}"`);
      }
    }
    open.push(node.local);
  };
  parser.onclosetag = () => {
    open.pop();
  };
  parser.ontext = (chunk) => {
    if (chunk.trim() && !TEXT_ELEMENTS.has(open.at(-1) ?? '')) refuse('has text outside <title>, <desc> and <text>');
  };

  try {
    parser.write(text).close();
  } catch {
    // The error is already among the reasons.
  }
  if (root && reasons.size === 0) refuse('has no <svg> element');
  return [...reasons]
    .slice(0, 5)
    .map(
      (reason) =>
        `${reason}. An SVG may hold drawing only (shapes, paths, text, gradients); export it again as a plain SVG, or as PNG.`,
    );
}
