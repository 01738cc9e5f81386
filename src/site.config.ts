/**
 * Site-wide settings in one place: the site's address and the repository its pages live in.
 * The editor, the "Edit this page" links and the sitemap all read from here.
 */
/** SITE_URL when a build sets it (an https origin, nothing after the host), else the handbook's own address. */
function siteUrl(fallback: string): string {
  const value = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env['SITE_URL']?.trim();
  if (!value) return fallback;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || url.protocol !== 'https:' || url.origin !== value.replace(/\/$/, '')) {
    throw new Error(`SITE_URL="${value}" must be the site's https address without a path, such as https://owner.github.io.`);
  }
  return url.origin;
}

export const site = {
  /**
   * Where anyone can write to the curating cohort without an account: for proposals, accessibility problems and
   * conduct reports. Named in CONTRIBUTING.md, CODE_OF_CONDUCT.md, SECURITY.md, the contributor guide and the
   * accessibility statement (tests/unit/contact.test.ts checks each names this one).
   */
  contact: 'hello@equitable-collaboration.org.uk',
  /**
   * The curating cohort's GitHub accounts: the only people a page's `owner` may name (besides a team that
   * .github/CODEOWNERS names), because the weekly review reminder mentions and assigns each page's owner.
   */
  curators: [] as readonly string[],
  /** The handbook's name, shown in the header and page titles. */
  title: 'Equitable Collaboration Handbook',
  /** One sentence for the home page, search engines and link previews. */
  description: 'A community-owned, open handbook of equitable collaboration for UK charities, funders and public services.',
  /**
   * The public address of the built site (its origin, without the base path), used for the sitemap, canonical links
   * and feeds. A build may set another with the environment variable SITE_URL: GitHub Pages' deployment sets its own
   * (https://<owner>.github.io) until the handbook has a domain (README.md, "Publishing the handbook").
   */
  url: siteUrl('https://equitable-collaboration.org.uk'),
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
  /**
   * The licence of the pages' text (everything in content/): anyone may copy and adapt it, crediting the page
   * as the footer of each page says and sharing their version under the same licence. The code is under the
   * MIT licence (LICENSE).
   */
  contentLicence: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  /** The language of the pages. */
  lang: 'en-GB',
  /**
   * The online editor at /admin/ (Decap CMS) signs contributors in with GitHub. A browser cannot finish a
   * GitHub sign-in alone (it would need the OAuth app's secret), so a small relay does it
   * (cms-config/oauth-relay/): the editor opens `<baseUrl>/<endpoint>` in a pop-up, the relay sends the
   * contributor to GitHub, GitHub sends them back to `<baseUrl>/<callback>`, and the relay hands the token
   * to the editor. cms-config/README.md explains how to set one up.
   */
  proposals: {
    /**
     * The proposals endpoint's origin (cms-config/proposals/): where the "Suggest a change" and "Propose a page" forms
     * live, for people without a GitHub account. Here it runs beside the site, as a Netlify Function; a Cloudflare
     * Worker's own address otherwise (cms-config/proposals/README.md).
     */
    baseUrl: 'https://equitable-collaboration.org.uk',
    /** The path of the "Suggest a change" form, without a leading slash; `?page=<address>` fills in the page. */
    suggest: 'api/suggest',
    /** The path of the "Propose a page" form. */
    propose: 'api/propose',
  },
  editorAuth: {
    /**
     * The relay's origin: scheme, host and port only, no path or trailing slash. Decap accepts the pop-up's
     * messages only from exactly this origin (`handshakeCallback` in
     * https://github.com/decaporg/decap-cms/blob/main/packages/decap-cms-lib-auth/src/netlify-auth.js).
     * Here the relay runs beside the site.
     */
    baseUrl: 'https://equitable-collaboration.org.uk',
    /** The relay's path that starts a sign-in, without a leading slash. */
    endpoint: 'api/auth',
    /** The relay's path GitHub sends the contributor back to: the OAuth app's callback URL is `<baseUrl>/<callback>`. */
    callback: 'api/callback',
  },
} as const;

/** The repository's address on GitHub. */
export const repositoryUrl = `https://github.com/${site.repository}`;
