// Remark plugin for question bodies: checks the section structure, gives every section,
// list item and paragraph its permanent anchor id (`action`, `action-1`, `signals-2`, …),
// and collects the headings (the table of contents and questions.json read them).
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { blockAnchor, resolveSectionHeadings, StructureError, type HeadingAt, type SectionId, type SubsectionId } from '../shared/sections.ts';

/** A section or sub-section heading of a question, with its permanent anchor. */
export interface QuestionHeading {
  depth: number;
  slug: SectionId | SubsectionId;
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    /** The question's headings, in page order, set by remarkQuestionStructure. */
    questionHeadings: QuestionHeading[];
  }
}

/** Node types that carry no visible content of a section. */
const INVISIBLE = new Set(['yaml', 'toml', 'html', 'definition']);

function setId(node: Nodes, id: string): void {
  // remark-rehype copies `data.hProperties` onto the HTML element it makes of the node.
  const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
  data.hProperties = { ...data.hProperties, id };
}

const lineOf = (node: Nodes) => node.position?.start.line ?? 0;

export function remarkQuestionStructure() {
  return (tree: Root, file: VFile) => {
    const path = file.path;
    const fail = (error: StructureError): never => {
      throw new Error(`${path}:${error.line}: ${error.reason}`);
    };

    const blocks = tree.children.filter((node) => !INVISIBLE.has(node.type));
    const headings: (HeadingAt & { node: Heading })[] = blocks
      .filter((node): node is Heading => node.type === 'heading')
      .map((node) => ({ depth: node.depth, text: toString(node), line: lineOf(node), node }));
    const endLine = tree.position?.end.line ?? 0;
    let resolved;
    try {
      resolved = resolveSectionHeadings(headings, endLine);
    } catch (error) {
      if (error instanceof StructureError) fail(error);
      throw error;
    }

    file.data.questionHeadings = resolved.map((heading) => ({ depth: heading.depth, slug: heading.id, text: heading.text }));

    const counters = new Map<string, number>();
    const nextAnchor = (base: SectionId | SubsectionId) => {
      const n = (counters.get(base) ?? 0) + 1;
      counters.set(base, n);
      return blockAnchor(base, n);
    };
    let anchorBase: SectionId | SubsectionId | undefined;
    let opened: { text: string; line: number; blocks: number } | undefined;
    const closeSection = (nextLine: number) => {
      if (opened && opened.blocks === 0) {
        fail(new StructureError(opened.line, `section "${opened.text}" is empty (it ends at line ${nextLine})`));
      }
    };
    for (const node of blocks) {
      if (node.type === 'heading') {
        const heading = resolved[headings.findIndex((entry) => entry.node === node)]!;
        setId(node, heading.id);
        anchorBase = heading.id;
        if (heading.depth === 2) {
          closeSection(heading.line);
          opened = { text: heading.text, line: heading.line, blocks: 0 };
        } else if (opened) {
          opened.blocks += 1;
        }
        continue;
      }
      if (anchorBase === undefined || opened === undefined) {
        fail(new StructureError(lineOf(node), 'text before the first section heading; every part of a question belongs to a "##" section'));
        return;
      }
      opened.blocks += 1;
      anchorChildren(node, anchorBase, nextAnchor);
    }
    closeSection(endLine);
  };
}

function anchorChildren(node: RootContent, base: SectionId | SubsectionId, nextAnchor: (base: SectionId | SubsectionId) => string): void {
  if (node.type === 'list') {
    for (const item of node.children) setId(item, nextAnchor(base));
  } else if (node.type !== 'thematicBreak') {
    setId(node, nextAnchor(base));
  }
}
