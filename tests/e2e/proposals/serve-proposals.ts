/**
 * Runs the proposals endpoint's handler (cms-config/proposals/proposals.ts) in Node on 127.0.0.1, as the Netlify
 * and Cloudflare adapters run it on their hosts: each request becomes a Web Request with the caller's address.
 */
import { createServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { handleProposalRequest, memoryStore, type ProposalsEnv } from '../../../cms-config/proposals/proposals';

/** Starts the endpoint with `env` as its settings on a free port; its address, and a function that stops it. */
export async function serveProposals(env: ProposalsEnv): Promise<{ url: string; stop: () => Promise<void> }> {
  const store = memoryStore();
  const server = createServer(async (incoming, outgoing) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value);
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const method = incoming.method ?? 'GET';
    const request = new Request(new URL(incoming.url ?? '/', `http://127.0.0.1`), {
      method,
      headers,
      ...(method === 'GET' || method === 'HEAD' ? {} : { body: Buffer.concat(chunks) }),
    });
    const response = await handleProposalRequest(request, env, { clientAddress: incoming.socket.remoteAddress ?? '', store });
    const out: Record<string, string> = {};
    response.headers.forEach((value, name) => (out[name] = value));
    outgoing.writeHead(response.status, out).end(Buffer.from(await response.arrayBuffer()));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.close();
      server.closeAllConnections();
      await once(server, 'close');
    },
  };
}
