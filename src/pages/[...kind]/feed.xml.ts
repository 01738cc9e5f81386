import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed } from '../../lib/render/atom';
import { feedEntries } from '../../data/feeds';
import { feedUrl, indexUrl, ROUTES } from '../../lib/content/routes';
import { site as settings } from '../../site.config';

/** The Atom feeds, newest first: new and updated pages across the handbook at /feed.xml, new case studies alone. */
const FEEDS = [
  { kind: undefined, title: 'new and updated pages', subtitle: settings.description },
  { kind: 'case-studies', title: 'new case studies', subtitle: 'Real collaborations, added by the community.' },
] as const;

export const getStaticPaths = (() =>
  FEEDS.map((feed) => ({ params: { kind: feed.kind }, props: feed }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const { kind, title, subtitle } = props as (typeof FEEDS)[number];
  const base = site ?? new URL(settings.url);
  const body = atomFeed({
    title: `${settings.title}: ${title}`,
    subtitle,
    url: new URL(feedUrl(kind), base).href,
    siteUrl: new URL(kind ? indexUrl(kind) : ROUTES.home, base).href,
    entries: await feedEntries(base, kind),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
