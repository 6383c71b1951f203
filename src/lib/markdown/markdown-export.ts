// A question as plain Markdown, for pasting into notes: the page's parts in the page's order,
// every link absolute, and the coach's text escaped so that it reads back exactly as written.
import type { Link, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { absoluteUrl, competencyPath, levelPath, questionPath } from '../shared/urls.ts';
import { categoryName, levelName, type CategoryId, type LevelId } from '../shared/vocabulary.ts';
import { writeMarkdown } from './markdown-writer.ts';
import { componentsAsMarkdown } from './question-components.ts';

export interface MarkdownQuestion {
  title: string;
  /** The question page's absolute URL. */
  url: string;
  /** The category's name ("Behavioral"). */
  category: string;
  level: { name: string; url: string };
  competencies: readonly { name: string; url: string }[];
  /** The prompt; paragraphs are separated by blank lines. */
  prompt: string;
  /**
   * The question's body as the page's own parse read it (parseQuestionBody in question-markdown.ts).
   * The export changes it (links made absolute, components written as Markdown): pass a tree that
   * nothing reads after, or a copy. A copy of every tree cost the build a quarter of the export's time.
   */
  body: Root;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const link = (url: string, label: string): Link => ({ type: 'link', url, children: [text(label)] });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/** Makes every link and image in a tree absolute, resolved against the page they appeared on. */
function absolutise(node: Root | RootContent, base: string): void {
  if ('url' in node && typeof node.url === 'string') node.url = new URL(node.url, base).href;
  if ('children' in node) for (const child of node.children) absolutise(child, base);
}

/**
 * The tree the export writes: title, level, competencies, prompt, the page's URL, then every
 * section of the body, whose links it makes absolute in place.
 */
export function questionTree(question: MarkdownQuestion): Root {
  const body = question.body;
  absolutise(body, question.url);
  // An MDX question's components, as Markdown that any notes app reads.
  componentsAsMarkdown(body);
  const competencies = question.competencies.flatMap((competency, index): PhrasingContent[] => [
    ...(index > 0 ? [text(', ')] : []),
    link(competency.url, competency.name),
  ]);
  const prompt = question.prompt
    .split(/\n\s*\n/u)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => paragraph(text(part)));
  return {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [text(question.title)] },
      paragraph(text(`${question.category} · Level: `), link(question.level.url, question.level.name)),
      paragraph(text('Competencies: '), ...competencies),
      { type: 'blockquote', children: prompt },
      paragraph(text('From the Behavioral Question Bank: '), link(question.url, question.url)),
      ...body.children,
    ],
  };
}

/**
 * The whole question as Markdown. The bank's own writer takes the plain trees imported questions
 * give, about five times faster; anything it does not write goes to mdast-util-to-markdown.
 */
export function questionMarkdown(question: MarkdownQuestion): string {
  const tree = questionTree(question);
  return writeMarkdown(tree) ?? toMarkdown(tree, TO_MARKDOWN_OPTIONS);
}

/** How mdast-util-to-markdown writes what the bank's writer does not: the same layout. */
export const TO_MARKDOWN_OPTIONS: ToMarkdownOptions = {
  extensions: [gfmToMarkdown()],
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  listItemIndent: 'one',
};

/** The frontmatter fields the export shows. */
export interface ExportedFrontmatter {
  title: string;
  slug: string;
  category: CategoryId;
  level: LevelId;
  competencies: readonly string[];
  question: string;
}

/**
 * /questions/<slug>.md for a question: its links absolute on `site` (the public origin), its
 * competencies by their taxonomy names. The build writes these beside the pages (scripts/lib/question-outputs.ts);
 * `astro dev` serves them from src/pages/questions/[slug].md.ts.
 */
export function questionExport(data: ExportedFrontmatter, body: Root, site: string, competencyName: (id: string) => string): string {
  const at = (path: string) => absoluteUrl(path, site);
  return questionMarkdown({
    title: data.title,
    url: at(questionPath(data.slug)),
    category: categoryName(data.category),
    level: { name: levelName(data.level), url: at(levelPath(data.level)) },
    competencies: data.competencies.map((id) => ({ name: competencyName(id), url: at(competencyPath(id)) })),
    prompt: data.question,
    body,
  });
}
