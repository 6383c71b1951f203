// How a question's body (Markdown or MDX) becomes what the build serves. The question loader
// (src/lib/markdown/question-loader.ts) keeps bodies unrendered; each body is parsed and checked
// once, and that one tree gives the page's HTML, its headings and the Markdown export.
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { markdownToMdast } from 'satteri';
import { unified, type PluggableList, type Processor } from 'unified';
import { VFile } from 'vfile';
import { directBodyHtml } from './body-html.ts';
import { componentToHast, remarkQuestionComponents } from './question-components.ts';
import { rehypeAnchorLinks } from './rehype-anchor-links.ts';
import { remarkQuestionStructure, type QuestionHeading } from './remark-question-structure.ts';
import { remarkSafeContent } from './remark-safe-content.ts';

/**
 * How a question file's body is read:
 * - `imported`: a `.md` file the importer wrote (its frontmatter has `source`). CommonMark: the
 *   importer escaped the text, so it holds no table or strike-through, and without GFM it parses
 *   about twice as fast (README, Performance). The fast path for a bank of thousands.
 * - `markdown`: a `.md` file written by hand. CommonMark and GFM: tables, strike-through, task
 *   lists, footnotes, and bare URLs as links.
 * - `mdx`: a `.mdx` file. MDX and GFM, with the bank's components and nothing that runs.
 */
export type QuestionFormat = 'imported' | 'markdown' | 'mdx';

/** The format of a question file, from its name and whether the importer wrote it. */
export function questionFormat(file: string, frontmatter: { source?: string | undefined }): QuestionFormat {
  if (file.endsWith('.mdx')) return 'mdx';
  return frontmatter.source === undefined ? 'markdown' : 'imported';
}

/**
 * The checks every question goes through whatever its format: unsafe links, raw HTML and other
 * origins' images refused or made links (remark-safe-content.ts), then the structure check, which
 * gives every section and block its anchor. The page and the export both read the checked tree.
 */
const QUESTION_CHECKS: PluggableList = [remarkSafeContent, remarkQuestionStructure];

/** The checks alone, for a tree parsed outside unified. */
const checks = unified().use(QUESTION_CHECKS).freeze();

/** The mdx format's parser and checks. The component check first: it names the line of anything MDX allows and a question does not. */
const mdx: Processor<Root> = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkQuestionComponents).use(QUESTION_CHECKS).freeze();

/**
 * Markdown is read by Sätteri (the Rust parser Astro itself ships), about ten times faster than
 * remark-parse: rendering is most of a large bank's build (README, Performance). Its tree is
 * remark's own: the same nodes and positions for 654 of CommonMark's 655 spec examples and every
 * GFM one (tests/unit/question-formats.test.ts holds it to remark on the bank's own cases).
 * Frontmatter is the loader's; no smart punctuation in any format: the page shows the coach's
 * characters exactly.
 */
const SATTERI_FEATURES = {
  imported: { gfm: false, frontmatter: false },
  markdown: { gfm: true, frontmatter: false },
} as const;

/** A question body's Markdown tree as parsed, before any check. */
export function parseMarkdown(body: string | VFile, format: QuestionFormat): Root {
  if (format === 'mdx') return mdx.parse(body);
  return markdownToMdast(String(typeof body === 'string' ? body : body.value), { features: SATTERI_FEATURES[format] }) as Root;
}

/**
 * The page's HTML: each section in its own <section>, a `#` link beside every anchor.
 * Raw HTML is dropped, never passed through (remark-rehype's default): a question is text.
 * None of Astro's image or syntax-highlighting passes: a question has neither.
 */
const toHtml = unified()
  .use(remarkRehype, { handlers: { mdxJsxFlowElement: componentToHast } })
  .use(rehypeQuestionSections)
  .use(rehypeTaskListNames)
  .use(rehypeAnchorLinks)
  .use(rehypeStringify)
  .freeze();

export interface ParsedQuestionBody {
  /** The checked Markdown tree, every section and block carrying its anchor id. */
  tree: Root;
  headings: QuestionHeading[];
}

/**
 * Parses and checks a question body; `file` names it in an error ("file:line: reason"), and its
 * format (questionFormat) says how it is read. A check of the content without a build calls this.
 */
export function parseQuestionBody(body: string, file: string, format: QuestionFormat = 'imported'): ParsedQuestionBody {
  const vfile = new VFile({ value: body, path: file });
  let tree: Root;
  try {
    tree = parseMarkdown(vfile, format);
  } catch (error) {
    // MDX syntax errors (an unclosed tag, a stray `<` or `{`) carry their place, or name it in
    // their text ("… (5:1-5:10)"): said as file:line.
    const message = error as { line?: number; reason?: string };
    if (typeof message.reason !== 'string') throw error;
    const line = message.line ?? Number(/\((\d+):\d+/u.exec(message.reason)?.[1] ?? 1);
    throw new Error(`${file}:${line}: ${message.reason}`, { cause: error });
  }
  // The checks change the tree in place: ids on sections and blocks.
  (format === 'mdx' ? mdx : checks).runSync(tree, vfile);
  return { tree, headings: vfile.data.questionHeadings ?? [] };
}

/**
 * The HTML of a parsed body: written directly for the shapes imported questions have
 * (body-html.ts), else by the pipeline above. The tree is left as it was, so the export can read it too.
 */
export function questionBodyHtml(tree: Root): string {
  return directBodyHtml(tree) ?? pipelineBodyHtml(tree);
}

/** The HTML of a parsed body by the unified pipeline, whatever the tree holds. */
export function pipelineBodyHtml(tree: Root): string {
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

/**
 * Names GFM's task-list checkboxes ("- [x] Shipped"): they are disabled inputs that would otherwise
 * have no accessible name. The state is the checkbox's own; the name says what it marks.
 */
function rehypeTaskListNames() {
  const visit = (node: HastRoot | HastContent) => {
    if (node.type === 'element' && node.tagName === 'input' && node.properties['type'] === 'checkbox') {
      node.properties['ariaLabel'] = node.properties['checked'] ? 'Done' : 'Not done';
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  return visit;
}
