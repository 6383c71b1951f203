// Permanent anchors: which id each heading, bullet and paragraph of a question gets, and the
// `#` link beside each one.
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseQuestionBody } from '../../src/lib/markdown/question-markdown.ts';
import { anchorLink, rehypeAnchorLinks } from '../../src/lib/markdown/rehype-anchor-links.ts';
import { sectionTitle } from '../../src/lib/shared/sections.ts';

const BODY = `## Clarifying Questions

- "Should I focus on one team?"

## Assumptions

I assume a cross-team project.

## Coach Strategy

### Signals

- **Ownership:** Taking responsibility.
- **Influence:** Getting buy-in.

### Cheat Code

Reduce entropy.

## Situation – Context

- First situation bullet.
- Second situation bullet.

## Task – Your Responsibility

- The task.

## Action – What You Did

- **Listening:** I listened.
- Plain bullet without a label.
- **Prototyping:** I built a POC.

  A second paragraph of the same bullet.

## Result – Outcome \\& Impact

- **Metric:** 99.99% uptime.

## Learning / Reflection – Growth

- I learned.
`;

/** The ids the structure plugin gives a question body, in document order. */
function anchorIds(body: string): string[] {
  const { tree } = parseQuestionBody(body, 'q.md');
  const ids: string[] = [];
  const visit = (node: Nodes) => {
    const id = (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id;
    if (id !== undefined) ids.push(id);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return ids;
}

describe('remarkQuestionStructure anchors', () => {
  it('gives each section its fixed id and numbers bullets and paragraphs within their section', () => {
    expect(anchorIds(BODY)).toEqual([
      'clarifying-questions',
      'clarifying-questions-1',
      'assumptions',
      'assumptions-1',
      'coach-strategy',
      'signals',
      'signals-1',
      'signals-2',
      'cheat-code',
      'cheat-code-1',
      'situation',
      'situation-1',
      'situation-2',
      'task',
      'task-1',
      'action',
      'action-1',
      'action-2',
      'action-3',
      'result',
      'result-1',
      'learning',
      'learning-1',
    ]);
  });

  it('keeps the anchors of a section when a bullet is added to another section', () => {
    const before = anchorIds(BODY);
    const after = anchorIds(BODY.replace('- Second situation bullet.\n', '- Second situation bullet.\n- A third one.\n'));
    expect(after.filter((id) => id.startsWith('action'))).toEqual(before.filter((id) => id.startsWith('action')));
    expect(after).toContain('situation-3');
  });

  it('anchors the same section the same way whatever its heading says after the dash', () => {
    const renamed = BODY.replace('## Action – What You Did', '## Action');
    expect(anchorIds(renamed)).toEqual(anchorIds(BODY));
  });
});

type Child = ElementContent | string;
const h = (tagName: string, properties: Record<string, string> = {}, children: Child[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children: children.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
});

function withLinks(...children: Element[]): HastRoot {
  const tree: HastRoot = { type: 'root', children };
  rehypeAnchorLinks()(tree);
  return tree;
}

const linkOf = (element: Element) =>
  element.children.find((child): child is Element => child.type === 'element' && child.properties['className']?.toString() === 'anchor-link');

describe('rehypeAnchorLinks', () => {
  it('sets a section heading beside its `#` link, outside the heading so its name stays the heading text', () => {
    const [wrapper] = withLinks(h('h2', { id: 'action' }, ['Action – What You Did'])).children as Element[];
    expect(wrapper!.tagName).toBe('div');
    expect(wrapper!.properties['className']).toEqual(['section-heading', 'section-heading-h2']);
    const [heading, link] = wrapper!.children as Element[];
    expect(heading!.children).toEqual([{ type: 'text', value: 'Action – What You Did' }]);
    expect(link).toEqual(anchorLink('action', 'Action'));
  });

  it('gives a link, kept out of search and named for screen readers, to every bullet with an anchor', () => {
    const list = h('ul', {}, [h('li', { id: 'action-1' }, [h('strong', {}, ['Listening:']), ' I listened.']), '\n', h('li', {}, ['no anchor'])]);
    withLinks(h('h2', { id: 'action' }, ['Action']), list);
    const [first, , second] = list.children as Element[];
    expect(linkOf(first!)?.properties).toEqual({
      className: ['anchor-link'],
      href: '#action-1',
      ariaLabel: 'Link to Action: Listening',
      dataCite: 'Action: Listening',
      dataPagefindIgnore: '',
    });
    expect(linkOf(second!)).toBeUndefined();
  });

  it('names a bullet without a label by its first words, and a sub-section bullet by the sub-section', () => {
    const situation = h('li', { id: 'situation-1' }, ['Our organization was undergoing a massive migration from a monolith.']);
    const signal = h('li', { id: 'signals-1' }, [h('strong', {}, ['Ownership:']), ' Taking responsibility.']);
    withLinks(h('h2', { id: 'situation' }, ['Situation']), h('ul', {}, [situation]), h('h3', { id: 'signals' }, ['Signals']), h('ul', {}, [signal]));
    expect(linkOf(situation)?.properties['dataCite']).toBe('Situation: Our organization was undergoing a massive migration from…');
    expect(linkOf(signal)?.properties['dataCite']).toBe('Signals: Ownership');
  });

  it('puts the link inside the first paragraph of a loose bullet, and after a paragraph with an anchor', () => {
    const paragraph = h('p', {}, [h('strong', {}, ['Prototyping:']), ' I built a POC.']);
    const item = h('li', { id: 'action-3' }, ['\n', paragraph, '\n', h('p', {}, ['More.'])]);
    const assumption = h('p', { id: 'assumptions-1' }, ['I assume a cross-team project.']);
    withLinks(h('h2', { id: 'assumptions' }, ['Assumptions']), assumption, h('h2', { id: 'action' }, ['Action']), h('ul', {}, [item]));
    expect(linkOf(paragraph)?.properties['dataCite']).toBe('Action: Prototyping');
    expect(linkOf(assumption)?.properties['href']).toBe('#assumptions-1');
  });
});

describe('sectionTitle', () => {
  it('is the short name of a section or sub-section, as citations use it', () => {
    expect(sectionTitle('learning')).toBe('Learning / Reflection');
    expect(sectionTitle('cheat-code')).toBe('Cheat Code');
    expect(sectionTitle('nowhere')).toBeUndefined();
  });
});
