/**
 * Runs the sign-in relay's handler (cms-config/oauth-relay/relay.ts) in Node on 127.0.0.1, as the Netlify
 * and Cloudflare adapters run it on their hosts: each request becomes a Web Request, the Response is sent back.
 */
import { createServer } from 'node:http';
import { once } from 'node:events';
import { handleRelayRequest, type RelayEnv } from '../../../cms-config/oauth-relay/relay';

/** Starts the relay on `port` with `env` as its settings; resolves with a function that stops it. */
export async function serveRelay(port: number, env: RelayEnv): Promise<() => Promise<void>> {
  const server = createServer(async (incoming, outgoing) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const request = new Request(new URL(incoming.url ?? '/', `http://127.0.0.1:${port}`), {
      method: incoming.method ?? 'GET',
      headers,
    });
    const response = await handleRelayRequest(request, env);
    const out: Record<string, string | string[]> = {};
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') out[name] = value;
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length) out['set-cookie'] = cookies;
    outgoing.writeHead(response.status, out).end(Buffer.from(await response.arrayBuffer()));
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return async () => {
    server.close();
    server.closeAllConnections();
    await once(server, 'close');
  };
}
