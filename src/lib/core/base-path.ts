/**
 * The path the site is published under, and the files every page may load: the part of the site's addresses
 * that the browser's scripts need too, so it stays small (src/lib/content/routes.ts has the rest and re-exports this).
 */

/** What a base path may be: "/" or "/" and path segments of letters, digits, ".", "_", "~" and "-", ending in "/". */
const BASE_SHAPE = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;

/**
 * The path the site is published under, from the environment variable BASE_PATH: empty or "/" at a domain's root,
 * "/handbook/" under GitHub Pages' project address `https://<owner>.github.io/handbook/`. Astro's `base`
 * (astro.config.mjs) reads it here too. Written "handbook", "/handbook" or "/handbook/" alike.
 */
export function basePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim();
  const base = `/${trimmed.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  if (!BASE_SHAPE.test(base) || base.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new Error(
      `BASE_PATH="${trimmed}" is not a path the site can be published under. Write the path after the domain, such as /handbook/, or leave BASE_PATH empty for the domain's root.`,
    );
  }
  return base;
}

/**
 * The base of this build. In Node (the checker, Astro's build, the build's own steps) it is read from BASE_PATH; in
 * the browser, where there is no environment, Vite has written the build's base in place of
 * `import.meta.env.BASE_URL` (https://vite.dev/guide/env-and-mode).
 */
export const BASE = basePath(
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env['BASE_PATH'] ??
    (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL,
);

/** A path from the site's root (`/practices/x/`) as the address readers use: `/handbook/practices/x/` under a base. */
export function withBase(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? `${BASE}${path.slice(1)}` : path;
}

/** An address of this site back to its path from the site's root, as files are laid out in `dist/`. */
export function sitePath(address: string): string {
  return address.startsWith(BASE) ? `/${address.slice(BASE.length)}` : address;
}

export const based = <T extends Record<string, string>>(paths: T) =>
  Object.fromEntries(Object.entries(paths).map(([key, path]) => [key, withBase(path)])) as { [K in keyof T]: string };

/** Files the build writes besides pages: the sitemap, the whole handbook as a PDF, the search index, the icon. */
export const FILES = based({
  sitemap: '/sitemap-index.xml',
  pdf: '/handbook.pdf',
  curationData: '/curation.json',
  pagefind: '/pagefind/pagefind.js',
  icon: '/favicon.svg',
});
