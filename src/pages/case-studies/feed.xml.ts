import type { APIRoute } from 'astro';
import { atomFeed } from '../../lib/atom';
import { feedEntries } from '../../data/feeds';
import { feedUrl, indexUrl } from '../../lib/routes';
import { site as settings } from '../../site.config';

/** New case studies, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL(settings.url);
  const body = atomFeed({
    title: `${settings.title}: new case studies`,
    subtitle: 'Real collaborations, added by the community.',
    url: new URL(feedUrl('case-studies'), base).href,
    siteUrl: new URL(indexUrl('case-studies'), base).href,
    entries: await feedEntries(base, 'case-studies'),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
