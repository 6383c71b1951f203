// The benchmark's browser figures: what a question page loads before any interaction, and how
// a first and a warm search perform, measured in Chromium against the built site.
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { median } from './bench-figures.ts';
import { launchBrowser } from '../scripts/lib/chromium.ts';
import { serveSite } from '../scripts/lib/static-server.ts';

export interface BrowserFigures {
  cssGzipBytes: number;
  jsGzipBytes: number;
  /** Stylesheets the page uses: linked files and inline `<style>` elements. */
  stylesheets: number;
  /** Whether the Action section and its first bullet show with JavaScript off. */
  readableWithoutJavaScript: boolean;
  /** Bytes fetched by the time the first results showed: the page, Pagefind, the index, the results. */
  firstSearchBytesToResults: number;
  /** All bytes the search fetched until the network was quiet: the filter counts too. */
  firstSearchBytes: number;
  /** From navigation to the first results on screen. */
  firstSearchMs: number;
  firstSearchResults: number;
  /** The same for a first search with a word on nearly every page, whose index chunk is the largest. */
  commonWordSearchBytesToResults: number;
  commonWordSearchBytes: number;
  commonWordSearchMs: number;
  warmSearchMs: number;
  /** The first search again in a fresh browser, narrowed to one section: all its bytes, its time, its results. */
  sectionSearchBytes: number;
  sectionSearchMs: number;
  sectionSearchResults: number;
}

/** The section the section-narrowed first search is narrowed to. */
export const SECTION_SEARCHED = 'action';

const gzipBytes = (text: string | Buffer) => gzipSync(text).length;

/**
 * Bytes a response costs on the wire from a host that compresses text, as static hosts do: its
 * body gzipped, or as it is when that is smaller (Pagefind's index files are compressed already).
 */
async function wireBytes(response: Response): Promise<number> {
  const body = await response.body().catch(() => Buffer.alloc(0));
  return Math.min(body.length, gzipBytes(body));
}

async function pageWeight(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const assets: Promise<{ type: string; gzip: number }>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'stylesheet' || type === 'script') assets.push(response.body().then((body) => ({ type, gzip: gzipBytes(body) })));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(`({
    styles: [...document.querySelectorAll('style')].map((element) => element.textContent ?? ''),
    scripts: [...document.querySelectorAll('script:not([src])')].map((element) => element.textContent ?? ''),
    linked: document.querySelectorAll('link[rel~="stylesheet"]').length,
  })`) as { styles: string[]; scripts: string[]; linked: number };
  const loaded = await Promise.all(assets);
  const sum = (type: string) => loaded.filter((asset) => asset.type === type).reduce((total, asset) => total + asset.gzip, 0);
  await context.close();
  return {
    cssGzipBytes: sum('stylesheet') + inline.styles.reduce((total, css) => total + gzipBytes(css), 0),
    jsGzipBytes: sum('script') + inline.scripts.reduce((total, js) => total + gzipBytes(js), 0),
    stylesheets: inline.linked + inline.styles.length,
  };
}

async function readableWithoutJavaScript(browser: Browser, url: string): Promise<boolean> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  const readable = (await page.locator('#action').isVisible()) && (await page.locator('#action-1').isVisible());
  await context.close();
  return readable;
}

/**
 * Watches the search page's result list from the moment the page starts, so the time of each
 * change is read in the page itself: `window.__results` holds, per change, when it happened and
 * how many results were shown.
 */
const WATCH_RESULTS = `
  window.__results = [];
  document.addEventListener('DOMContentLoaded', () => {
    const list = document.querySelector('[data-search-results]');
    if (!list) return;
    new MutationObserver(() => {
      window.__results.push({ at: performance.now(), count: list.querySelectorAll(':scope > li').length });
    }).observe(list, { childList: true });
  });
`;

interface ResultChange {
  at: number;
  count: number;
}

const resultChanges = (page: Page) => page.evaluate('window.__results') as Promise<ResultChange[]>;

/**
 * A first search, as a reader makes it: a fresh browser opens /search/?q=… (where the header
 * search sends them). Counts every byte the page fetched until the network is quiet, results and
 * filter counts included, and the time from navigation to the first results on screen.
 */
