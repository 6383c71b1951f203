// @ts-check
import { defineConfig } from 'astro/config';
import { siteBase, siteOrigin } from './src/lib/bank/site.ts';

// Questions (.md, and .mdx for hand-written ones with components) are rendered page by page by the
// bank's own pipeline (src/lib/markdown/question-markdown.ts); the site has no other Markdown, so
// Astro's Markdown processor and the MDX integration are not used.
export default defineConfig({
  // Absolute links (citations, the Markdown export) are built on this; deployments set BANK_SITE.
  site: siteOrigin(),
  // The path the bank is published under (BANK_BASE, e.g. /question-bank/ for a GitHub Pages
  // project site); src/lib/shared/urls.ts puts it in front of every internal URL.
  base: siteBase(),
  trailingSlash: 'always',
  // Test builds run side by side; each gets its own cache.
  ...(process.env.BANK_CACHE_DIR ? { cacheDir: process.env.BANK_CACHE_DIR } : {}),
});
