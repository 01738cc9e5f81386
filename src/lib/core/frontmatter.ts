/**
 * Splits a content file into its YAML frontmatter and body exactly as Astro does: the checker calls Astro's
 * own parser (`@astrojs/internal-helpers/frontmatter`, the function Astro's content loader and its MDX
 * compiler both call), so a page cannot hide text from the checker behind a fence the two read differently.
 * Astro also accepts fences the handbook does not (TOML `+++`, blank lines before the first fence, text after
 * the closing `---` on the same line); `fenceProblem` names those so the checker can refuse them.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

export interface ContentFile {
  /** The parsed frontmatter; an empty object when the file has none. */
  data: Record<string, unknown>;
  /** Everything after the closing `---` line. */
  body: string;
  /** The line number (1-based) where the body starts, so body problems can point at lines. */
  bodyStartLine: number;
  /** The frontmatter as written (without its fences), so problems in it can point at lines; it starts on line 2. */
  frontmatter: string;
  /**
   * The text Astro compiles as MDX: the whole file with the frontmatter blanked out by spaces, so that
   * positions in it are positions in the file.
   */
  source: string;
}

/** The exact opening a page starts with, so every page reads the same to Astro, the checker and the editor. */
const OPENING = /^\uFEFF?---\r?\n/;

/** The frontmatter's text, or undefined when the file has none that Astro would read. */
export function frontmatterText(source: string): string | undefined {
  return extractFrontmatter(source);
}

/**
 * Why the file's fences are not the plain form (`---` alone on the first line, `---` alone on the line that
 * ends the frontmatter), or undefined when they are. Only asked of files Astro finds frontmatter in.
 */
export function fenceProblem(source: string): string | undefined {
  const raw = extractFrontmatter(source);
  if (raw === undefined) return undefined;
  if (!OPENING.test(source)) {
    return 'the frontmatter must start on the very first line with --- alone on it (no blank lines before it, and not +++).';
  }
  const end = source.indexOf(raw) + raw.length;
  const closing = source.slice(end, end + 5);
  if (!/^---(?:\r?\n|$)/.test(closing)) {
    return 'the line that ends the frontmatter must be exactly --- with nothing else on it. Astro ends the frontmatter at the first line starting with ---, so put any other text below that line.';
  }
  return undefined;
}

/**
 * The frontmatter's YAML text and everything after its closing `---` line, as Astro splits them, without
 * parsing the YAML; undefined when there is none.
 */
export function frontmatterParts(source: string): { yaml: string; rest: string } | undefined {
  const raw = extractFrontmatter(source);
  if (raw === undefined) return undefined;
  const afterFence = source.indexOf(raw) + raw.length + 3;
  return {
    yaml: raw.replace(/^\r?\n/, '').replace(/\r?\n$/, ''),
    rest: source.slice(afterFence).replace(/^[^\n]*\n?/, ''),
  };
}

export function splitFrontmatter(source: string): ContentFile {
  const parts = frontmatterParts(source);
  if (!parts) return { data: {}, body: source, bodyStartLine: 1, frontmatter: '', source };
  const parsed = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  const data = parsed.frontmatter as Record<string, unknown>;
  return {
    data: data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {},
    body: parts.rest,
    bodyStartLine: source.slice(0, source.length - parts.rest.length).split('\n').length,
    frontmatter: parts.yaml,
    source: parsed.content,
  };
}

/**
 * The file line (1-based) where a frontmatter field, or one value in it, is written: the line of
 * `key:` or, given a value, of the first line from there on that contains it. Falls back to the
 * key's line, or the first line of the frontmatter when the key is not found.
 */
export function frontmatterLine(frontmatter: string, key: string, value?: string): number {
  const lines = frontmatter.split('\n');
  const keyAt = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (keyAt < 0) return 2;
  if (value !== undefined) {
    for (let i = keyAt; i < lines.length; i++) {
      if (i > keyAt && /^\S/.test(lines[i]!)) break; // The next top-level field.
      if (lines[i]!.includes(value)) return i + 2;
    }
  }
  return keyAt + 2;
}
