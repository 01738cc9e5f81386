/**
 * The addresses a page may point at, as an allow-list: one definition read by the content guard, the
 * editor's preview and the schema of source addresses. A link goes to a handbook page (`/…` or `#…`), a
 * secure web page (`https:`), an e-mail address (`mailto:`) or a telephone number (`tel:`); an image is a
 * file of the handbook's own media folder. Anything else is refused, so a new trick fails by default.
 * Nothing is resolved relative to the page: MDX turns a relative image path into a module import, which
 * can read files of the build machine or run an installed module.
 */
import { repositoryUrl, site } from '../../site.config';
import { WORDS } from '../core/slug';

/** Where pages' images live in the repository, and the address they are served at. */
export const MEDIA_DIR = 'public/media';
export const MEDIA_URL = '/media/';

/** Picture types a page may show, by file extension. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg'] as const;

/** A media file name: lower-case words joined by hyphens, and a picture extension. */
const MEDIA_NAME = new RegExp(`^${WORDS}\\.(?:${IMAGE_EXTENSIONS.join('|')})$`);

/** The schemes a link may use, with what each is for (for messages). */
export const LINK_SCHEMES: Record<string, string> = {
  https: 'a web page',
  mailto: 'an e-mail address',
  tel: 'a telephone number',
};

const PAGE_EXAMPLE = '/practices/page-name/';

/**
 * Hosts readers trust as the handbook's own: the site's, GitHub's (where contributors sign in and the repository
 * lives) and GitHub Pages' address of the repository's owner. A link to one of them, or to a subdomain of one, is
 * what it says; a link to a host that holds one as a run of its labels without being it
 * (`equitable-collaboration.org.uk.evil.example`) is a look-alike.
 */
const OWN_HOSTS = [
  new URL(site.url).hostname,
  new URL(repositoryUrl).hostname,
  `${site.repository.split('/')[0]!.toLowerCase()}.github.io`,
];

/** The trusted host `hostname` imitates, or undefined when it imitates none. */
export function lookAlikeOf(hostname: string): string | undefined {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  const host = labels.join('.');
  for (const own of OWN_HOSTS) {
    if (host === own || host.endsWith(`.${own}`)) continue;
    const ownLabels = own.split('.');
    for (let i = 0; i + ownLabels.length <= labels.length; i++) {
      if (ownLabels.every((label, j) => labels[i + j] === label)) return own;
    }
  }
  return undefined;
}

/** Why an https address is not acceptable, or undefined. Parsed as a browser would, never by pattern. */
export function webAddressProblem(address: string): string | undefined {
  if (!URL.canParse(address))
    return `"${shorten(address)}" is not a complete web address. Copy it from the browser's address bar.`;
  const url = new URL(address);
  if (url.protocol !== 'https:') return `"${shorten(address)}" must start with https:// (secure web addresses only).`;
  if (url.username || url.password) {
    return `"${shorten(address)}" hides its real destination: the part before "@" is a user name, and the site is ${url.hostname}. Write the address of the page itself.`;
  }
  if (!url.hostname.includes('.')) return `"${shorten(address)}" has no proper site name.`;
  const imitated = lookAlikeOf(url.hostname);
  if (imitated) {
    return `"${shorten(address)}" goes to ${url.hostname}, which is not ${imitated} but looks like it. Link to ${imitated} itself, or to the site the address really belongs to.`;
  }
  return undefined;
}

/**
 * Why a link target is not allowed, or undefined. Handbook pages are written from the site's root
 * (`/case-studies/name/`, optionally `#section`), or as `#section` on the same page.
 */
export function linkProblem(address: string): string | undefined {
  if (/[\s\\\u0000-\u001f\u007f]/.test(address)) {
    return `the address "${shorten(address)}" contains spaces, backslashes or control characters. Write it without them.`;
  }
  if (address.startsWith('#')) return undefined;
  if (address.startsWith('/') && !address.startsWith('//')) {
    if (address.startsWith(MEDIA_URL)) {
      return `pages cannot link to files in ${MEDIA_URL}. Show a picture with ![what it shows](${MEDIA_URL}file-name.png), and link to documents where they are published.`;
    }
    return undefined;
  }
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(address)?.[1]?.toLowerCase();
  if (scheme === 'https') return webAddressProblem(address);
  if (scheme === 'mailto' || scheme === 'tel') return undefined;
  if (scheme === 'http') return `"${shorten(address)}" is not secure: write https:// instead of http://.`;
  const allowed = Object.entries(LINK_SCHEMES)
    .map(([name, what]) => `${name}: for ${what}`)
    .join(', ');
  if (scheme)
    return `"${scheme}:" addresses are not allowed. Links may use ${allowed}, or a handbook page such as ${PAGE_EXAMPLE}.`;
  return `"${shorten(address)}" is a relative address. Link to handbook pages from the site's root, such as ${PAGE_EXAMPLE}, or to the web with https://.`;
}

/**
 * Why an image address is not allowed, or undefined. `mediaFiles` holds the names of the files in the
 * media folder; an image must be one of them.
 */
export function imageProblem(address: string, mediaFiles: ReadonlySet<string>): string | undefined {
  const example = `![what the picture shows](${MEDIA_URL}file-name.png)`;
  if (!address.startsWith(MEDIA_URL)) {
    return `images must be files in ${MEDIA_DIR}/, shown as ${example}, so that no other site learns who reads the page. "${shorten(address)}" is not.`;
  }
  const name = address.slice(MEDIA_URL.length);
  if (!MEDIA_NAME.test(name)) {
    return `"${shorten(address)}" is not a media file name: use lower-case letters, digits and hyphens, ending in .${IMAGE_EXTENSIONS.join(', .')}.`;
  }
  if (!mediaFiles.has(name))
    return `shows ${address}, but there is no file ${MEDIA_DIR}/${name}. Add the file or correct the name.`;
  return undefined;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
