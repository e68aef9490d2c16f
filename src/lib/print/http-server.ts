import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * The one HTTP server Cairn starts, always on 127.0.0.1 and a free port: the print stages load
 * the built site and their print documents from it, and `verify`, `screenshot` and the browser
 * tests open the built site through it as a static host would serve it.
 */

/** Content types for everything a built site or a print document holds. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The content type of a file by its extension; a bare extension (`.css`) works too. */
export function contentTypeOf(file: string): string {
  const dot = file.lastIndexOf('.');
  const extension = dot > file.lastIndexOf('/') ? file.slice(dot).toLowerCase() : '';
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}

export interface Served {
  body: string | Buffer;
  contentType: string;
}

/** Answers a request for a path, or undefined for "not found". */
export type Responder = (url: URL) => Served | undefined;

/**
 * Files of a built site under its base path: a folder's `index.html` for a folder, nothing for a
 * path outside the folder or the base.
 */
export function siteFiles(folder: string, base = '/'): Responder {
  const root = path.resolve(folder);
  return (url) => {
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) return undefined;
    let file = path.resolve(root, pathname.slice(base.length));
    if (file !== root && !file.startsWith(root + path.sep)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) return undefined;
    return { body: readFileSync(file), contentType: contentTypeOf(file) };
  };
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:40123`. */
  url: string;
  close(): Promise<void>;
}

export interface RunningSite extends RunningServer {
  /** The address of the site's home, base path included and without its last slash, e.g. `http://127.0.0.1:40123/career`; `${siteUrl}/work/` is a page. */
  siteUrl: string;
}

/**
 * Serves what `responder` answers; a miss gets `notFound`'s answer with status 404 (a site's
 * 404 page), or an empty 404. Pages are never cached, since a print swaps their content; fonts
 * and stylesheets do not change while a server runs, so the browser keeps them. Fonts are
 * served to any origin: a site's page may use the print documents' fallback faces.
 */
export async function startServer(responder: Responder, notFound?: () => Served | undefined): Promise<RunningServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const served = request.method === 'GET' || request.method === 'HEAD' ? responder(url) : undefined;
    const answer = served ?? notFound?.();
    if (!answer) {
      response.writeHead(404).end();
      return;
    }
    const cache = answer.contentType.startsWith('text/html') ? 'no-store' : 'public, max-age=3600, immutable';
    response.writeHead(served ? 200 : 404, { 'content-type': answer.contentType, 'cache-control': cache, 'access-control-allow-origin': '*' });
    response.end(request.method === 'HEAD' ? undefined : answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A built site served as a static host would, under the base path it was built for (a GitHub
 * Pages project site lives under `/<repository>/`): its files, and its 404 page for anything else.
 */
export async function serveSite(folder: string, base = '/'): Promise<RunningSite> {
  const files = siteFiles(folder, base);
  const server = await startServer(files, () => files(new URL(`${base}404.html`, 'http://127.0.0.1')));
  return { ...server, siteUrl: `${server.url}${base.replace(/\/$/, '')}` };
}
