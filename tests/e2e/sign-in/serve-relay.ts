/**
 * Runs the sign-in relay's handler (cms-config/oauth-relay/relay.ts) on 127.0.0.1, as the Netlify and Cloudflare
 * adapters run it on their hosts.
 */
import { handleRelayRequest, type RelayEnv } from '../../../cms-config/oauth-relay/relay';
import { serveWebHandler } from '../web-handler-server';

/** Starts the relay on `port` with `env` as its settings; resolves with a function that stops it. */
export async function serveRelay(port: number, env: RelayEnv): Promise<() => Promise<void>> {
  return (await serveWebHandler((request) => handleRelayRequest(request, env), port)).stop;
}
