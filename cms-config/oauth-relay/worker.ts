/**
 * The sign-in relay as a Cloudflare Worker. wrangler.toml beside this file says how it is deployed; its
 * settings are the Worker's variables and secrets (see README.md here).
 */
import { handleRelayRequest, type RelayEnv } from './relay';

export default {
  fetch: (request: Request, env: RelayEnv) => handleRelayRequest(request, env),
};
