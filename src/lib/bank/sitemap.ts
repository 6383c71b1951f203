// The sitemap and robots.txt: which pages a search engine should know, as absolute URLs.
import { escapeMarkup } from './markup.ts';

/** A sitemap (sitemaps.org) listing each URL once, in the order given. */
export function sitemapXml(urls: readonly string[]): string {
  const entries = [...new Set(urls)].map((url) => `  <url><loc>${escapeMarkup(url)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled; the sitemap is at `sitemapUrl`. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
