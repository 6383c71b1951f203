import { readFileSync } from 'node:fs';
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { questionMarkdown, type MarkdownQuestion } from '../../src/lib/markdown/markdown-export.ts';
import { exportedQuestion } from '../helpers/fixtures.ts';

const SITE = 'https://bank.example.com';
const HOSTILE = readFileSync(new URL('../fixtures/documents/hostile-text.txt', import.meta.url), 'utf8');
const SEED = readFileSync(new URL('../fixtures/seeds/000_bf399ce638f9ebf9.txt', import.meta.url), 'utf8');

/** A document imported as the importer writes it, then described for the export. */
function exported(document: string): { question: MarkdownQuestion; markdown: string } {
  const question = exportedQuestion(document, SITE);
  return { question, markdown: questionMarkdown(question) };
}

/** How a block reads: its kind and its text, and the same for what it holds. */
function reading(node: RootContent): unknown {
  return 'children' in node && node.type !== 'paragraph' && node.type !== 'heading'
    ? { type: node.type, children: node.children.map((child) => reading(child as RootContent)) }
    : { type: node.type, text: toString(node) };
}

/** The header the export puts before the body: title, kicker, competencies, prompt, source link. */
const HEADER_BLOCKS = 5;

describe('questionMarkdown', () => {
  const { question, markdown } = exported(SEED);
  const tree: Root = fromMarkdown(markdown);

  it('starts with the title, the level and competencies as absolute links, the prompt and the page URL', () => {
    expect(markdown).toMatch(/^# Strategic Influence and Technical Conflict Resolution\n\nBehavioral · Level: \[Senior\]\(https:\/\/bank\.example\.com\/levels\/senior\/\)\n\n/u);
    expect(markdown).toContain(
      'Competencies: [Ownership](https://bank.example.com/competencies/ownership/), [Conflict Resolution](https://bank.example.com/competencies/conflict-resolution/)',
    );
    expect(markdown).toContain('\n> Senior leaders often face situations');
    expect(markdown).toContain(`From the Behavioral Question Bank: <${question.url}>`);
  });

  it('has the page sections as headings, and labelled bullets with their labels in bold', () => {
    const headings = tree.children.filter((node) => node.type === 'heading').map((node) => `${'#'.repeat(node.depth)} ${toString(node)}`);
    expect(headings).toEqual([
      '# Strategic Influence and Technical Conflict Resolution',
      '## Clarifying Questions',
      '## Assumptions',
      '## Coach Strategy',
      '### Signals',
      '### Cheat Code',
      '## Situation – Context',
      '## Task – Your Responsibility',
      '## Action – What You Did',
      '## Result – Outcome & Impact',
      '## Learning / Reflection – Growth',
    ]);
    expect(markdown).toContain('\n- **Data-Driven Prototyping:** I spent 48 hours building');
  });

  it('reads back block for block as the question file does', () => {
    const source = question.body;
    expect(tree.children.slice(HEADER_BLOCKS).map(reading)).toEqual(source.children.map(reading));
  });

  it('makes relative links in the body absolute', () => {
    const withLinks = questionMarkdown({ ...question, body: fromMarkdown('## Situation\n\n- See [the result](#result) and [another](/questions/other/).\n') });
    expect(withLinks).toContain(`[the result](${question.url}#result)`);
    expect(withLinks).toContain('[another](https://bank.example.com/questions/other/)');
  });
});

describe('questionMarkdown on text full of markup characters', () => {
  const { question, markdown } = exported(HOSTILE);
  const tree = fromMarkdown(markdown);

  it('reads back exactly as the coach wrote it, block for block', () => {
    const source = question.body;
    expect(tree.children.slice(HEADER_BLOCKS).map(reading)).toEqual(source.children.map(reading));
    // The source itself holds the document's lines as text, so the export does too.
    for (const line of ['I set p99 <15ms {and why} as the target & held the line.', '# This line is not a heading.', "<script>alert('x')</script>"]) {
      expect(toString(tree)).toContain(line);
    }
  });

  it('keeps the title and the prompt as text too', () => {
    expect(toString(tree.children[0]!)).toBe('Shipping Under <Pressure> & {Constraints}');
    expect(toString(tree.children[3]!)).toBe(question.prompt.replace(/\n\s*\n/gu, ''));
  });

  it('turns none of it into markup: no HTML, code, emphasis, link or image from the text', () => {
    const kinds = new Set<string>();
    const visit = (node: Root | RootContent) => {
      kinds.add(node.type);
      if ('children' in node) node.children.forEach(visit);
    };
    tree.children.slice(HEADER_BLOCKS).forEach(visit);
    expect([...kinds].filter((kind) => !['heading', 'list', 'listItem', 'paragraph', 'text', 'strong'].includes(kind))).toEqual([]);
  });
});
