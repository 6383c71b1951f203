// Remark plugin for question bodies: checks the section structure, gives every section,
// list item and paragraph its permanent anchor id (`action`, `action-1`, `signals-2`, …),
// and wraps each section in a <section> that tells the search index which section it is.
import type { Heading, Nodes, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { resolveSectionHeadings, StructureError, type HeadingAt } from '../shared/sections.ts';

/** Node types that carry no visible content of a section. */
const INVISIBLE = new Set(['yaml', 'toml', 'html', 'definition']);

function setId(node: Nodes, id: string): void {
  // remark-rehype copies `data.hProperties` onto the HTML element it makes of the node.
  const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
  data.hProperties = { ...data.hProperties, id };
}

const lineOf = (node: Nodes) => node.position?.start.line ?? 0;

export function remarkQuestionStructure() {
  return (tree: Root, file: { path?: string }) => {
    const path = file.path ?? '';
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

    const counters = new Map<string, number>();
    const nextAnchor = (base: string) => {
      const n = (counters.get(base) ?? 0) + 1;
      counters.set(base, n);
      return `${base}-${n}`;
    };
    let anchorBase: string | undefined;
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
    wrapSections(tree);
  };
}

/**
 * Puts each `##` heading and what follows it up to the next one into a <section> element
 * marked with its section id, which the search index reads as the `section` filter
 * (scripts/lib/search-index.ts). Ids stay on the heading and blocks.
 */
function wrapSections(tree: Root): void {
  const children: RootContent[] = [];
  let section: Parent | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      const id = (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id ?? '';
      section = {
        type: 'questionSection',
        children: [],
        data: { hName: 'section', hProperties: { className: ['question-section'], dataPagefindFilter: `section:${id}` } },
      } as unknown as Parent;
      children.push(section as unknown as RootContent);
    }
    if (section && !INVISIBLE.has(node.type)) section.children.push(node);
    else children.push(node);
  }
  tree.children = children;
}

function anchorChildren(node: RootContent, base: string, nextAnchor: (base: string) => string): void {
  if (node.type === 'list') {
    for (const item of node.children) setId(item, nextAnchor(base));
  } else if (node.type !== 'thematicBreak') {
    setId(node, nextAnchor(base));
  }
}
