/**
 * Splits a content file into its YAML frontmatter and body, the way Astro reads it
 * (same js-yaml parser, same `---` fences), for checks that run without a build.
 */
import yaml from 'js-yaml';

export interface ContentFile {
  /** The parsed frontmatter; an empty object when the file has none. */
  data: Record<string, unknown>;
  /** Everything after the closing `---`. */
  body: string;
  /** The line number (1-based) where the body starts, so body problems can point at lines. */
  bodyStartLine: number;
  /** The frontmatter as written (without its fences), so problems in it can point at lines; it starts on line 2. */
  frontmatter: string;
}

const FENCED = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The frontmatter's YAML text and everything after its closing `---` line, or undefined when there is none. */
export function frontmatterParts(source: string): { yaml: string; rest: string } | undefined {
  const match = FENCED.exec(source);
  return match ? { yaml: match[1] ?? '', rest: source.slice(match[0].length) } : undefined;
}

export function splitFrontmatter(source: string): ContentFile {
  const match = FENCED.exec(source);
  if (!match) return { data: {}, body: source, bodyStartLine: 1, frontmatter: '' };
  const parsed = yaml.load(match[1] ?? '');
  const data = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return {
    data,
    body: source.slice(match[0].length),
    bodyStartLine: match[0].split('\n').length,
    frontmatter: match[1] ?? '',
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
