/**
 * A minimal static server for a dist/ built into a temporary directory.
 * (`astro preview` allows one server per project, and the browser suite's
 * server may be running at the same time.) Directory paths serve their
 * index.html, unknown paths the site's 404.html with status 404.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** What a server may do besides serving files. */
export interface ServeOptions {
  /** Told the path under `dir` of each file served (the benchmarks weigh what a page fetched). */
  onServe?: (file: string) => void;
  /** Send text gzipped to a client that accepts it, as a static host does (each file compressed once, then kept). */
  gzip?: boolean;
}

/** Text worth compressing: everything but images and files already compressed. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.xml', '.csv', '.txt']);

/**
 * Serve `dir` on a free local port, under `base` (`/`, or `/bayan/` as a
 * project site on GitHub Pages is): a request outside the base finds
 * nothing. Resolves to the server's origin and a function that stops it.
 */
export async function serveStatic(
  dir: string,
  base = '/',
  { onServe = () => undefined, gzip = false }: ServeOptions = {},
): Promise<{ baseURL: string; close: () => Promise<void> }> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const inside = path.startsWith(base) ? path.slice(base.length - 1) : undefined;
    try {
      if (inside === undefined) throw new Error(`${path} is outside ${base}`);
      const served = inside.endsWith('/') ? `${inside}index.html` : inside;
      let body: Buffer = await readFile(join(dir, served));
      onServe(served);
      const headers: Record<string, string> = { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' };
      if (gzip && COMPRESSIBLE.has(extname(served)) && /\bgzip\b/u.test(request.headers['accept-encoding'] ?? '')) {
        body = gzipped.get(served) ?? gzipped.set(served, gzipSync(body)).get(served) ?? body;
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': TYPES['.html'] });
      response.end(await readFile(join(dir, '404.html')).catch(() => 'not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
