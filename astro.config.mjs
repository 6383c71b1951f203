// @ts-check
import { appendFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { taxonomyFile } from './src/lib/bank/bank-paths.ts';
import { headersFile } from './src/lib/bank/content-security-policy.ts';
import { siteBase, siteOrigin } from './src/lib/bank/site.ts';
import { questionOutputsIntegration } from './scripts/lib/build-integration.ts';

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
  // Scripts and the stylesheet stay files, never inlined: the Content-Security-Policy allows only
  // the site's own files, so one policy serves every page (src/lib/bank/content-security-policy.ts).
  build: { inlineStylesheets: 'never' },
  vite: {
    build: { assetsInlineLimit: 0 },
    // The taxonomy the pages bundle: content/competencies.yaml, or the one BANK_TAXONOMY names.
    resolve: { alias: [{ find: /^bank:taxonomy(?=\?|$)/u, replacement: taxonomyFile() }] },
  },
  integrations: [
    {
      name: 'bank-headers',
      hooks: {
        // The same policy as an HTTP header, added to public/_headers for hosts that read the file.
        'astro:build:done': ({ dir }) => appendFileSync(new URL('_headers', dir), `\n${headersFile()}`),
      },
    },
    // The Markdown exports and the search index, made beside Astro on the other core.
    questionOutputsIntegration(),
  ],
  // Test builds run side by side; each gets its own cache.
  ...(process.env.BANK_CACHE_DIR ? { cacheDir: process.env.BANK_CACHE_DIR } : {}),
});
