// The published _headers (public/_headers plus the build's security block), read as Netlify and
// Cloudflare Pages read it, over a built bank: fingerprinted
// files are cached for a year and nothing that keeps its name between builds is, text is typed
// in UTF-8, and every response carries the security headers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSE_DIST } from '../helpers/browse-bank.ts';

interface Rule {
  pattern: RegExp;
  headers: [string, string][];
}

/** The rules of a _headers file: a path pattern (`:name` one segment, `*` anything), then indented headers. */
function readRules(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/gu, '\\$&').replace(/:\w+/gu, '[^/]+').replace(/\*/gu, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`, 'u'), headers: [] });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers.push([name!.toLowerCase(), value.join(':').trim()]);
    }
  }
  return rules;
}

const rules = readRules(readFileSync(join(BROWSE_DIST, '_headers'), 'utf8'));
/** The headers a host adds to the response for a path. */
const headersFor = (path: string) => new Map(rules.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.headers));
const files = readdirSync(BROWSE_DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => `/${join(entry.parentPath, entry.name).slice(BROWSE_DIST.length + 1).split('\\').join('/')}`);
const immutable = (path: string) => headersFor(path).get('cache-control')?.includes('immutable') === true;

describe('public/_headers over a built bank', () => {
  it('is published with the site', () => {
    expect(files).toContain('/_headers');
  });

  it("caches for a year exactly the files whose names carry their content's hash", () => {
    const hashed = files.filter((path) => /^\/(_astro\/|pagefind[^/]*\/(fragment|index|filter)\/|pagefind[^/]*\/[^/]+\.pf_meta$)/u.test(path));
    // One fragment for each of the bank's questions, at least.
    expect(hashed.filter((path) => path.includes('/fragment/')).length).toBeGreaterThanOrEqual(8);
    expect(hashed.filter((path) => !immutable(path))).toEqual([]);
    // Anything else would keep a stale page, index entry or script in readers' caches after a deploy.
    expect(files.filter((path) => !hashed.includes(path) && immutable(path))).toEqual([]);
    expect(immutable('/pagefind/pagefind-entry.json')).toBe(false);
    expect(immutable('/pagefind-part-2/pagefind.js')).toBe(false);
  });

  it('types the Markdown export and questions.json in UTF-8', () => {
    const markdown = files.find((path) => path.endsWith('.md'))!;
    expect(headersFor(markdown).get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(headersFor('/questions.json').get('content-type')).toBe('application/json; charset=utf-8');
    expect(headersFor('/questions/echo-backlog/').get('content-type')).toBeUndefined();
  });

  it('sends the security headers with every response', () => {
    for (const path of ['/', '/questions/echo-backlog/', '/pagefind/pagefind.js']) {
      expect(headersFor(path).get('x-content-type-options'), path).toBe('nosniff');
      expect(headersFor(path).get('content-security-policy'), path).toMatch(/^default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/u);
      expect(headersFor(path).get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
  });
});
