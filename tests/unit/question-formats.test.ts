// How each kind of question file is read, and what an MDX question may not hold: every refusal
// names the file and the line, as a coach needs to fix it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/bank/frontmatter.ts';
import { parseMarkdown, parseQuestionBody, questionBodyHtml, questionFormat } from '../../src/lib/markdown/question-markdown.ts';
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

describe('the Markdown parser', () => {
  // The bank reads .md with Sätteri, for speed; a question must read exactly as remark-parse
  // (the CommonMark reference parser of the unified family) reads it: same page, same lines in errors.
  const FIXTURE_BANK = join(import.meta.dirname, '../fixtures/bank/questions');
  const seeds = readdirSync(FIXTURE_BANK).map((name) => readFrontmatter(readFileSync(join(FIXTURE_BANK, name), 'utf8'), name).content);
  const tricky = [
    'A [link](/questions/x/ "title") and [ref][r], <https://auto.example>, `code` and *em* **strong**.\n\n[r]: https://example.com',
    '- one\n  continued\n\n  second paragraph\n- two\n    1. nested\n    2. list\n\n> quoted *text*\n> - in a list',
    '&amp; &copy; &#35; &#x22; \\* \\_ \\[ a\\\nhard break  \nanother',
    '<div>raw</div>\n\n<span>inline</span> html <!-- comment -->',
    '    indented code\n\n```ts\nfenced\n```\n\n***\n\nSetext\n---',
    'tabs\there, ü, 漢字, emoji 🙂, *$*alpha, **bold**text, snake_case_word, 2*3*4',
    '![alt *text*](/img.png) [empty]() [](/no-text) [a](<with space>)',
    '~~struck~~ and www.example.com: text in CommonMark, GFM in a hand-written file',
  ];
  const reference = {
    imported: unified().use(remarkParse),
    markdown: unified().use(remarkParse).use(remarkGfm),
  };
  const gfmOnly = ['| a | b |\n|---|---|\n| 1 | 2 |', '~~gone~~ www.example.com and https://a.example/x_(y).', '- [x] done\n- [ ] not', 'Note[^1].\n\n[^1]: The footnote.'];
  const plain = (tree: unknown) => JSON.parse(JSON.stringify(tree)) as unknown;

  it.each(['imported', 'markdown'] as const)('reads %s questions node for node and line for line as remark does', (format) => {
    const processor = reference[format];
    for (const markdown of [...seeds, ...tricky, ...(format === 'markdown' ? gfmOnly : [])]) {
      expect(plain(parseMarkdown(markdown, format)), markdown).toEqual(plain(processor.runSync(processor.parse(markdown))));
    }
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
