// How each kind of question file is read, and what an MDX question may not hold: every refusal
// names the file and the line, as a coach needs to fix it.
import { describe, expect, it } from 'vitest';
import { parseQuestionBody, questionBodyHtml, questionFormat } from '../../src/lib/markdown/question-markdown.ts';
import { questionMarkdown } from '../../src/lib/markdown/markdown-export.ts';

/** A body with the five narrative sections, `extra` standing at line 5, inside Situation. */
const body = (extra: string) =>
  `## Situation\n\n- It began.\n\n${extra}\n\n## Task\n\n- Mine.\n\n## Action\n\n- Did it.\n\n## Result\n\n- Done.\n\n## Learning\n\n- Learned.\n`;
const mdx = (extra: string) => parseQuestionBody(body(extra), 'questions/q.mdx', 'mdx');
const html = (extra: string, format: 'imported' | 'markdown' | 'mdx') => questionBodyHtml(parseQuestionBody(body(extra), 'q', format).tree);

describe('questionFormat', () => {
  it('reads .mdx as MDX, a .md the importer wrote as CommonMark, and any other .md with GFM', () => {
    expect(questionFormat('questions/a.mdx', {})).toBe('mdx');
    expect(questionFormat('questions/a.md', { source: 'a.txt' })).toBe('imported');
    expect(questionFormat('questions/a.md', {})).toBe('markdown');
  });
});

describe('GFM', () => {
  const table = '| Option | Cost |\n|---|---|\n| Rewrite | High |';

  it('makes tables, strike-through and links of bare URLs in hand-written files', () => {
    for (const format of ['markdown', 'mdx'] as const) {
      expect(html(table, format), format).toContain('<th>Option</th>');
      expect(html('~~fast~~ safe', format), format).toContain('<del>fast</del>');
      expect(html('see https://example.com', format), format).toContain('<a href="https://example.com">');
    }
  });

  it('leaves an imported file as CommonMark, its characters as typed', () => {
    expect(html(table, 'imported')).not.toContain('<table');
    expect(html('~~fast~~ safe, see https://example.com', 'imported')).toContain('~~fast~~ safe, see https://example.com');
  });
});

describe('an MDX question', () => {
  it('may use the Callout and the answer comparison', () => {
    const { tree } = mdx('<Callout title="Watch for">\nVague "we".\n</Callout>\n\n<AnswerComparison>\n<Strong>\nI chose.\n</Strong>\n<Weak>\nIt happened.\n</Weak>\n</AnswerComparison>');
    const page = questionBodyHtml(tree);
    expect(page).toContain('<aside class="component callout" id="situation-2"><p class="component-title">Watch for<a class="anchor-link" href="#situation-2"');
    expect(page).toContain('<div class="component answer-comparison" id="situation-3">');
    const markdown = questionMarkdown({ title: 'Q', url: 'https://bank.example.com/questions/q/', category: 'Behavioral', level: { name: 'Mid', url: 'https://bank.example.com/levels/mid/' }, competencies: [], prompt: 'Why?', body: tree });
    expect(markdown).toContain('> **Watch for:**\n>\n> Vague "we".');
    expect(markdown).toContain('> **Strong and weak answers:**\n>\n> - **Strong answer:**\n>\n>   I chose.\n>\n> - **Weak answer:**\n>\n>   It happened.');
  });

  it.each([
    ['{1 + 1}', 'expressions in braces are not allowed in a question, which is text; write \\{ for a brace'],
    ['import Chart from "./chart.js"', 'imports and exports are not allowed in a question: its components need no import'],
    ['<Chart data="x" />', 'unknown component <Chart>; a question may use <Callout>, and <AnswerComparison> holding a <Strong> and a <Weak>'],
    ['<div>raw</div>', 'unknown component <div>; a question may use'],
    ['<Callout tone="warn">\nx\n</Callout>', 'unknown attribute "tone" on <Callout>; it takes title'],
    ['<Callout title={name}>\nx\n</Callout>', '<Callout> takes plain text attributes (title="…"), not expressions'],
    ['Said <Callout>x</Callout> inline', '<Callout> must stand on lines of its own, not inside a paragraph'],
    ['<Weak>\nx\n</Weak>', '<Weak> belongs inside <AnswerComparison>'],
    ['<AnswerComparison>\n<Weak>\nx\n</Weak>\n</AnswerComparison>', '<AnswerComparison> holds exactly a <Strong> and then a <Weak>, and nothing else'],
    ['<Callout>\nx\n\n## Action\n</Callout>', 'a heading cannot be inside <Callout>', 8],
    ['<Callout>\nnever closed', 'Expected a closing tag for `<Callout>`'],
  ])('refuses %j at its line', (extra: string, reason: string, line = 5) => {
    expect(() => mdx(extra)).toThrow(`questions/q.mdx:${line}: ${reason}`);
  });

  it('is held to the same structure as any question', () => {
    expect(() => parseQuestionBody('## Situation\n\n- s\n\n## Action\n\n- a\n', 'questions/q.mdx', 'mdx')).toThrow(/^questions\/q\.mdx:5: /u);
  });
});
