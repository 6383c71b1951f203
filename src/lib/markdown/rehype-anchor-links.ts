// Rehype plugin for question bodies: next to every section heading and every bullet or paragraph
// that has a permanent anchor, a plain `#` link to that anchor. It works without JavaScript; the
// copy controls (src/scripts/copy-links.ts) turn each one into a button.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { blockName } from '../shared/citation.ts';
import { sectionTitle } from '../shared/sections.ts';

const isElement = (node: RootContent | ElementContent | undefined, tagName?: string): node is Element =>
  node?.type === 'element' && (tagName === undefined || node.tagName === tagName);

const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

const idOf = (element: Element) => (typeof element.properties['id'] === 'string' ? element.properties['id'] : undefined);

/**
 * The label of a bullet or paragraph, if it opens with one in bold ("**Metric:** …"),
 * and where its text lives: the element itself, or the paragraph inside a loose list item.
 */
function blockContent(element: Element): { holder: Element; label?: string } {
  const first = element.children.find((child) => !isBlank(child));
  const holder = isElement(first, 'p') ? first : element;
  const lead = holder.children.find((child) => !isBlank(child));
  const label = isElement(lead, 'strong') ? textOf(lead).trim() : '';
  return label.endsWith(':') ? { holder, label } : { holder };
}

/** The `#` link to an anchor, named for screen readers and kept out of the search index. */
export function anchorLink(id: string, name: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['anchor-link'],
      href: `#${id}`,
      ariaLabel: `Link to ${name}`,
      dataCite: name,
      dataPagefindIgnore: '',
    },
    children: [{ type: 'text', value: '#' }],
  };
}

export function rehypeAnchorLinks() {
  return (tree: Root) => {
    let section: string | undefined;
    const linkBlock = (block: Element) => {
      const id = idOf(block);
      if (id === undefined || section === undefined) return;
      const { holder, label } = blockContent(block);
      holder.children.push(anchorLink(id, blockName(section, { label, text: textOf(holder) })));
    };
    const linkChildren = <T extends RootContent | ElementContent>(children: T[]): T[] =>
      children.map((node) => {
        if (!isElement(node)) return node;
        // Each section arrives wrapped in a <section> for the search index (remark-question-structure).
        if (node.tagName === 'section') {
          node.children = linkChildren(node.children);
          return node;
        }
        const id = idOf(node);
        if ((node.tagName === 'h2' || node.tagName === 'h3') && id !== undefined) {
          section = sectionTitle(id) ?? textOf(node).trim();
          // A sibling, not a child: the heading's accessible name stays the heading's text.
          return {
            type: 'element',
            tagName: 'div',
            properties: { className: ['section-heading', `section-heading-${node.tagName}`] },
            children: [node, anchorLink(id, section)],
          } satisfies Element as T;
        }
        if (node.tagName === 'ul' || node.tagName === 'ol') {
          for (const item of node.children) if (isElement(item, 'li')) linkBlock(item);
        } else {
          linkBlock(node);
        }
        return node;
      });
    tree.children = linkChildren(tree.children);
  };
}
