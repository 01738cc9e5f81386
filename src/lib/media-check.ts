/**
 * Checks on files contributors upload for pages (images and documents in public/media/): the type
 * must be one the handbook serves, the bytes must be what the extension claims, and an SVG, which is
 * a document that can carry code, must hold a picture only.
 */

/** Where pages' images and documents live; served at /media/. */
export const MEDIA_DIR = 'public/media';

/** Largest media file: big enough for a clear photo, small enough for a phone on a slow connection. */
export const MAX_MEDIA_BYTES = 2_000_000;

/** The first bytes each type starts with. */
const SIGNATURES: Record<string, (bytes: Uint8Array) => boolean> = {
  png: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  gif: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38,
  webp: (b) => String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP',
  pdf: (b) => String.fromCharCode(...b.slice(0, 5)) === '%PDF-',
  svg: (b) =>
    /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(new TextDecoder().decode(b.slice(0, 2048))),
};
const ALIASES: Record<string, string> = { jpeg: 'jpg' };

/** Things an SVG must not contain: they run code or load other documents. */
const SVG_DANGERS: [RegExp, string][] = [
  [/<script[\s>]/i, 'a <script>'],
  [/\son[a-z]+\s*=/i, 'an event handler (on…=)'],
  [/(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i, 'a javascript:, vbscript: or data: link'],
  [/&#x?0*(?:106|6a);/i, 'an encoded "j" (an attempt to hide javascript:)'],
  [/<foreignObject[\s>]/i, 'a <foreignObject> (embedded HTML)'],
  [/<(?:iframe|embed|object)[\s>]/i, 'an embedded document'],
];

/** Every problem with one media file, given its path under the media folder and its bytes. */
export function checkMediaFile(name: string, bytes: Uint8Array): string[] {
  const raw = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  const type = ALIASES[raw] ?? raw;
  const signature = SIGNATURES[type];
  if (!signature || !name.includes('.')) {
    return [
      `is not a type the handbook serves. Use one of: ${Object.keys(SIGNATURES).join(', ')} (for other documents, link to where they are published).`,
    ];
  }
  const problems: string[] = [];
  if (bytes.length > MAX_MEDIA_BYTES)
    problems.push(
      `is ${(bytes.length / 1e6).toFixed(1)} MB; media files may be at most ${MAX_MEDIA_BYTES / 1e6} MB. Make it smaller.`,
    );
  if (!signature(bytes))
    problems.push(
      `is named .${raw} but its contents are not a ${type.toUpperCase()} file. Save it again in the right format, or give it the right extension.`,
    );
  else if (type === 'svg') {
    const text = new TextDecoder().decode(bytes);
    for (const [pattern, what] of SVG_DANGERS)
      if (pattern.test(text))
        problems.push(
          `contains ${what}, which could run code in readers' browsers. Export the picture again as a plain SVG, or as PNG.`,
        );
  }
  return problems;
}
