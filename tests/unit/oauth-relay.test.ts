/**
 * The editor's GitHub sign-in relay (cms-config/oauth-relay/), request by request: what GitHub is asked for,
 * the `state` check, who may receive a token, and the page a contributor sees when something is wrong.
 * GitHub is the fake from tests/e2e/sign-in/, on a free port. What the page's script does in a browser is
 * tested in tests/e2e/sign-in.spec.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config as netlifyConfig } from '../../cms-config/netlify/oauth-relay';
import { pageHtml } from '../../cms-config/oauth-relay/relay-page';
import {
  handleRelayRequest,
  relaySettings,
  ROUTES,
  SCOPE,
  STATE_COOKIE,
  type RelayEnv,
} from '../../cms-config/oauth-relay/relay';
import { site } from '../../src/site.config';
import { CLIENT_ID, CLIENT_SECRET, startFakeGitHub, type FakeGitHub } from '../e2e/sign-in/fake-github';

const RELAY = 'https://relay.test';
let github: FakeGitHub;
let env: RelayEnv;

beforeAll(async () => {
  github = await startFakeGitHub(0);
  env = { GITHUB_CLIENT_ID: CLIENT_ID, GITHUB_CLIENT_SECRET: CLIENT_SECRET, GITHUB_BASE_URL: github.url };
});
afterAll(() => github.stop());

function get(path: string, cookie?: string): Promise<Response> {
  return handleRelayRequest(new Request(`${RELAY}${path}`, { headers: cookie ? { Cookie: cookie } : {} }), env);
}

/** Starts a sign-in; returns GitHub's consent address and the cookie the browser would keep. */
async function startSignIn(query = '?provider=github&site_id=example.org&scope=public_repo') {
  const response = await get(`${ROUTES.auth}${query}`);
  const authorize = new URL(response.headers.get('Location')!);
  const setCookie = response.headers.get('Set-Cookie')!;
  return { response, authorize, setCookie, cookie: setCookie.split(';')[0]! };
}

/** Consents (or not) at the fake GitHub; returns the callback address GitHub sends the browser back to. */
async function consent(authorize: URL, decision: 'allow' | 'deny'): Promise<string> {
  const form = new URLSearchParams({
    redirect_uri: authorize.searchParams.get('redirect_uri')!,
    state: authorize.searchParams.get('state')!,
    decision,
  });
  const answer = await fetch(new URL('/login/oauth/authorize', github.url), { method: 'POST', body: form, redirect: 'manual' });
  const back = new URL(answer.headers.get('Location')!);
  return back.pathname + back.search;
}

/** The page's data block: what its script would post, and to whom. */
function pageData(html: string): { message: string; origins: string[] } {
  const json = /<script type="application\/json" id="sign-in-data">(.*?)<\/script>/s.exec(html)?.[1];
  return JSON.parse(json!);
}

/** What a person reads on the page. */
function statusText(html: string): string {
  return /<p id="status" role="status">(.*?)<\/p>/s
    .exec(html)![1]!
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
}

