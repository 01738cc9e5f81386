import type { APIRoute } from 'astro';
import { FILES, UNLISTED } from '../lib/content/routes';
import { site } from '../site.config';

/** Where search engines find the sitemap, at the site's own address; the editor is no page for them. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: ${UNLISTED.editor}\nSitemap: ${new URL(FILES.sitemap, site.url).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
