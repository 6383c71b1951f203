// How a question's Markdown body becomes HTML, for the pages that show or list its sections.
// The question loader (src/lib/markdown/question-loader.ts) keeps bodies unrendered; this renders one.
import { rehypeHeadingIds, type MarkdownHeading } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeAnchorLinks } from './rehype-anchor-links.ts';
import { remarkQuestionStructure } from './remark-question-structure.ts';
import { remarkSafeContent } from './remark-safe-content.ts';

/**
 * CommonMark, the structure check and anchors, HTML with a `#` link beside every anchor, and the
 * headings collected as Astro collects them.
 *
 * - No GFM: imported text is escaped, so it holds no table, strike-through or task list, and a
 *   bare URL in a coach's text stays text without undoing GFM's autolinks. Parsing is 40% faster.
 * - No smart punctuation: the page shows the coach's characters exactly.
 * - Unsafe links, raw HTML and other origins' images are refused or made links first
 *   (remark-safe-content.ts): a question is text.
 * - None of Astro's image or syntax-highlighting passes: a question has neither.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkSafeContent)
  .use(remarkQuestionStructure)
  .use(remarkRehype)
  .use(rehypeHeadingIds)
  .use(rehypeAnchorLinks)
  .use(rehypeStringify);

export interface RenderedQuestion {
  html: string;
  headings: MarkdownHeading[];
}

/** Renders a question body; `file` names it in a structure error ("file:line: reason"). */
export async function renderQuestionMarkdown(body: string, file: string): Promise<RenderedQuestion> {
  const result = await processor.process({ value: body, path: file });
  const data = result.data as { astro?: { headings?: MarkdownHeading[] } };
  return { html: String(result.value), headings: data.astro?.headings ?? [] };
}
