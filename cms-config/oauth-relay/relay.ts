/**
 * The editor's GitHub sign-in relay: one handler from a Web `Request` to a `Response`, which the adapters
 * beside it run as a Netlify Function (netlify/oauth-relay.ts) or a Cloudflare Worker (worker.ts).
 *
 * A browser cannot finish a GitHub sign-in alone: swapping GitHub's code for a token needs the OAuth app's
 * secret. So Decap's GitHub backend opens `<baseUrl>/<endpoint>` in a pop-up, and this relay
 * 1. at `/api/auth`: sends the contributor to GitHub, asking for `public_repo` only, with a random `state`
 *    that it also keeps in an HttpOnly cookie;
 * 2. at `/api/callback`: checks that GitHub sent back the same `state` (so nobody can slip their own sign-in
 *    into a contributor's browser), forgets it (so the address cannot be used twice), swaps the code for a
 *    token, and answers with a page that hands the token to the editor's window only if that window is the
 *    handbook's own (relay-page.ts).
 * Anything else gets a page saying, in plain words, what went wrong and what to do.
 *
 * Why not a package: none we found fits. arctic (an OAuth client library) hard-codes github.com, so it could
 * not be tested against a fake GitHub; astro-decap-cms-oauth needs server rendering, checks no `state`, asks
 * for `repo,user` and posts the token to whichever page asks; netlify-cms-oauth-provider-node runs on Node
 * only. What this relay needs is small: two routes and one page.
 */
import { site } from '../../src/site.config';
import { pageHtml, pagePolicy, type PageData, type PageText } from './relay-page';

/** The provider Decap names in its messages, and the only one this relay serves. */
const PROVIDER = 'github';

/**
 * The one scope asked for, whatever Decap's address says: open authoring forks a public repository and opens
 * pull requests from the fork, which `public_repo` allows; curators with write access need no more on a
 * public repository. https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps
 */
export const SCOPE = 'public_repo';

/**
 * The cookie that holds a sign-in's `state` between the two routes. `__Host-`: only this origin, over HTTPS,
 * can set it (not a sibling subdomain); SameSite=Lax: it still comes back with GitHub's redirect.
 */
export const STATE_COOKIE = '__Host-handbook-sign-in';

/** How long a contributor has to finish signing in at GitHub, in seconds: an hour, time enough to create an account there first. */
const STATE_LIFETIME = 3600;

/** The relay's two routes, from site.config (Decap opens the first; GitHub returns to the second). */
export const ROUTES = {
  auth: `/${site.editorAuth.endpoint}`,
  callback: `/${site.editorAuth.callback}`,
} as const;

/** The relay's settings, from the host's environment variables (cms-config/oauth-relay/README.md). */
export interface RelayEnv {
  /** The GitHub OAuth app's client ID. */
  GITHUB_CLIENT_ID?: string | undefined;
  /** The GitHub OAuth app's client secret: a secret setting, never in the repository. */
  GITHUB_CLIENT_SECRET?: string | undefined;
  /** GitHub's address, https://github.com unless set (GitHub Enterprise Server, or the tests' fake GitHub). */
  GITHUB_BASE_URL?: string | undefined;
  /** Editors on this computer allowed to receive a token besides the site's own, for tests: loopback origins, comma-separated. */
  EDITOR_LOCAL_ORIGINS?: string | undefined;
}

interface Settings {
  clientId: string;
  clientSecret: string;
  github: string;
  origins: string[];
}

const EDITOR_URL = `${site.url}/admin/`;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An origin (nothing after the port), on https, or on http only for this computer. Otherwise undefined. */
function originOf(value: string, { loopbackOnly }: { loopbackOnly: boolean }): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.origin !== value.replace(/\/$/, '')) return undefined;
  const loopback = LOOPBACK.has(url.hostname);
  if (loopbackOnly ? !loopback : url.protocol !== 'https:' && !loopback) return undefined;
  return url.origin;
}

