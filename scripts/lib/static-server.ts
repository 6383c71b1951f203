// Serves a built site on 127.0.0.1 at a free port, as a static host would.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { PAGEFIND_GZIPPED } from './search-index.ts';

export interface SiteServer {
  origin: string;
  close: () => Promise<void>;
}

export async function serveSite(dist: string): Promise<SiteServer> {
  const handler = sirv(dist, {
    dev: false,
    etag: true,
    // As the `_headers` rules the indexer writes have a host do: Pagefind's gzipped files go out as gzip.
    setHeaders: (response, path) => {
      if (PAGEFIND_GZIPPED.test(path)) response.setHeader('Content-Encoding', 'gzip');
    },
  });
  const server: Server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
