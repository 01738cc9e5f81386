/**
 * Serves a built copy of the site from a folder, as a static host would. Astro allows one `astro preview`
 * per project, and the other browser tests' preview is already running, so the copy built by a test is
 * served by this instead.
 */
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/**
 * Starts serving `folder` on `port`, at `base` (a path ending in "/", as GitHub Pages serves a project site under
 * /<repository>/; nothing outside it is served); resolves with a function that stops it.
 */
export async function serveFolder(folder: string, port: number, base = '/'): Promise<() => Promise<void>> {
  const server: Server = createServer(async (request, response) => {
    const address = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const path = address.startsWith(base) ? `/${address.slice(base.length)}` : '/../outside-the-base';
    const file = join(folder, normalize(path).replace(/^(\.\.[/\\])+/, ''), path.endsWith('/') ? 'index.html' : '');
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      response.end(await readFile(join(folder, '404.html')).catch(() => 'Not found'));
    }
  });
  server.listen(port, 'localhost');
  await once(server, 'listening');
  return async () => {
    server.close();
    await once(server, 'close');
  };
}
