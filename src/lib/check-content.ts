/**
 * The content checker: every rule a page must pass, run over the whole handbook without a build.
 * One definition with two entry points: `npm run check:content` (src/cli/check-content.ts) for a
 * contributor's answer in seconds, and the build (src/integrations/content.ts), which refuses to
 * publish a handbook with any problem. It reports every problem of every file, not only the first.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isAlias, isNode, isPair, isScalar, parseDocument, visit } from 'yaml';
import { COLLECTIONS, CONTENT_DIR, idOf } from './content-files';
import { checkFrontmatter } from './entry-errors';
import { frontmatterLine, frontmatterParts, splitFrontmatter, type ContentFile } from './frontmatter';
import { buildLinkGraph, type GraphPage, type LinkGraph } from './link-graph';
import { checkMdx, countImages } from './mdx-guard';
import { checkMediaFile, MEDIA_DIR } from './media-check';
import { pageUrl } from './routes';
import { referenceFields, type CollectionName } from './schemas';
import { fixedRoutes } from './wiki';

export interface ContentProblem {
  /** Relative to the project, e.g. content/practices/x.mdx. */
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Limits that keep pages readable and the build fast; each message says the limit. */
export const LIMITS = {
  /** A page file; the longest first-edition page is about 10 kB. */
  pageBytes: 150_000,
  /** Any one frontmatter value. */
  valueLength: 2_000,
  /** Images on one page. */
  images: 20,
} as const;

