// Serves a built bank as static hosts (GitHub Pages, Netlify, nginx) do: `npm start`, the browser
// tests and the bench all use it. sirv finds and sends the files; compression gzips text.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { withBase } from '../../src/lib/shared/urls.ts';
import { PAGEFIND_GZIPPED } from './search-index.ts';

export interface SiteServer {
  origin: string;
  /** The bank's home under the origin: `origin` plus the base path. */
  home: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** The base path the site was built for (BANK_BASE): it is served there, and only there. */
  base?: string;
  /** Default: a free port. */
  port?: number;
  host?: string;
}

/**
 * The bank's text files, with the character set hosts send: without one a browser reads the `.md`
 * export as Latin-1 and shows "Â·" for "·". sirv's own types carry one only for HTML.
 */
const TEXT_TYPES: Record<string, string> = {
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** The request handler: redirects, files, the bank's 404 page, gzip. */
export function bankHandler(dist: string, options: Pick<ServeOptions, 'base'> = {}): Handler {
  const base = withBase('/', options.base ?? '/');
  const files = sirv(dist, {
    dev: false,
    etag: true,
    // sirv lets a Content-Type set here win over its own.
    setHeaders(response, pathname) {
      const type = TEXT_TYPES[extname(pathname)];
      if (type !== undefined) response.setHeader('Content-Type', type);
      // As the `_headers` rules the indexer writes have a host do: Pagefind's gzipped files go out
      // as gzip (and compression, seeing them encoded, leaves them alone).
      if (PAGEFIND_GZIPPED.test(pathname)) response.setHeader('Content-Encoding', 'gzip');
    },
  });
  const notFoundFile = join(dist, '404.html');
  const notFound = (response: ServerResponse) => {
    response.statusCode = 404;
    if (!existsSync(notFoundFile)) {
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end('Not found\n');
      return;
    }
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(readFileSync(notFoundFile));
  };
  const gzip = compression();

  return (request, response) => {
    gzip(request as never, response as never, () => {
      const url = new URL(request.url ?? '/', 'http://host');
      const redirect = (location: string) => {
        response.writeHead(301, { Location: location }).end();
      };
      // The bank's home without its slash, or the server's root when the bank is under a base.
      if (base !== '/' && (url.pathname === '/' || `${url.pathname}/` === base)) return redirect(`${base}${url.search}`);
      if (!url.pathname.startsWith(base)) return notFound(response);
      let path: string;
      try {
        path = decodeURIComponent(`/${url.pathname.slice(base.length)}`);
      } catch {
        return notFound(response);
      }
      // A page asked for without its trailing slash: send the reader to its address, query kept.
      if (!path.endsWith('/') && !statSync(join(dist, path), { throwIfNoEntry: false })?.isFile() && existsSync(join(dist, path, 'index.html'))) {
        return redirect(`${url.pathname}/${url.search}`);
      }
      request.url = `${path}${url.search}`;
      files(request, response, () => notFound(response));
    });
  };
}

/** Serves a built site (on 127.0.0.1 at a free port unless told otherwise) until closed. */
export async function serveSite(dist: string, options: ServeOptions = {}): Promise<SiteServer> {
  const server: Server = createServer(bankHandler(dist, options));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    origin,
    home: `${origin}${withBase('/', options.base ?? '/')}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
