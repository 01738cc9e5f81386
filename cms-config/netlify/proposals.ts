/**
 * The proposals endpoint as a Netlify Function (the Functions API that takes a Web Request and returns a
 * Response, with the caller's address in its context: https://docs.netlify.com/build/functions/api/). Netlify finds
 * this folder through the site's netlify.toml.
 */
import { handleProposalRequest, memoryStore } from '../proposals/proposals';

/** The part of Netlify's context the endpoint reads: the address the request came from. */
interface Context {
  ip: string;
}

// Counts of proposals per address live as long as the Function's instance: Netlify may run several, so the hourly
// limit holds per instance. The other checks hold everywhere (../proposals/README.md).
const store = memoryStore();

// Settings come from the site's environment variables, with the Functions scope: see ../proposals/README.md.
export default (request: Request, context: Context) =>
  handleProposalRequest(request, process.env, { clientAddress: context.ip, store });

// Netlify reads this object from the file without running it, so the paths are written out here;
// tests/unit/proposals.test.ts checks that they are the endpoint's ROUTES (site.config `proposals`).
export const config = { path: ['/api/suggest', '/api/propose'] };
