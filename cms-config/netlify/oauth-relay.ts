/**
 * The sign-in relay as a Netlify Function (the Functions API that takes a Web Request and returns a Response:
 * https://docs.netlify.com/build/functions/get-started/). Netlify finds this folder through the site's
 * netlify.toml (`[functions] directory = "cms-config/netlify"`).
 */
import { handleRelayRequest } from '../oauth-relay/relay';

// Settings come from the site's environment variables, set in Netlify's interface with the Functions scope
// (variables written in netlify.toml never reach a function): see ../oauth-relay/README.md.
export default (request: Request) => handleRelayRequest(request, process.env);

// Netlify reads this object from the file without running it, so the paths are written out here;
// tests/unit/oauth-relay.test.ts checks that they are the relay's ROUTES (site.config `editorAuth`).
export const config = { path: ['/api/auth', '/api/callback'] };
