/**
 * Runs the proposals endpoint's handler (cms-config/proposals/proposals.ts) on 127.0.0.1, as the Netlify and
 * Cloudflare adapters run it on their hosts, with the caller's address and a count of proposals in memory.
 */
import { handleProposalRequest, memoryStore, type ProposalsEnv } from '../../../cms-config/proposals/proposals';
import { serveWebHandler } from '../web-handler-server';

/** Starts the endpoint with `env` as its settings on a free port; its address, and a function that stops it. */
export async function serveProposals(env: ProposalsEnv): Promise<{ url: string; stop: () => Promise<void> }> {
  const store = memoryStore();
  return serveWebHandler((request, clientAddress) => handleProposalRequest(request, env, { clientAddress, store }));
}
