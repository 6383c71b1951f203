// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { isInside, questionsDir } from './src/lib/bank-paths.ts';
import { rehypeAnchorLinks } from './src/lib/rehype-anchor-links.ts';
import { remarkQuestionStructure } from './src/lib/remark-question-structure.ts';
import { siteOrigin } from './src/lib/site.ts';

const questions = questionsDir();
const isQuestionFile = (/** @type {string} */ file) => isInside(questions, file);

export default defineConfig({
  // Absolute links (citations, the Markdown export) are built on this; deployments set BANK_SITE.
  site: siteOrigin(),
  trailingSlash: 'always',
  // Test builds run side by side; each gets its own cache.
  ...(process.env.BANK_CACHE_DIR ? { cacheDir: process.env.BANK_CACHE_DIR } : {}),
  markdown: {
    // Sätteri, the default engine, runs no remark plugins; the structure check and anchors are one.
    // Smart punctuation is off: the page must show the coach's characters exactly.
    processor: unified({
      gfm: true,
      smartypants: false,
      remarkPlugins: [[remarkQuestionStructure, { isQuestionFile }]],
      rehypePlugins: [[rehypeAnchorLinks, { isQuestionFile }]],
    }),
  },
  integrations: [mdx()],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every compiled .mdx file carries a harmless directive Rolldown reports once per file.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