/** The settings, or a sentence for the site's maintainers saying which one is wrong. */
export function relaySettings(env: RelayEnv): Settings | string {
  const clientId = env.GITHUB_CLIENT_ID?.trim();
  const clientSecret = env.GITHUB_CLIENT_SECRET?.trim();
  if (!clientId) return 'The setting GITHUB_CLIENT_ID (the GitHub OAuth app’s client ID) is missing.';
  if (!clientSecret) return 'The setting GITHUB_CLIENT_SECRET (the GitHub OAuth app’s client secret) is missing.';
  const github = originOf(env.GITHUB_BASE_URL?.trim() || 'https://github.com', { loopbackOnly: false });
  if (!github)
    return `The setting GITHUB_BASE_URL must be an https address such as https://github.com, not "${env.GITHUB_BASE_URL}".`;
  const origins = [new URL(site.url).origin];
  for (const entry of (env.EDITOR_LOCAL_ORIGINS ?? '').split(',').map((s) => s.trim())) {
    if (!entry) continue;
    const local = originOf(entry, { loopbackOnly: true });
    if (!local) {
      return `The setting EDITOR_LOCAL_ORIGINS may only name editors on this computer, such as http://localhost:4321, not "${entry}".`;
    }
    origins.push(local);
  }
  return { clientId, clientSecret, github, origins };
}

/** Answers one request to the relay. */
export async function handleRelayRequest(request: Request, env: RelayEnv): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname !== ROUTES.auth && url.pathname !== ROUTES.callback) {
    return page(404, { heading: 'Page not found', text: 'This address is not part of the editor’s sign-in.' });
  }
  if (request.method !== 'GET') {
    return page(405, { heading: 'Not allowed', text: 'The editor’s sign-in only answers links opened in a browser.' }, null, {
      Allow: 'GET',
    });
  }
  const settings = relaySettings(env);
  if (typeof settings === 'string') {
    return page(500, {
      heading: 'Sign-in is not set up yet',
      text: `Signing in with GitHub is not available on this site yet. Please tell the handbook’s maintainers. For them: ${settings} See cms-config/oauth-relay/README.md.`,
    });
  }
  return url.pathname === ROUTES.auth ? start(url, settings) : finish(request, url, settings);
}

/** Sends the contributor to GitHub, remembering a new `state` in a cookie. */
async function start(url: URL, settings: Settings): Promise<Response> {
  const provider = url.searchParams.get('provider');
  if (provider !== null && provider !== PROVIDER) {
    return page(400, { heading: 'Sign-in stopped', text: `This sign-in works with GitHub only, not “${provider}”.` });
  }
  const state = randomState();
  const authorize = new URL('/login/oauth/authorize', settings.github);
  authorize.searchParams.set('client_id', settings.clientId);
  authorize.searchParams.set('redirect_uri', `${url.origin}${ROUTES.callback}`);
  authorize.searchParams.set('scope', SCOPE);
  authorize.searchParams.set('state', state);
  return new Response(null, {
    status: 302,
    headers: {
      Location: authorize.href,
      'Set-Cookie': stateCookie(state, STATE_LIFETIME),
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    },
  });
}

