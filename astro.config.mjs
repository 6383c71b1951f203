// @ts-check
import { writeFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { taxonomyFile } from './src/lib/bank/bank-paths.ts';
import { headersFile } from './src/lib/bank/content-security-policy.ts';
import { siteOrigin } from './src/lib/bank/site.ts';

// Questions are Markdown rendered by the bank's own pipeline (src/lib/question-markdown.ts), page
// by page; the site has no other Markdown, so Astro's Markdown processor and MDX are not used.
export default defineConfig({
  // Absolute links (citations, the Markdown export) are built on this; deployments set BANK_SITE.
  site: siteOrigin(),
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
        // The same policy as an HTTP header, for hosts that read a `_headers` file.
        'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile()),
      },
    },
  ],
  // Test builds run side by side; each gets its own cache.
  ...(process.env.BANK_CACHE_DIR ? { cacheDir: process.env.BANK_CACHE_DIR } : {}),
});