describe('starting a sign-in', () => {
  it('sends the contributor to GitHub for public_repo only, whatever scope the address asks for', async () => {
    const { response, authorize } = await startSignIn('?provider=github&scope=repo,user,delete_repo');
    expect(response.status).toBe(302);
    expect(authorize.origin + authorize.pathname).toBe(`${github.url}/login/oauth/authorize`);
    expect(authorize.searchParams.get('scope')).toBe(SCOPE);
    expect(SCOPE).toBe('public_repo');
    expect(authorize.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${RELAY}/api/callback`);
  });

  it('keeps a new, unguessable state in a cookie only this origin can set and scripts cannot read', async () => {
    const first = await startSignIn();
    const second = await startSignIn();
    const state = first.authorize.searchParams.get('state')!;
    expect(state).toMatch(/^[\w-]{43}$/);
    expect(second.authorize.searchParams.get('state')).not.toBe(state);
    expect(first.cookie).toBe(`${STATE_COOKIE}=${state}`);
    expect(STATE_COOKIE.startsWith('__Host-')).toBe(true);
    for (const attribute of ['Path=/', 'HttpOnly', 'Secure', 'SameSite=Lax', 'Max-Age=3600'])
      expect(first.setCookie).toContain(attribute);
    expect(first.setCookie).not.toContain('Domain');
  });

  it('refuses another provider with a page that says so', async () => {
    const response = await get(`${ROUTES.auth}?provider=gitlab`);
    expect(response.status).toBe(400);
    expect(statusText(await response.text())).toContain('GitHub only');
  });
});

describe('finishing a sign-in', () => {
  it('swaps the code for a token and offers it to the site’s own origin only, in Decap’s message', async () => {
    const { authorize, cookie } = await startSignIn();
    const response = await get(await consent(authorize, 'allow'), cookie);
    expect(response.status).toBe(200);
    const token = github.swaps.at(-1)!.token!;
    expect(token).toMatch(/^gho_test_/);
    const data = pageData(await response.text());
    expect(data.message).toBe(`authorization:github:success:${JSON.stringify({ token, provider: 'github' })}`);
    expect(data.origins).toEqual([site.url]);
    // The cookie is spent: the same address cannot sign anyone in again.
    expect(response.headers.get('Set-Cookie')).toContain(`${STATE_COOKIE}=; Max-Age=0`);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('refuses a callback without state, without asking GitHub for a token', async () => {
    const { cookie } = await startSignIn();
    const swaps = github.swaps.length;
    const response = await get(`${ROUTES.callback}?code=abc`, cookie);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(statusText(html)).toContain('has no security code (state)');
    expect(html).not.toContain('success');
    expect(github.swaps.length).toBe(swaps);
  });

  it('refuses a state that is not the one this browser started with', async () => {
    const { authorize, cookie } = await startSignIn();
    const callback = (await consent(authorize, 'allow')).replace(/state=[^&]+/, 'state=someone-elses');
    const swaps = github.swaps.length;
    const response = await get(callback, cookie);
    expect(response.status).toBe(400);
    expect(statusText(await response.text())).toContain('does not match the one started in this browser');
    expect(github.swaps.length).toBe(swaps);
  });

  it('refuses a callback used a second time, and GitHub refuses a code used twice', async () => {
    const { authorize, cookie } = await startSignIn();
    const callback = await consent(authorize, 'allow');
    expect((await get(callback, cookie)).status).toBe(200);

    // The browser no longer has the cookie: the relay stops before GitHub.
    const replay = await get(callback);
    expect(replay.status).toBe(400);
    expect(statusText(await replay.text())).toContain('has already been used');

    // Even with the cookie (copied by someone who saw it), GitHub will not swap the code again.
    const copied = await get(callback, cookie);
    expect(copied.status).toBe(400);
    const html = await copied.text();
    expect(statusText(html)).toContain('GitHub did not accept this sign-in: it has already been used or has expired');
    expect(html).not.toContain('gho_test_');
  });

  it('says plainly when the contributor chose not to authorize, and tells the editor', async () => {
    const { authorize, cookie } = await startSignIn();
    const response = await get(await consent(authorize, 'deny'), cookie);
    expect(response.status).toBe(403);
    const html = await response.text();
    const text = statusText(html);
    expect(text).toContain('You chose not to let the handbook’s editor use your GitHub account');
    expect(pageData(html).message).toBe(`authorization:github:error:${JSON.stringify({ message: text })}`);
  });

  it('shows only an error code from GitHub, never its free text', async () => {
    const { authorize, cookie } = await startSignIn();
    const state = authorize.searchParams.get('state')!;
    const response = await get(`${ROUTES.callback}?error=<b>x</b>&state=${state}`, cookie);
    const html = await response.text();
    expect(statusText(html)).toContain('(unknown error)');
    expect(html).not.toContain('<b>x');
  });
});

describe('who may receive a token', () => {
  it('is the site’s own origin, plus editors on this computer only when set for tests', () => {
    expect(relaySettings(env)).toMatchObject({ origins: [site.url] });
    expect(relaySettings({ ...env, EDITOR_LOCAL_ORIGINS: 'http://localhost:4321, http://127.0.0.1:4610' })).toMatchObject({
      origins: [site.url, 'http://localhost:4321', 'http://127.0.0.1:4610'],
    });
  });

  it.each(['https://evil.example', 'http://localhost.evil.example', 'http://localhost:4321/admin/', '*', 'null'])(
    'refuses %s as a local editor, with a message naming the setting',
    (origin) => {
      expect(relaySettings({ ...env, EDITOR_LOCAL_ORIGINS: origin })).toContain(
        'EDITOR_LOCAL_ORIGINS may only name editors on this computer',
      );
    },
  );

  it('is site.config’s editorAuth.baseUrl: an origin, as Decap compares the pop-up’s messages with it exactly', () => {
    expect(new URL(site.editorAuth.baseUrl).origin).toBe(site.editorAuth.baseUrl);
  });
});

describe('settings', () => {
  it('answers a missing client ID or secret with a page for the maintainers', async () => {
    for (const missing of ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET'] as const) {
      const response = await handleRelayRequest(new Request(`${RELAY}${ROUTES.auth}`), { ...env, [missing]: '' });
      expect(response.status).toBe(500);
      expect(statusText(await response.text())).toContain(`The setting ${missing}`);
    }
  });

  it('talks to GitHub over https, or over http only on this computer', () => {
    expect(relaySettings({ ...env, GITHUB_BASE_URL: undefined })).toMatchObject({ github: 'https://github.com' });
    expect(relaySettings({ ...env, GITHUB_BASE_URL: 'http://github.example' })).toContain('GITHUB_BASE_URL');
  });

  it('answers at the routes site.config names, on every host', () => {
    expect(ROUTES).toEqual({ auth: `/${site.editorAuth.endpoint}`, callback: `/${site.editorAuth.callback}` });
    expect(netlifyConfig.path).toEqual([ROUTES.auth, ROUTES.callback]);
    expect(readFileSync('cms-config/oauth-relay/wrangler.toml', 'utf8')).toMatch(/^main = "worker\.ts"$/m);
  });

  it('answers other addresses and methods with a page, not a sign-in', async () => {
    expect((await get('/api/other')).status).toBe(404);
    const post = await handleRelayRequest(new Request(`${RELAY}${ROUTES.callback}`, { method: 'POST' }), env);
    expect(post.status).toBe(405);
    expect(post.headers.get('Allow')).toBe('GET');
  });
});

describe('the page', () => {
  it('runs only its own script and style, allowed by hash, and cannot be framed', async () => {
    const { authorize, cookie } = await startSignIn();
    const response = await get(await consent(authorize, 'allow'), cookie);
    const policy = response.headers.get('Content-Security-Policy')!;
    const html = await response.text();
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const script = /<script>(.*?)<\/script>/s.exec(html)![1]!;
    const style = /<style>(.*?)<\/style>/s.exec(html)![1]!;
    expect(policy).toBe(
      `default-src 'none'; script-src ${sha(script)}; style-src ${sha(style)}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    expect(policy).not.toContain('unsafe');
  });

  it('is a readable page: language, title, heading, and a link to the editor', async () => {
    const html = await (await get(`${ROUTES.callback}?code=abc`)).text();
    expect(html).toContain(`<html lang="${site.lang}">`);
    expect(html).toMatch(/<title>Sign-in stopped \| /);
    expect(html).toContain('<h1>Sign-in stopped</h1>');
    expect(html).toContain(`<a href="${site.url}/admin/">`);
  });

  it('cannot be broken out of by what goes into its data', () => {
    const message = 'authorization:github:success:{"token":"</script><script>alert(1)</script>"}';
    const html = pageHtml(
      { heading: 'Signing in', text: '<b>text</b>' },
      { provider: 'github', origins: [site.url], message, sent: null, noEditor: null, refused: '' },
      { lang: 'en-GB', title: 'Handbook', editorUrl: `${site.url}/admin/` },
    );
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<b>');
    expect(pageData(html).message).toBe(message);
  });
});
