/**
 * The page the sign-in relay answers with at the end of a sign-in, and every error page it shows: plain
 * HTML that reads well on its own, plus one fixed script that passes the outcome to the editor's window.
 *
 * The script follows Decap's pop-up hand-shake (`handshakeCallback` and `authorizeCallback` in
 * https://github.com/decaporg/decap-cms/blob/main/packages/decap-cms-lib-auth/src/netlify-auth.js):
 * the pop-up posts `authorizing:github` to the window that opened it; the editor answers with the same
 * words; only then does the pop-up post `authorization:github:success:{"token":…,"provider":"github"}` (or
 * `authorization:github:error:{"message":…}`), addressed to the origin that answered and only if that
 * origin is on the allow-list. The first message carries nothing secret, so it goes to any opener, as in
 * Decap's protocol: an editor copied onto another site then answers, and the page can say why it refuses.
 *
 * The script never changes, so the page's own Content Security Policy allows exactly it by its hash (no
 * 'unsafe-inline'); what differs from one sign-in to the next travels in a JSON data block, which browsers
 * never run.
 */

/** What the page's script needs, as the relay fills it in. */
export interface PageData {
  /** The provider in Decap's messages: `github`. */
  provider: string;
  /** The origins the outcome may be posted to: the site's own, and loopback origins set for tests. */
  origins: string[];
  /** The message for the editor: `authorization:github:success:…` or `authorization:github:error:…`. */
  message: string;
  /** Shown once the message is sent; null to keep the page's own text (an error stays on screen). */
  sent: string | null;
  /** Shown when the window has no opener to talk to; null to keep the page's own text. */
  noEditor: string | null;
  /** Shown when a page on another origin answers the hand-shake; `{origin}` is replaced by its origin. */
  refused: string;
}

/** The text a person reads on the page. */
export interface PageText {
  /** The page's title and heading. */
  heading: string;
  /** What happened and what to do next. */
  text: string;
}

// ES2017 on purpose: the pop-up may open in any browser a contributor has. textContent only: the origin a
// refusal names comes from the other page and is never parsed as markup.
const SCRIPT = `(function () {
  var data = JSON.parse(document.getElementById('sign-in-data').textContent);
  var status = document.getElementById('status');
  var opener = window.opener;
  if (!opener) {
    if (data.noEditor) status.textContent = data.noEditor;
    return;
  }
  var handshake = 'authorizing:' + data.provider;
  function answer(event) {
    if (event.source !== opener || event.data !== handshake) return;
    if (data.origins.indexOf(event.origin) === -1) {
      status.textContent = data.refused.split('{origin}').join(event.origin);
      return;
    }
    window.removeEventListener('message', answer);
    opener.postMessage(data.message, event.origin);
    if (data.sent) status.textContent = data.sent;
  }
  window.addEventListener('message', answer);
  opener.postMessage(handshake, '*');
})();`;

const STYLE = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; padding: 1.5rem; }
main { max-width: 36rem; margin: 0 auto; }
h1 { font-size: 1.5rem; line-height: 1.25; }`;

/** Base64 SHA-256 of a text, as a Content Security Policy source. Web Crypto: Workers, Netlify and Node all have it. */
async function cspHash(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

let policy: Promise<string> | undefined;

/**
 * The page's Content Security Policy: its own script and style by hash, nothing else at all. No frames (the
 * token must not be read through a framing page), no form posts, no base address.
 */
export function pagePolicy(): Promise<string> {
  policy ??= Promise.all([cspHash(SCRIPT), cspHash(STYLE)]).then(
    ([script, style]) =>
      `default-src 'none'; script-src ${script}; style-src ${style}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  );
  return policy;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON for a data block: `<` escaped, so no value can close the element early. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The page's HTML. `lang` and `siteTitle` come from site.config; `editorUrl` is the editor's address. */
export function pageHtml(
  { heading, text }: PageText,
  data: PageData | null,
  site: { lang: string; title: string; editorUrl: string },
): string {
  const script = data
    ? `<script type="application/json" id="sign-in-data">${jsonForScript(data)}</script><script>${SCRIPT}</script>`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(site.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(heading)} | ${escapeHtml(site.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(heading)}</h1>
<p id="status" role="status">${escapeHtml(text)}</p>
<p>The handbook’s editor is at <a href="${escapeHtml(site.editorUrl)}">${escapeHtml(site.editorUrl)}</a>.</p>
</main>
${script}
</body>
</html>
`;
}
