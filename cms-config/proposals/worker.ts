/**
 * The proposals endpoint as a Cloudflare Worker. wrangler.toml beside this file says how it is deployed; its
 * settings are the Worker's variables and secrets, and the counts of proposals per address are kept in a KV
 * namespace bound as PROPOSAL_COUNTS when there is one (README.md here).
 */
import { handleProposalRequest, memoryStore, type ProposalsEnv, type RateStore } from './proposals';

/** The part of Cloudflare's KV namespace the endpoint uses (https://developers.cloudflare.com/kv/api/). */
interface KvNamespace {
  get(key: string): Promise<string | null>;
  put(key: string, value: string, options: { expirationTtl: number }): Promise<void>;
}

/** Counts kept in KV, shared by every copy of the Worker: a list of times per hashed address, expiring by itself. */
function kvStore(kv: KvNamespace): RateStore {
  return {
    async hit(key, seconds) {
      const since = Date.now() - seconds * 1000;
      const times = (JSON.parse((await kv.get(key)) ?? '[]') as number[]).filter((t) => t > since);
      times.push(Date.now());
      await kv.put(key, JSON.stringify(times), { expirationTtl: Math.max(60, seconds) });
      return times.length;
    },
  };
}

const memory = memoryStore();

export default {
  fetch: (request: Request, env: ProposalsEnv & { PROPOSAL_COUNTS?: KvNamespace }) =>
    handleProposalRequest(request, env, {
      clientAddress: request.headers.get('CF-Connecting-IP') ?? 'unknown',
      store: env.PROPOSAL_COUNTS ? kvStore(env.PROPOSAL_COUNTS) : memory,
    }),
};
