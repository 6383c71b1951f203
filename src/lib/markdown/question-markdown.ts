// How a question's Markdown body becomes what the build serves. The question loader
// (src/lib/markdown/question-loader.ts) keeps bodies unrendered; each body is parsed and checked
// once, and that one tree gives the page's HTML, its headings and the Markdown export.
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rehypeAnchorLinks } from './rehype-anchor-links.ts';
import { remarkQuestionStructure, type QuestionHeading } from './remark-question-structure.ts';

/**
 * CommonMark and the structure check, which gives every section and block its anchor.
 *
 * - No GFM: imported text is escaped, so it holds no table, strike-through or task list, and a
 *   bare URL in a coach's text stays text without undoing GFM's autolinks. Parsing is 40% faster.
 * - No smart punctuation: the page shows the coach's characters exactly.
 */
const parser = unified().use(remarkParse).use(remarkQuestionStructure).freeze();

/**
 * The page's HTML: each section in its own <section>, a `#` link beside every anchor.
 * Raw HTML is dropped, never passed through (remark-rehype's default): a question is text.
 * None of Astro's image or syntax-highlighting passes: a question has neither.
 */
const toHtml = unified().use(remarkRehype).use(rehypeQuestionSections).use(rehypeAnchorLinks).use(rehypeStringify).freeze();

export interface ParsedQuestionBody {
  /** The checked Markdown tree, every section and block carrying its anchor id. */
  tree: Root;
  headings: QuestionHeading[];
}

/** Parses and checks a question body; `file` names it in a structure error ("file:line: reason"). */
export function parseQuestionBody(body: string, file: string): ParsedQuestionBody {
  const vfile = new VFile({ value: body, path: file });
  const tree = parser.parse(vfile);
  // The structure check changes the tree in place: ids on sections and blocks.
  parser.runSync(tree, vfile);
  return { tree, headings: vfile.data.questionHeadings ?? [] };
}

/** The HTML of a parsed body. The tree is left as it was, so the export can read it too. */
export function questionBodyHtml(tree: Root): string {
  return toHtml.stringify(toHtml.runSync(tree));
}

const isSectionHeading = (node: HastContent): node is Element =>
  node.type === 'element' && node.tagName === 'h2' && typeof node.properties['id'] === 'string';

/**
 * Puts each `##` heading and what follows it up to the next one into a <section> marked with its
 * section id, which the search index reads (scripts/lib/search-index.ts). Ids stay on the heading and blocks.
 */
function rehypeQuestionSections() {
  return (tree: HastRoot) => {
    const children: HastContent[] = [];
    let section: Element | undefined;
    for (const node of tree.children) {
      if (isSectionHeading(node)) {
        section = {
          type: 'element',
          tagName: 'section',
          properties: { className: ['question-section'], dataPagefindFilter: `section:${String(node.properties['id'])}` },
          children: [],
        };
        children.push(section);
      }
      if (section) section.children.push(node as ElementContent);
      else children.push(node);
    }
    tree.children = children;
  };
}
