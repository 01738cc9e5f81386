/**
 * The editor page's Content Security Policy, as narrow as Decap CMS allows. The editor shares the site's
 * origin and keeps a contributor's GitHub token in localStorage there, so its policy decides what could
 * reach that token. What Decap needs, and why:
 * - 'unsafe-eval': Decap validates its configuration with ajv, which compiles validators with new Function()
 *   (decap-cms-core's constants/configSchema.js); no public page allows it.
 * - inline styles: Decap's interface is styled by emotion, which writes <style> elements at run time.
 * - connect-src: GitHub's API and the sign-in relay (Decap's authenticator can ask it to refresh a token);
 *   decap-server on this computer only in a local build.
 * - img-src: the site itself, avatars from GitHub, and blob:/data: for pictures Decap shows before they are
 *   saved. Not raw.githubusercontent.com, where anyone can publish a file: an image address there is a
 *   channel out of the page.
 */
import { site } from '../src/site.config';

/** The address decap-server answers on when the editor runs on a laptop (`npm start`). */
export const LOCAL_BACKEND = 'http://localhost:8081';

/**
 * The sign-in relay in a build for a laptop: one on this computer, where the sign-in test
 * (tests/e2e/sign-in.spec.ts) runs it. The published relay sends a token only to the published site, so a
 * laptop's editor could not use it anyway.
 */
export const LOCAL_RELAY = 'http://127.0.0.1:8092';

/** The Vite mode of a build for a laptop: `astro build --mode laptop`. Any other build is for publishing. */
export const LOCAL_MODE = 'laptop';

/** A directive as Astro's CSP API takes it: its name, then its sources. */
type Directive = `connect-src ${string}` | `img-src ${string}`;

export interface EditorPolicy {
  scripts: string[];
  styles: string[];
  directives: Directive[];
}

/** The origin the editor opens its GitHub sign-in pop-up on (Decap's `base_url`). */
export function relayOrigin(local: boolean): string {
  return local ? LOCAL_RELAY : site.editorAuth.baseUrl;
}

export function editorPolicy(local: boolean): EditorPolicy {
  const connect = ["'self'", 'https://api.github.com', relayOrigin(local), ...(local ? [LOCAL_BACKEND] : [])];
  return {
    scripts: ["'self'", "'unsafe-eval'"],
    styles: ["'self'", "'unsafe-inline'"],
    directives: [
      `connect-src ${[...new Set(connect)].join(' ')}`,
      "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    ],
  };
}
