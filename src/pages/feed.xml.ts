import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/atom';
import { feedEntries } from '../data/feeds';
import { feedUrl } from '../lib/routes';
import { site as settings } from '../site.config';

/** New and updated pages, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL(settings.url);
  const body = atomFeed({
    title: `${settings.title}: new and updated pages`,
    subtitle: settings.description,
    url: new URL(feedUrl(), base).href,
    siteUrl: base.href,
    entries: await feedEntries(base),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