/** Checks `state`, swaps the code for a token and answers with the page that hands it to the editor. */
async function finish(request: Request, url: URL, settings: Settings): Promise<Response> {
  const refuse = (status: number, text: string) =>
    page(status, { heading: 'Sign-in stopped', text }, errorData(settings, text), { 'Set-Cookie': stateCookie('', 0) });

  const state = url.searchParams.get('state');
  const expected = cookie(request, STATE_COOKIE);
  if (!state) {
    return refuse(
      400,
      'The address GitHub sent you back to has no security code (state), so the sign-in was stopped. Choose “Login with GitHub” in the editor to try again.',
    );
  }
  if (!expected) {
    return refuse(
      400,
      'This sign-in has already been used, took longer than an hour, or was started in another browser, so it was stopped. Choose “Login with GitHub” in the editor to try again.',
    );
  }
  if (state !== expected) {
    return refuse(
      400,
      'This sign-in does not match the one started in this browser, so it was stopped: the link may have come from someone else. Choose “Login with GitHub” in the editor to try again.',
    );
  }
  const error = url.searchParams.get('error');
  if (error === 'access_denied') {
    return refuse(
      403,
      'You chose not to let the handbook’s editor use your GitHub account, so you are not signed in. To propose a change, choose “Login with GitHub” again and then “Authorize”.',
    );
  }
  if (error) {
    return refuse(
      400,
      `GitHub stopped the sign-in (${plainCode(error)}). Choose “Login with GitHub” in the editor to try again.`,
    );
  }
  const code = url.searchParams.get('code');
  if (!code) {
    return refuse(
      400,
      'The address GitHub sent you back to has no sign-in code, so the sign-in was stopped. Choose “Login with GitHub” in the editor to try again.',
    );
  }

  const outcome = await exchange(code, `${url.origin}${ROUTES.callback}`, settings);
  if ('problem' in outcome) return refuse(outcome.status, outcome.problem);
  const message = `authorization:${PROVIDER}:success:${JSON.stringify({ token: outcome.token, provider: PROVIDER })}`;
  return page(
    200,
    { heading: 'GitHub sign-in', text: 'Passing your GitHub sign-in to the handbook’s editor…' },
    {
      provider: PROVIDER,
      origins: settings.origins,
      message,
      sent: 'You are signed in. This window closes by itself; if it does not, close it and return to the editor.',
      noEditor:
        'This window has lost its link to the editor, so your sign-in was not passed on. Choose “Login with GitHub” in the editor to try again.',
      refused: refusal,
    },
    { 'Set-Cookie': stateCookie('', 0) },
  );
}

const refusal = `This window was opened by {origin}, which is not the handbook’s editor, so your sign-in was not passed on. Close this window and sign in at ${EDITOR_URL}`;

/** What the page's script posts to the editor after an error, so the editor's sign-in screen shows it too. */
function errorData(settings: Settings, text: string): PageData {
  return {
    provider: PROVIDER,
    origins: settings.origins,
    message: `authorization:${PROVIDER}:error:${JSON.stringify({ message: text })}`,
    sent: null,
    noEditor: null,
    refused: refusal,
  };
}

/** Swaps GitHub's one-time code for a token: https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps */
async function exchange(
  code: string,
  redirectUri: string,
  settings: Settings,
): Promise<{ token: string } | { status: number; problem: string }> {
  let answer: { access_token?: unknown; error?: unknown };
  try {
    const response = await fetch(new URL('/login/oauth/access_token', settings.github), {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: settings.clientId,
        client_secret: settings.clientSecret,
        code,
        redirect_uri: redirectUri,
      }),
    });
    answer = (await response.json()) as typeof answer;
  } catch {
    return {
      status: 502,
      problem:
        'GitHub could not be reached to finish the sign-in. Choose “Login with GitHub” in the editor to try again in a few minutes.',
    };
  }
  if (typeof answer.access_token === 'string' && answer.access_token) return { token: answer.access_token };
  // GitHub answers a code used before, or older than ten minutes, with bad_verification_code.
  if (answer.error === 'bad_verification_code') {
    return {
      status: 400,
      problem:
        'GitHub did not accept this sign-in: it has already been used or has expired. Choose “Login with GitHub” in the editor to try again.',
    };
  }
  return {
    status: 502,
    problem: `GitHub refused to finish the sign-in (${plainCode(answer.error)}): the site’s sign-in settings may be wrong. Please tell the handbook’s maintainers.`,
  };
}

/** An error code from GitHub, shown only if it looks like one (letters and underscores). */
function plainCode(value: unknown): string {
  return typeof value === 'string' && /^[a-z_]{1,60}$/.test(value) ? value : 'unknown error';
}

function randomState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function stateCookie(value: string, maxAge: number): string {
  return `${STATE_COOKIE}=${value}; Max-Age=${maxAge}; Path=/; HttpOnly; Secure; SameSite=Lax`;
}

function cookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get('Cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || undefined;
  }
  return undefined;
}

/** An HTML page; with `data`, the page also runs the hand-shake with the editor. */
async function page(
  status: number,
  text: PageText,
  data: PageData | null = null,
  headers: Record<string, string> = {},
): Promise<Response> {
  return new Response(pageHtml(text, data, { lang: site.lang, title: site.title, editorUrl: EDITOR_URL }), {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': await pagePolicy(),
      // The success page holds a token: never cached, never sent on as a referrer.
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
  });
}