async function firstSearch(browser: Browser, origin: string, query: string, section?: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(WATCH_RESULTS);
  const costs: Promise<{ finished: number; bytes: number }>[] = [];
  // Workers' requests too (Pagefind fetches from one), timed when their body has arrived.
  context.on('requestfinished', (request) => {
    const finished = Date.now();
    costs.push(request.response().then(async (response) => ({ finished, bytes: response ? await wireBytes(response) : 0 })));
  });
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}${section ? `&section=${section}` : ''}`);
  await page.locator('[data-search-results] > li').first().waitFor();
  // The status line is written last, once the filter counts are in too.
  await page.locator('[data-search-status]').filter({ hasText: /\d/u }).waitFor();
  await page.waitForLoadState('networkidle');
  const [first] = (await resultChanges(page)).filter((change) => change.count > 0);
  const responses = await Promise.all(costs);
  // The first results' time on the wall clock the requests were timed by.
  const shown = (await page.evaluate(`performance.timeOrigin + ${first!.at}`)) as number;
  const sum = (list: { bytes: number }[]) => list.reduce((total, response) => total + response.bytes, 0);
  const results = await page.locator('[data-search-status]').textContent();
  return {
    page,
    context,
    bytesToResults: sum(responses.filter((response) => response.finished <= shown)),
    bytes: sum(responses),
    ms: first!.at,
    results: Number(/\d+/u.exec(results ?? '')?.[0] ?? 0),
  };
}

/** A search in a page whose index is loaded: from submitting the form to the new results on screen. */
async function warmSearch(page: Page, query: string): Promise<number> {
  const before = (await resultChanges(page)).length;
  const submitted = (await page.evaluate(`(() => {
    document.querySelector('[data-search-input]').value = ${JSON.stringify(query)};
    const at = performance.now();
    document.querySelector('[data-search-form]').requestSubmit();
    return at;
  })()`)) as number;
  // A function, not a string: the site's Content-Security-Policy refuses evaluating strings in the page.
  await page.waitForFunction((count) => {
    const results = (window as unknown as { __results: { count: number }[] }).__results;
    return results.length > count && results.at(-1)!.count > 0;
  }, before);
  await page.waitForLoadState('networkidle');
  return (await resultChanges(page)).slice(before).find((change) => change.count > 0)!.at - submitted;
}

async function searches(browser: Browser, origin: string, queries: { first: string; commonWord: string; warm: readonly string[] }) {
  const first = await firstSearch(browser, origin, queries.first);
  const warmMs: number[] = [];
  for (const query of queries.warm) warmMs.push(await warmSearch(first.page, query));
  await first.context.close();
  const common = await firstSearch(browser, origin, queries.commonWord);
  await common.context.close();
  const inSection = await firstSearch(browser, origin, queries.first, SECTION_SEARCHED);
  await inSection.context.close();
  return {
    firstSearchBytesToResults: first.bytesToResults,
    firstSearchBytes: first.bytes,
    firstSearchMs: first.ms,
    firstSearchResults: first.results,
    commonWordSearchBytesToResults: common.bytesToResults,
    commonWordSearchBytes: common.bytes,
    commonWordSearchMs: common.ms,
    warmSearchMs: median(warmMs),
    sectionSearchBytes: inSection.bytes,
    sectionSearchMs: inSection.ms,
    sectionSearchResults: inSection.results,
  };
}

/** Serves `dist` on 127.0.0.1 and measures a question page and the search in a fresh Chromium. */
export async function measureInBrowser(
  dist: string,
  options: { questionPath: string; queries: { first: string; commonWord: string; warm: readonly string[] } },
): Promise<BrowserFigures> {
  const server = await serveSite(dist);
  const browser = await launchBrowser();
  try {
    const url = `${server.origin}${options.questionPath}`;
    return {
      ...(await pageWeight(browser, url)),
      readableWithoutJavaScript: await readableWithoutJavaScript(browser, url),
      ...(await searches(browser, server.origin, options.queries)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
