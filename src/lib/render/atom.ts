/**
 * Atom feeds (RFC 4287) of the handbook's pages, so readers can follow new and changed pages in a feed reader.
 */

export interface FeedEntry {
  title: string;
  /** The page's full address. */
  url: string;
  /** When the page last changed. */
  updated: Date;
  /** When the page was first published, where known. */
  published?: Date | undefined;
  summary: string;
  authors: string[];
}

export interface Feed {
  title: string;
  subtitle: string;
  /** The feed's own full address (also its id). */
  url: string;
  /** The page the feed belongs to. */
  siteUrl: string;
  entries: FeedEntry[];
}

/**
 * Characters XML 1.0 may not hold at all, even escaped (https://www.w3.org/TR/xml/#charsets): control characters,
 * lone surrogates, U+FFFE and U+FFFF. Text from git (an editor's name) or a page may carry one; it becomes U+FFFD.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function escape(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The feed as XML. Its `updated` is the newest entry's (a feed must not change when nothing did). */
export function atomFeed(feed: Feed): string {
  const updated = feed.entries.reduce((newest, e) => (e.updated > newest ? e.updated : newest), new Date(0));
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <title>${escape(entry.title)}</title>`,
      `    <link href="${escape(entry.url)}"/>`,
      `    <id>${escape(entry.url)}</id>`,
      `    <updated>${entry.updated.toISOString()}</updated>`,
      entry.published ? `    <published>${entry.published.toISOString()}</published>` : '',
      ...entry.authors.map((name) => `    <author><name>${escape(name)}</name></author>`),
      `    <summary>${escape(entry.summary)}</summary>`,
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escape(feed.title)}</title>`,
    `  <subtitle>${escape(feed.subtitle)}</subtitle>`,
    `  <link rel="self" href="${escape(feed.url)}"/>`,
    `  <link href="${escape(feed.siteUrl)}"/>`,
    `  <id>${escape(feed.url)}</id>`,
    `  <updated>${updated.toISOString()}</updated>`,
    // Atom requires an author for the feed when an entry has none.
    '  <author><name>The handbook community</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
