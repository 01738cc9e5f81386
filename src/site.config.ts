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
  /**
   * The online editor at /admin/ (Decap CMS) signs contributors in with GitHub. A browser cannot finish a
   * GitHub sign-in alone (it would need the OAuth app's secret), so a small relay does it: the editor opens
   * `<authBaseUrl>/<authEndpoint>` in a pop-up, the relay sends the contributor to GitHub and hands the
   * token back. Set both to where your relay runs; cms-config/README.md explains how to set one up.
   */
  editorAuth: {
    /** The address of the OAuth relay, without a trailing slash. Here a serverless function beside the site. */
    baseUrl: 'https://equitable-collaboration.org.uk',
    /** The relay's path that starts a sign-in, without a leading slash. */
    endpoint: 'api/auth',
  },
} as const;

/** The repository's address on GitHub. */
export const repositoryUrl = `https://github.com/${site.repository}`;
