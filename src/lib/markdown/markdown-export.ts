// A question as plain Markdown, for pasting into notes: the page's parts in the page's order,
// every link absolute, and the coach's text escaped so that it reads back exactly as written.
import type { Link, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

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
  /** The question's body as the page's own parse read it (parseQuestionBody in question-markdown.ts). */
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

/** The whole question as Markdown: title, level, competencies, prompt, then every section. */
export function questionMarkdown(question: MarkdownQuestion): string {
  // A copy: the page's HTML is made from the same tree, with its links as written.
  const body = structuredClone(question.body);
  absolutise(body, question.url);
  const competencies = question.competencies.flatMap((competency, index): PhrasingContent[] => [
    ...(index > 0 ? [text(', ')] : []),
    link(competency.url, competency.name),
  ]);
  const prompt = question.prompt
    .split(/\n\s*\n/u)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => paragraph(text(part)));
  const tree: Root = {
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
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    emphasis: '_',
    strong: '*',
    rule: '-',
    listItemIndent: 'one',
  });
}
