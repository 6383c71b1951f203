// The components an MDX question may use — a coach's aside (<Callout>) and a strong-versus-weak
// answer comparison (<AnswerComparison> with <Strong> and <Weak>) — as a check of the MDX tree,
// as page HTML, and as plain Markdown for the export. Nothing in an MDX question runs: no
// imports, exports or {expressions}, and no component the bank does not define here.
import type { Element, ElementContent } from 'hast';
import type { BlockContent, DefinitionContent, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { State } from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
// The MDX node types in mdast's tree types.
import type {} from 'remark-mdx';

interface ComponentDefinition {
  /** The attributes it takes, each optional, with the default shown when it is absent. */
  attributes: Record<string, string>;
  /** Where it may stand: at the top of a section, or only inside another component. */
  parent?: string;
  /** Its HTML element and class. */
  tagName: string;
  className: string;
}

const COMPONENTS: Record<string, ComponentDefinition> = {
  Callout: { attributes: { title: 'Coach’s aside' }, tagName: 'aside', className: 'callout' },
  AnswerComparison: { attributes: { title: 'Strong and weak answers' }, tagName: 'div', className: 'answer-comparison' },
  Strong: { attributes: { title: 'Strong answer' }, parent: 'AnswerComparison', tagName: 'div', className: 'answer-strong' },
  Weak: { attributes: { title: 'Weak answer' }, parent: 'AnswerComparison', tagName: 'div', className: 'answer-weak' },
};

/** What a coach is told a question may use. */
const ALLOWED = '<Callout>, and <AnswerComparison> holding a <Strong> and a <Weak>';

const lineOf = (node: Nodes) => node.position?.start.line ?? 0;

function attributeValue(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): string | undefined {
  return attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' ? attribute.value : undefined;
}

/** A component's title: its `title` attribute, or the component's default. */
function titleOf(node: MdxJsxFlowElement): string {
  const definition = COMPONENTS[node.name ?? '']!;
  const given = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'title');
  return (given && attributeValue(given)?.trim()) || definition.attributes['title']!;
}

/** Why an MDX node cannot be in a question, or undefined when it can. */
function whyRefused(node: Nodes, parent: string | undefined): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return 'imports and exports are not allowed in a question: its components need no import';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return 'expressions in braces are not allowed in a question, which is text; write \\{ for a brace';
    case 'mdxJsxTextElement':
      return node.name !== null && node.name in COMPONENTS
        ? `<${node.name}> must stand on lines of its own, not inside a paragraph`
        : `unknown component <${node.name ?? ''}>; a question may use ${ALLOWED}`;
    case 'heading':
      return parent === undefined ? undefined : `a heading cannot be inside <${parent}>: sections and their headings stay outside components`;
    case 'mdxJsxFlowElement':
      break;
    default:
      return undefined;
  }
  const definition = node.name === null ? undefined : COMPONENTS[node.name];
  if (!definition) return `unknown component <${node.name ?? ''}>; a question may use ${ALLOWED}`;
  if ((definition.parent ?? undefined) !== parent) {
    return definition.parent === undefined
      ? `<${node.name}> cannot be inside <${parent}>`
      : `<${node.name}> belongs inside <${definition.parent}>`;
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute' || typeof attribute.value !== 'string') {
      return `<${node.name}> takes plain text attributes (title="…"), not expressions`;
    }
    if (!(attribute.name in definition.attributes)) {
      return `unknown attribute "${attribute.name}" on <${node.name}>; it takes ${Object.keys(definition.attributes).join(', ')}`;
    }
  }
  if (node.name === 'AnswerComparison') {
    const parts = node.children.map((child) => (child.type === 'mdxJsxFlowElement' ? child.name : child.type));
    if (parts.join(',') !== 'Strong,Weak') return '<AnswerComparison> holds exactly a <Strong> and then a <Weak>, and nothing else';
  } else if (node.children.length === 0) {
    return `<${node.name}> is empty`;
  }
  return undefined;
}

/**
 * Remark plugin for MDX questions, run before the structure check: refuses, with `file:line`,
 * anything that is not text or one of the bank's components used as documented.
 */
export function remarkQuestionComponents() {
  return (tree: Root, file: VFile) => {
    const visit = (node: Nodes, parent: string | undefined) => {
      const reason = whyRefused(node, parent);
      if (reason !== undefined) throw new Error(`${file.path}:${lineOf(node)}: ${reason}`);
      if (!('children' in node)) return;
      const inside = node.type === 'mdxJsxFlowElement' ? (node.name ?? undefined) : parent;
      for (const child of node.children) visit(child, inside);
    };
    visit(tree, undefined);
  };
}

/** The heading line of a component: its title. */
const titleElement = (title: string): Element => ({
  type: 'element',
  tagName: 'p',
  properties: { className: ['component-title'] },
  children: [{ type: 'text', value: title }],
});

/**
 * remark-rehype's handler for a component: its element, its title first, then its content. The
 * anchor id the structure check gave it comes along, so the `#` link sits beside the title.
 */
export function componentToHast(state: State, node: MdxJsxFlowElement): Element {
  const definition = COMPONENTS[node.name ?? '']!;
  const element: Element = {
    type: 'element',
    tagName: definition.tagName,
    properties: { className: ['component', definition.className] },
    children: [titleElement(titleOf(node)), ...(state.all(node) as ElementContent[])],
  };
  state.patch(node, element);
  return state.applyData(node, element);
}

/** The Markdown form of a component, for the export: a quote or a list, titled in bold. */
function componentAsMarkdown(node: MdxJsxFlowElement): BlockContent {
  const title: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: `${titleOf(node)}:` }] }] };
  const content = node.children.map((child) => (child.type === 'mdxJsxFlowElement' ? componentAsMarkdown(child) : child)) as (BlockContent | DefinitionContent)[];
  if (node.name === 'AnswerComparison') {
    // Strong and Weak each become a list item of their own under the comparison's title.
    return { type: 'blockquote', children: [title, { type: 'list', ordered: false, spread: true, children: content.map((part) => ({ type: 'listItem', spread: true, children: part.type === 'blockquote' ? part.children : [part] })) }] };
  }
  return { type: 'blockquote', children: [title, ...content] };
}

/** Replaces every component in a tree (the export's own copy), wherever it stands, by its Markdown form. */
export function componentsAsMarkdown(tree: Root | RootContent): void {
  if (!('children' in tree)) return;
  const children = tree.children as RootContent[];
  for (const [index, node] of children.entries()) {
    if (node.type === 'mdxJsxFlowElement') children[index] = componentAsMarkdown(node);
    else componentsAsMarkdown(node);
  }
}
