/**
 * A stand-in for GitHub's OAuth endpoints, on this computer, for the sign-in relay's tests: a consent page
 * at /login/oauth/authorize with "Authorize" and "Cancel", and /login/oauth/access_token, which swaps a code
 * for a token once, as GitHub does (https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps).
 */
import { createServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

export const CLIENT_ID = 'test-client-id';
export const CLIENT_SECRET = 'test-client-secret';

export interface FakeGitHub {
  /** Its address, such as http://127.0.0.1:8091. */
  url: string;
  /** The scope of every sign-in asked for, in order. */
  scopes: string[];
  /** Every token swap asked for: the code, and the token given (undefined when refused). */
  swaps: { code: string; token: string | undefined }[];
  stop: () => Promise<void>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function body(request: import('node:http').IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return new URLSearchParams(text);
}

/** Starts the fake GitHub on `port` (0: any free port) on 127.0.0.1. */
export async function startFakeGitHub(port: number): Promise<FakeGitHub> {
  const codes = new Map<string, { redirectUri: string; used: boolean }>();
  const fake: Omit<FakeGitHub, 'url' | 'stop'> = { scopes: [], swaps: [] };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/login/oauth/authorize' && request.method === 'GET') {
      const q = url.searchParams;
      if (q.get('client_id') !== CLIENT_ID) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Unknown client_id');
        return;
      }
      fake.scopes.push(q.get('scope') ?? '');
      const hidden = ['redirect_uri', 'state']
        .map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(q.get(name) ?? '')}">`)
        .join('');
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
        `<!doctype html><html lang="en"><title>Authorize application</title><main><h1>Authorize the handbook’s editor</h1>
<p>It asks for: ${escapeHtml(q.get('scope') ?? '')}</p>
<form method="post" action="/login/oauth/authorize">${hidden}
<button name="decision" value="allow">Authorize</button> <button name="decision" value="deny">Cancel</button></form></main></html>`,
      );
      return;
    }
    if (url.pathname === '/login/oauth/authorize' && request.method === 'POST') {
      const form = await body(request);
      const back = new URL(form.get('redirect_uri') ?? '');
      if (form.get('decision') === 'allow') {
        const code = randomBytes(10).toString('hex');
        codes.set(code, { redirectUri: back.href, used: false });
        back.searchParams.set('code', code);
      } else {
        back.searchParams.set('error', 'access_denied');
        back.searchParams.set('error_description', 'The user has denied your application access.');
      }
      const state = form.get('state');
      if (state) back.searchParams.set('state', state);
      response.writeHead(302, { Location: back.href }).end();
      return;
    }
    if (url.pathname === '/login/oauth/access_token' && request.method === 'POST') {
      const form = await body(request);
      const code = form.get('code') ?? '';
      const issued = codes.get(code);
      let answer: Record<string, string>;
      if (form.get('client_id') !== CLIENT_ID || form.get('client_secret') !== CLIENT_SECRET) {
        answer = { error: 'incorrect_client_credentials' };
      } else if (!issued || issued.used || issued.redirectUri.split('?')[0] !== form.get('redirect_uri')) {
        answer = { error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.' };
      } else {
        issued.used = true;
        answer = { access_token: `gho_test_${randomBytes(12).toString('hex')}`, token_type: 'bearer', scope: 'public_repo' };
      }
      fake.swaps.push({ code, token: answer['access_token'] });
      // GitHub answers a refused swap with 200 and an error field, too.
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return {
    ...fake,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      server.close();
      server.closeAllConnections();
      await once(server, 'close');
    },
  };
}
