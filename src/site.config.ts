/**
 * Site-wide settings in one place: the site's address and the repository its pages live in.
 * The editor, the "Edit this page" links and the sitemap all read from here.
 */
export const site = {
  /** The handbook's name, shown in the header and page titles. */
  title: 'Equitable Collaboration Handbook',
  /** One sentence for the home page, search engines and link previews. */
  description: 'A community-owned, open handbook of equitable collaboration for UK charities, funders and public services.',
  /** The public address of the built site, used for the sitemap and canonical links. */
  url: 'https://equitable-collaboration.org.uk',
  /** The GitHub repository holding the handbook, as owner/name. */
  repository: 'equitable-collaboration/handbook',
  /** The branch pages are published from. */
  branch: 'main',
  /**
   * Where readers discuss a page: "discussions" (GitHub Discussions, which the repository must have
   * switched on, in the category below) or "issues" (GitHub issues).
   */
  discuss: 'discussions' as 'discussions' | 'issues',
  /** The GitHub Discussions category for page discussions. */
  discussionCategory: 'pages',
  /** The language of the pages. */
  lang: 'en-GB',
} as const;

/** The repository's address on GitHub. */
export const repositoryUrl = `https://github.com/${site.repository}`;
