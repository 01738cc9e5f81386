/**
 * Runs a handler from a Web `Request` to a `Response` (the sign-in relay, the proposals endpoint) in Node on
 * 127.0.0.1, as the Netlify and Cloudflare adapters run it on their hosts: each request becomes a Web Request, with
 * the address it came from, and the Response is sent back, cookies included.
 */
import { createServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

export type WebHandler = (request: Request, clientAddress: string) => Promise<Response>;

/** Starts serving `handler` on `port` (0: any free port); its address, and a function that stops it. */
export async function serveWebHandler(handler: WebHandler, port = 0): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createServer(async (incoming, outgoing) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value);
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const method = incoming.method ?? 'GET';
    const request = new Request(new URL(incoming.url ?? '/', `http://127.0.0.1:${port}`), {
      method,
      headers,
      ...(method === 'GET' || method === 'HEAD' ? {} : { body: Buffer.concat(chunks) }),
    });
    const response = await handler(request, incoming.socket.remoteAddress ?? '');
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
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      server.close();
      server.closeAllConnections();
      await once(server, 'close');
    },
  };
}
