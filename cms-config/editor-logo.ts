/**
 * The editor's logo, on its sign-in screen and in its header (Decap's `logo`): the handbook's own icon
 * (public/favicon.svg) beside its name, so a contributor arriving at /admin/ sees whose editor it is rather
 * than Decap's. Built from the icon and the title, so it changes with them. Served at /admin/logo.svg by
 * src/pages/admin/logo.svg.ts.
 */
import { UNLISTED } from '../src/lib/content/routes';

/** Where the logo is served, for the editor's configuration. */
export const EDITOR_LOGO_PATH = `${UNLISTED.editor}logo.svg`;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The title in two lines of about equal length, broken at a space: a wordmark a narrow header can hold. */
export function titleLines(title: string): [string] | [string, string] {
  const words = title.split(' ');
  if (words.length < 2) return [title];
  let best = 1;
  for (let i = 1; i < words.length; i++) {
    const gap = (cut: number) => Math.abs(words.slice(0, cut).join(' ').length - words.slice(cut).join(' ').length);
    if (gap(i) < gap(best)) best = i;
  }
  return [words.slice(0, best).join(' '), words.slice(best).join(' ')];
}

/** The logo as an SVG document: `icon` (the favicon's SVG text) on the left, `title` beside it. */
export function editorLogo(title: string, icon: string): string {
  const match = /<svg\b([^>]*)>([\s\S]*)<\/svg>\s*$/.exec(icon);
  const viewBox = match && /\bviewBox="([^"]+)"/.exec(match[1] ?? '')?.[1];
  if (!match || !viewBox) throw new Error('public/favicon.svg should be one <svg> element with a viewBox.');
  const lines = titleLines(title);
  const longest = Math.max(...lines.map((line) => line.length));
  // About 0.6 em per letter of a bold system font: room for the longest line, with a margin.
  const width = Math.ceil(72 + longest * 13.5);
  const text = lines
    .map((line, i) => `<text x="72" y="${lines.length === 1 ? 40 : 28 + i * 26}">${escape(line)}</text>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 64" width="${width}" height="64">`,
    `<title>${escape(title)}</title>`,
    `<svg x="0" y="0" width="64" height="64" viewBox="${viewBox}">${match[2]}</svg>`,
    `<g font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="22" font-weight="700" fill="#1d1f1c">${text}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