/** A page id: lower-case letters and digits in words joined by single hyphens (the page's address). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A suggested slug for a file name that is not one: accents dropped, spaces and symbols to hyphens. */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The YAML tags plain values have; any other tag (!!js/function, !include …) is refused. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`));

/** True when YYYY-MM-DD names a day that exists. */
function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export interface YamlProblem {
  line: number;
  message: string;
  /** False for a problem in one value (a date that does not exist): the rest of the page can still be checked. */
  fatal?: false;
}

/** Problems with YAML features the handbook does not use and that can be abused (alias bombs, custom tags). */
export function yamlProblems(frontmatter: string): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : frontmatter.slice(0, offset).split('\n').length) + 1;
  const doc = parseDocument(frontmatter, { uniqueKeys: true, prettyErrors: false, strict: true });
  for (const error of doc.errors) {
    // Tags are reported below, by name, whether or not this parser knows them.
    if (error.code === 'TAG_RESOLVE_FAILED') continue;
    const message =
      error.code === 'DUPLICATE_KEY'
        ? 'a field is written twice. Keep one of them.'
        : `the frontmatter is not valid YAML (${error.message.split('\n')[0]}). Check the indentation and quotes.`;
    problems.push({ line: lineAt(error.pos[0]), message });
  }
  let field = '';
  visit(doc, (key, node) => {
    if (isPair(node) && isScalar(node.key)) field = String(node.key.value);
    if (isAlias(node)) {
      problems.push({
        line: lineAt(node.range?.[0]),
        message: 'YAML aliases (*name) are not allowed in frontmatter. Write the value out in full.',
      });
      return visit.SKIP;
    }
    if (!isNode(node)) return undefined;
    const line = lineAt(node.range?.[0]);
    if (node.anchor)
      problems.push({ line, message: 'YAML anchors (&name) are not allowed in frontmatter. Write each value out in full.' });
    if (node.tag && !PLAIN_TAGS.has(node.tag)) {
      const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      problems.push({ line, message: `the YAML tag ${tag} is not allowed. Write plain values: text, numbers, lists and dates.` });
    }
    // YAML reads 2026-02-31 as 3 March without a word; a date must be a real day.
    if (
      key === 'value' &&
      isScalar(node) &&
      typeof node.value === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(node.value) &&
      !isRealDate(node.value)
    ) {
      problems.push({
        line,
        message: `field "${field}": ${node.value} is not a real date. Write an existing day as YYYY-MM-DD.`,
        fatal: false,
      });
    }
    return undefined;
  });
  return problems;
}

/** Where an overlong string value sits, as `field` paths. */
function longValues(value: unknown, path: string, found: string[]): string[] {
  if (typeof value === 'string' && value.length > LIMITS.valueLength) found.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => longValues(v, `${path}[${i}]`, found));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) longValues(v, path ? `${path}.${k}` : k, found);
  }
  return found;
}

/** What the link graph needs of one page, from its parsed file. */
export function graphPage(
  collection: CollectionName,
  file: string,
  parsed: ContentFile,
  fields: [string, CollectionName][],
): GraphPage {
  const { data, body, bodyStartLine, frontmatter } = parsed;
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as unknown[]).map(String) : []);
  const references = fields.flatMap(([field, target]) =>
    list(field).map((id) => ({ url: pageUrl(target, id), line: frontmatterLine(frontmatter, field, id) })),
  );
  const organisations = Array.isArray(data['organisations'])
    ? (data['organisations'] as { name?: unknown; unnamed?: unknown }[])
        .filter((o) => o && !o.unnamed && typeof o.name === 'string')
        .map((o) => String(o.name))
    : [];
  return {
    url: pageUrl(collection, idOf(file)),
    file,
    body,
    bodyStartLine,
    references,
    questions: collection === 'questions' ? [idOf(file)] : list('questions'),
    themes: list('themes'),
    organisations,
  };
}

export interface ContentReport {
  problems: ContentProblem[];
  pages: number;
  mediaFiles: number;
  graph: LinkGraph;
  /** Milliseconds spent on the link graph alone (for the build log and benchmarks). */
  graphMs: number;
}

/** Checks every page and media file under `root`. */
export function checkContent(root: string): ContentReport {
  const problems: ContentProblem[] = [];
  const add = (file: string, line: number, column: number, message: string) => problems.push({ file, line, column, message });
  const graphPages: GraphPage[] = [];

  let folders: string[] = [];
  try {
    folders = readdirSync(join(root, CONTENT_DIR));
  } catch {
    add(CONTENT_DIR, 1, 1, 'the content folder is missing.');
  }
  for (const folder of folders) {
    if ((COLLECTIONS as readonly string[]).includes(folder)) continue;
    const kinds = COLLECTIONS.map((c) => `${CONTENT_DIR}/${c}/`).join(', ');
    const path = `${CONTENT_DIR}/${folder}`;
    const inside = statSync(join(root, path)).isDirectory()
      ? readdirSync(join(root, path)).map((name) => `${path}/${name}`)
      : [path];
    for (const file of inside) add(file, 1, 1, `is in ${path}/, which is not a kind of page. Pages go in one of: ${kinds}.`);
  }

  for (const collection of COLLECTIONS) {
    const fields = Object.entries(referenceFields(collection)) as [string, CollectionName][];
    let names: string[] = [];
    try {
      names = readdirSync(join(root, CONTENT_DIR, collection)).sort();
    } catch {
      continue;
    }
    const bySlug = new Map<string, string>();
    for (const name of names) {
      const file = `${CONTENT_DIR}/${collection}/${name}`;
      if (extname(name) !== '.mdx') {
        add(
          file,
          1,
          1,
          `is not a page: pages are .mdx files. Rename it to ${suggestSlug(name.replace(/\.[^.]*$/, '')) || 'page-name'}.mdx, or move it elsewhere (images go in public/media/).`,
        );
        continue;
      }
      const id = name.slice(0, -'.mdx'.length);
      if (!SLUG.test(id)) {
        add(
          file,
          1,
          1,
          `the file name "${id}" cannot be a page address: use lower-case letters a to z, digits and single hyphens only. Rename it to ${suggestSlug(id) || 'page-name'}.mdx.`,
        );
      }
      const key = suggestSlug(id);
      const twin = bySlug.get(key);
      if (twin) {
        // Blame the file whose name is not a proper address (About.mdx beside about.mdx), else the later one.
        const [offender, other] = SLUG.test(idOf(twin)) ? [file, twin] : [twin, file];
        add(offender, 1, 1, `has the same address as ${other}: two pages cannot share one. Rename or remove it.`);
      }
      bySlug.set(key, file);

      const size = statSync(join(root, file)).size;
      if (size > LIMITS.pageBytes) {
        add(
          file,
          1,
          1,
          `is ${Math.round(size / 1000)} kB; a page may be at most ${LIMITS.pageBytes / 1000} kB. Split it into shorter pages that link to each other.`,
        );
        continue;
      }
      const source = readFileSync(join(root, file), 'utf8');
      const yamlText = frontmatterParts(source)?.yaml;
      if (yamlText === undefined) {
        add(
          file,
          1,
          1,
          'has no frontmatter. A page starts with a block between two --- lines holding its title, summary and other fields.',
        );
        continue;
      }
      const unsafe = yamlProblems(yamlText);
      for (const p of unsafe) add(file, p.line, 1, p.message);
      // Unsafe YAML is not parsed further (an alias bomb would blow up); a bad date does not stop the other checks.
      if (unsafe.some((p) => p.fatal !== false)) continue;

      let parsed: ContentFile;
      try {
        parsed = splitFrontmatter(source);
      } catch (error) {
        const mark = (error as { mark?: { line?: number } }).mark;
        add(file, (mark?.line ?? 0) + 2, 1, `the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}.`);
        continue;
      }

      // Links to other pages are checked once, by the link graph below, which points at the exact line;
      // checking them here too would report each missing page twice.
      for (const problem of checkFrontmatter(collection, parsed.data, file)) {
        add(
          file,
          frontmatterLine(parsed.frontmatter, problem.at),
          1,
          problem.field ? `field "${problem.field}": ${problem.message}` : problem.message,
        );
      }
      for (const path of longValues(parsed.data, '', [])) {
        add(
          file,
          frontmatterLine(parsed.frontmatter, path.split(/[.[]/)[0] ?? ''),
          1,
          `field "${path}" is longer than ${LIMITS.valueLength} characters. Shorten it, or move the detail into the page text.`,
        );
      }

      if (!parsed.body.trim()) {
        add(file, parsed.bodyStartLine, 1, 'the page has no text below the frontmatter. Write the page, or delete the file.');
      } else {
        const { problems: guard, tree } = checkMdx(parsed.body);
        for (const p of guard) add(file, parsed.bodyStartLine + p.line - 1, p.column, `${p.construct}: ${p.message}`);
        if (tree && countImages(tree) > LIMITS.images) {
          add(
            file,
            parsed.bodyStartLine,
            1,
            `the page has ${countImages(tree)} images; at most ${LIMITS.images} are allowed. Keep the ones that matter most.`,
          );
        }
      }
      graphPages.push(graphPage(collection, file, parsed, fields));
    }
  }

  const started = performance.now();
  const graph = buildLinkGraph(graphPages, fixedRoutes());
  const graphMs = performance.now() - started;
  for (const broken of graph.broken) add(broken.file, broken.line, 1, broken.message);

  let mediaFiles = 0;
  for (const name of listMedia(join(root, MEDIA_DIR))) {
    mediaFiles += 1;
    const file = `${MEDIA_DIR}/${name}`;
    for (const message of checkMediaFile(name, readFileSync(join(root, file)))) add(file, 1, 1, message);
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { problems, pages: graphPages.length, mediaFiles, graph, graphMs };
}

function listMedia(dir: string, prefix = ''): string[] {
  let entries: string[];
  try {
    entries = readdirSync(join(dir, prefix));
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, path)).isDirectory() ? listMedia(dir, path) : [path];
  });
}

/** Problems as `file:line:column message` lines, or as GitHub workflow annotations. */
export function formatContentProblems(problems: readonly ContentProblem[], githubActions = false): string {
  if (githubActions) {
    const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    return problems.map((p) => `::error file=${p.file},line=${p.line},col=${p.column}::${escape(p.message)}`).join('\n');
  }
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`).join('\n');
}
