// A question body's HTML, written straight from its checked Markdown tree for the shapes imported
// questions have: `##` sections, `###` sub-sections, paragraphs, bulleted lists, bold labels,
// emphasis and text. It gives the very bytes the unified pipeline gives (question-markdown.ts:
// remark-rehype, the section wrappers, the `#` links, rehype-stringify) at a fraction of the cost,
// which matters because rendering bodies is on a large build's critical path (README,
// Performance). Any other tree is left to that pipeline; tests/unit/body-html.test.ts holds the
// two to one output.
import type { Heading, List, Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import { blockName } from '../shared/citation.ts';
import { sectionTitle } from '../shared/sections.ts';

/** A character as HTML writes it by number: `&` → `&#x26;`. */
const reference = (character: string) => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`;
/** Text content: only `&` and `<` could start markup. */
const textHtml = (value: string) => value.replace(/[&<]/gu, reference);
/** A double-quoted attribute value. */
const attributeHtml = (value: string) => value.replace(/["&'`]/gu, reference);

/** Thrown inside the writer when the tree holds something it does not write; the pipeline does. */
class NotDirect extends Error {}

/** The anchor id the structure check gave a node (remark-question-structure.ts), if any. */
function anchorId(node: Nodes): string | undefined {
  const properties = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties;
  if (properties === undefined) return undefined;
  if (Object.keys(properties).some((key) => key !== 'id') || typeof properties['id'] !== 'string') throw new NotDirect();
  return properties['id'];
}

function phrasingHtml(nodes: readonly PhrasingContent[]): string {
  let html = '';
  for (const node of nodes) {
    if (node.type === 'text') html += textHtml(node.value);
    else if (node.type === 'strong') html += `<strong>${phrasingHtml(node.children)}</strong>`;
    else if (node.type === 'emphasis') html += `<em>${phrasingHtml(node.children)}</em>`;
    else throw new NotDirect();
    if ('data' in node && node.data !== undefined && Object.keys(node.data).length > 0) throw new NotDirect();
  }
  return html;
}

function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : 'children' in node ? plainText(node.children as PhrasingContent[]) : '')).join('');
}

/** The `#` link beside a block or heading, as rehype-anchor-links.ts makes it. */
const anchorLinkHtml = (id: string, name: string) => {
  const cited = attributeHtml(name);
  return `<a class="anchor-link" href="#${attributeHtml(id)}" aria-label="Link to ${cited}" data-cite="${cited}" data-pagefind-ignore="">#</a>`;
};

/** A paragraph's content and, when it has an anchor, its `#` link, named by its label or first words. */
function citedPhrasing(paragraph: Paragraph, id: string | undefined, section: string): string {
  const html = phrasingHtml(paragraph.children);
  if (id === undefined) return html;
  const lead = paragraph.children.find((child) => !(child.type === 'text' && child.value.trim() === ''));
  const label = lead?.type === 'strong' ? plainText(lead.children).trim() : '';
  const name = blockName(section, { label: label.endsWith(':') ? label : undefined, text: plainText(paragraph.children) });
  return html + anchorLinkHtml(id, name);
}

function headingHtml(heading: Heading): { html: string; section: string } {
  const id = anchorId(heading);
  if (id === undefined || (heading.depth !== 2 && heading.depth !== 3)) throw new NotDirect();
  const section = sectionTitle(id) ?? plainText(heading.children).trim();
  const tag = `h${heading.depth}`;
  return {
    html: `<div class="section-heading section-heading-${tag}"><${tag} id="${attributeHtml(id)}">${phrasingHtml(heading.children)}</${tag}>${anchorLinkHtml(id, section)}</div>`,
    section,
  };
}

function listHtml(list: List, section: string): string {
  if (list.ordered) throw new NotDirect();
  // As remark-rehype: a list is loose if it or any of its items is spread, and then every item's
  // paragraphs stay paragraphs; in a tight list an item's one paragraph is its content.
  const loose = Boolean(list.spread) || list.children.some((item) => item.spread ?? item.children.length > 1);
  const items = list.children.map((item) => {
    if (typeof item.checked === 'boolean' || item.children.length === 0) throw new NotDirect();
    const paragraphs = item.children.map((child) => {
      if (child.type !== 'paragraph' || anchorId(child) !== undefined) throw new NotDirect();
      return child;
    });
    const id = anchorId(item);
    const open = id === undefined ? '<li>' : `<li id="${attributeHtml(id)}">`;
    if (!loose) {
      if (paragraphs.length !== 1) throw new NotDirect();
      return `${open}${citedPhrasing(paragraphs[0]!, id, section)}</li>`;
    }
    const blocks = paragraphs.map((paragraph, index) => `<p>${index === 0 ? citedPhrasing(paragraph, id, section) : phrasingHtml(paragraph.children)}</p>`);
    return `${open}\n${blocks.join('\n')}\n</li>`;
  });
  return `<ul>\n${items.join('\n')}\n</ul>`;
}

/**
 * The page's HTML for a checked body tree, or undefined when the tree holds anything but the
 * shapes above (a table, a link, code, a component …), which the unified pipeline then writes.
 */
export function directBodyHtml(tree: Root): string | undefined {
  try {
    let html = '';
    let section: string | undefined;
    for (const [index, node] of tree.children.entries()) {
      // Blocks are a line apart; the line before a `##` heading still belongs to the section it ends.
      if (index > 0) html += '\n';
      if (node.type === 'heading') {
        const heading = headingHtml(node);
        if (node.depth === 2) {
          if (section !== undefined) html += '</section>';
          html += `<section class="question-section" data-pagefind-filter="section:${attributeHtml(anchorId(node)!)}">`;
        } else if (section === undefined) {
          throw new NotDirect();
        }
        section = heading.section;
        html += heading.html;
      } else if (section === undefined) {
        throw new NotDirect();
      } else if (node.type === 'paragraph') {
        const id = anchorId(node);
        html += `${id === undefined ? '<p>' : `<p id="${attributeHtml(id)}">`}${citedPhrasing(node, id, section)}</p>`;
      } else if (node.type === 'list') {
        html += listHtml(node, section);
      } else {
        throw new NotDirect();
      }
    }
    return section === undefined ? html : `${html}</section>`;
  } catch (error) {
    if (error instanceof NotDirect) return undefined;
    throw error;
  }
}
