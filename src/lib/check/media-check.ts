/**
 * Checks on the files contributors upload for pages to show (public/media/): the name must be a plain
 * file name, the type a picture the handbook serves, the bytes what the extension claims, and an SVG
 * drawing only (src/lib/core/svg-check.ts). Documents are not uploaded: pages link to where they are published.
 */
import { IMAGE_EXTENSIONS } from '../content/addresses';
import { isSlug, slugify } from '../core/slug';
import { svgProblems } from '../core/svg-check';

/** Largest media file: big enough for a clear photo, small enough for a phone on a slow connection. */
export const MAX_MEDIA_BYTES = 2_000_000;

/** The first bytes each picture type starts with. */
const SIGNATURES: Record<(typeof IMAGE_EXTENSIONS)[number], (bytes: Uint8Array) => boolean> = {
  png: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  gif: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38,
  webp: (b) => String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP',
  // An SVG is text; what it may hold is checked in full by svgProblems.
  svg: () => true,
};

/** Every problem with one media file, given its name in the media folder and its bytes. */
export function checkMediaFile(name: string, bytes: Uint8Array): string[] {
  const extension = name.slice(name.lastIndexOf('.') + 1);
  const signature = Object.hasOwn(SIGNATURES, extension) ? SIGNATURES[extension as keyof typeof SIGNATURES] : undefined;
  if (!signature || !name.includes('.')) {
    return [
      `is not a picture type the handbook serves. Use one of: ${IMAGE_EXTENSIONS.join(', ')} (link to documents where they are published instead of uploading them).`,
    ];
  }
  const problems: string[] = [];
  const stem = name.slice(0, name.lastIndexOf('.'));
  if (!isSlug(stem)) {
    problems.push(
      `the file name "${name}" must be lower-case letters a to z, digits and hyphens. Rename it, for example to ${slugify(stem)}.${extension}.`,
    );
  }
  if (bytes.length > MAX_MEDIA_BYTES) {
    problems.push(
      `is ${(bytes.length / 1e6).toFixed(1)} MB; media files may be at most ${MAX_MEDIA_BYTES / 1e6} MB. Make it smaller.`,
    );
    return problems;
  }
  if (!signature(bytes)) {
    problems.push(
      `is named .${extension} but its contents are not a ${extension.toUpperCase()} file. Save it again in the right format, or give it the right extension.`,
    );
  } else if (extension === 'svg') problems.push(...svgProblems(bytes));
  return problems;
}
