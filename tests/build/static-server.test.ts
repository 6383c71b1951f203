// `npm start` serves the built bank as a static host does: a page's address without its slash
// redirects (query kept), text files say they are UTF-8, an unknown path gets the bank's 404 page,
// and text is gzipped for a browser that accepts it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSE_DIST } from '../helpers/browse-bank.ts';
import { ROOT } from '../helpers/build.ts';
import { serveSite, type SiteServer } from '../../scripts/lib/static-server.ts';

let server: SiteServer;
beforeAll(async () => {
  server = await serveSite(BROWSE_DIST);
});
afterAll(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.origin}${path}`, { redirect: 'manual', headers });

describe('the bank server', () => {
  it('redirects a page asked for without its trailing slash to its address, keeping the query', async () => {
    for (const [path, location] of [
      ['/competencies', '/competencies/'],
      ['/search?q=deadline&level=senior', '/search/?q=deadline&level=senior'],
      ['/questions/echo-backlog', '/questions/echo-backlog/'],
    ]) {
      const response = await get(path!);
      expect([response.status, response.headers.get('location')], path).toEqual([301, location]);
    }
  });

  it('serves the Markdown export and questions.json with their types, in UTF-8', async () => {
    const markdown = await get('/questions/echo-backlog.md');
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await markdown.text()).toContain('Behavioral · Level: [Mid]');
    const json = await get('/questions.json');
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await json.json()).questions).toHaveLength(8);
    expect((await get('/questions/echo-backlog/')).headers.get('content-type')).toMatch(/^text\/html; ?charset=utf-8$/u);
  });

  it("answers an unknown path with the bank's own 404 page", async () => {
    for (const path of ['/no-such-page/', '/questions/no-such-question/', '/questions/echo-backlog.txt']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('<title>Page not found · Behavioral Question Bank</title>');
    }
  });

  it('gzips text for a browser that accepts it, and only then', async () => {
    const zipped = await get('/', { 'accept-encoding': 'gzip' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(await zipped.text()).toContain('Alpha Migration');
    const plain = await get('/', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });
});

describe('the bank server under a base path', () => {
  it('serves the bank only under the path, sending the server root to it', async () => {
    const based = await serveSite(BROWSE_DIST, { base: '/question-bank/' });
    try {
      const at = (path: string) => fetch(`${based.origin}${path}`, { redirect: 'manual' });
      expect(based.home).toBe(`${based.origin}/question-bank/`);
      expect((await at('/')).headers.get('location')).toBe('/question-bank/');
      expect((await at('/question-bank')).headers.get('location')).toBe('/question-bank/');
      expect((await at('/question-bank/levels?x=1')).headers.get('location')).toBe('/question-bank/levels/?x=1');
      expect((await at('/question-bank/questions/echo-backlog.md')).status).toBe(200);
      expect((await at('/questions/echo-backlog.md')).status).toBe(404);
    } finally {
      await based.close();
    }
  });
});

describe('npm run serve', () => {
  it('serves a built folder under BANK_BASE and says where', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.ts'), '--port', '0', '--host', '127.0.0.1', BROWSE_DIST], {
      env: { ...process.env, BANK_BASE: '/question-bank/' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const [line] = (await once(child.stdout, 'data')) as [Buffer];
      const home = /at (http:\/\/127\.0\.0\.1:\d+\/question-bank\/) /u.exec(line.toString())?.[1];
      expect(home, line.toString()).toBeDefined();
      const markdown = await fetch(`${home}questions/echo-backlog.md`);
      expect([markdown.status, markdown.headers.get('content-type')]).toEqual([200, 'text/markdown; charset=utf-8']);
    } finally {
      child.kill();
    }
  });

  it('refuses a folder with no built bank, saying to build first', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.ts'), join(ROOT, 'tests/fixtures/mdx')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'close')) as [number];
    expect(code).toBe(2);
    expect(stderr).toMatch(/^serve: no built bank in \S*tests\/fixtures\/mdx; run npm run build first\n$/u);
  });
});
