/** The editor's logo, built at build time from the site's icon and title (cms-config/editor-logo.ts). */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { editorLogo } from '../../../cms-config/editor-logo';
import { site } from '../../site.config';

export const GET: APIRoute = () =>
  new Response(editorLogo(site.title, readFileSync('public/favicon.svg', 'utf8')), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
