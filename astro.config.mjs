// @ts-check
import { defineConfig } from 'astro/config';
import { taxonomyFile } from './src/lib/bank/bank-paths.ts';
import { siteOrigin } from './src/lib/bank/site.ts';

// Questions are Markdown rendered by the bank's own pipeline (src/lib/question-markdown.ts), page
// by page; the site has no other Markdown, so Astro's Markdown processor and MDX are not used.
export default defineConfig({
  // Absolute links (citations, the Markdown export) are built on this; deployments set BANK_SITE.
  site: siteOrigin(),
  trailingSlash: 'always',
  // The taxonomy the pages bundle: content/competencies.yaml, or the one BANK_TAXONOMY names.
  vite: { resolve: { alias: [{ find: /^bank:taxonomy(?=\?|$)/u, replacement: taxonomyFile() }] } },
  // Test builds run side by side; each gets its own cache.
  ...(process.env.BANK_CACHE_DIR ? { cacheDir: process.env.BANK_CACHE_DIR } : {}),
});
