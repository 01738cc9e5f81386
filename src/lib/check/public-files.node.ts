/**
 * Everything in public/ is served as it is, on the site's own origin, where the editor keeps a contributor's
 * GitHub token: an HTML or script file there could read it. So public/ holds the handbook's own few files,
 * listed here, and the media folder, whose every file is checked (src/lib/check/media-check.ts). Nothing else is
 * published, and no symbolic link anywhere (one could publish a file of the build machine).
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MEDIA_DIR } from '../content/addresses';
import { checkMediaFile, MAX_MEDIA_BYTES } from './media-check';
import { svgProblems } from '../core/svg-check';

/** The files of public/ outside the media folder, each with why it is there. */
export const PUBLIC_FILES: Record<string, string> = {
  _headers: 'response headers for hosts that read them (Netlify, Cloudflare Pages)',
  'favicon.svg': 'the icon browsers show beside the page title',
};

export interface FileProblem {
  /** Relative to the project. */
  file: string;
  message: string;
}

export interface PublicFolder {
  problems: FileProblem[];
  /** The names of the media files, which pages may show as images. */
  mediaFiles: Set<string>;
}

/** What lstat says of a path, or undefined when it does not exist. */
function kindOf(path: string): 'file' | 'folder' | 'link' | 'other' | undefined {
  try {
    const stat = lstatSync(path);
    return stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';
  } catch {
    return undefined;
  }
}

/** The message for a symbolic link, wherever it is. */
export const LINK_MESSAGE =
  'is a symbolic link. Links are not allowed in the handbook (one could publish a file from the computer that builds the site); put the file itself here.';

/** Checks every file under public/ of the project at `root`. */
export function checkPublicFolder(root: string): PublicFolder {
  const problems: FileProblem[] = [];
  const mediaFiles = new Set<string>();
  const mediaName = MEDIA_DIR.slice('public/'.length);
  let names: string[] = [];
  try {
    names = readdirSync(join(root, 'public')).sort();
  } catch {
    // A handbook without public files is fine.
  }
  for (const name of names) {
    const file = `public/${name}`;
    const kind = kindOf(join(root, file));
    if (kind === 'link') problems.push({ file, message: LINK_MESSAGE });
    else if (name === mediaName && kind === 'folder') checkMediaFolder(root, problems, mediaFiles);
    else if (!Object.hasOwn(PUBLIC_FILES, name) || kind !== 'file') {
      problems.push({
        file,
        message: `is not one of the files public/ may hold (${Object.keys(PUBLIC_FILES).join(', ')}, and pictures in ${MEDIA_DIR}/). Remove it; pictures go in ${MEDIA_DIR}/.`,
      });
    } else if (name.endsWith('.svg')) {
      for (const message of svgProblems(readFileSync(join(root, file)))) problems.push({ file, message });
    }
  }
  return { problems, mediaFiles };
}

function checkMediaFolder(root: string, problems: FileProblem[], mediaFiles: Set<string>) {
  for (const name of readdirSync(join(root, MEDIA_DIR)).sort()) {
    const file = `${MEDIA_DIR}/${name}`;
    const kind = kindOf(join(root, file));
    if (kind === 'link') problems.push({ file, message: LINK_MESSAGE });
    else if (kind !== 'file')
      problems.push({ file, message: `is not a file. ${MEDIA_DIR}/ holds pictures only, with no folders inside.` });
    else {
      // Read no more than the limit needs: a huge upload is refused by its size alone.
      const bytes =
        lstatSync(join(root, file)).size > MAX_MEDIA_BYTES ? new Uint8Array(MAX_MEDIA_BYTES + 1) : readFileSync(join(root, file));
      for (const message of checkMediaFile(name, bytes)) problems.push({ file, message });
      mediaFiles.add(name);
    }
  }
}
