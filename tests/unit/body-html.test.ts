import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticDocuments } from '../../bench/synthetic-question.ts';
import { directBodyHtml } from '../../src/lib/markdown/body-html.ts';
import { parseQuestionBody, pipelineBodyHtml, type QuestionFormat } from '../../src/lib/markdown/question-markdown.ts';
import { fixtureTaxonomy, importedQuestion } from '../helpers/fixtures.ts';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

/** A document's body as the importer writes it. */
const importedBody = (document: string) => importedQuestion(document).body;

const tree = (body: string, format: QuestionFormat = 'imported') => parseQuestionBody(body, 'q.md', format).tree;

const NARRATIVE = '## Situation\n\n- It broke.\n\n## Task\n\n- Fix it.\n\n## Action\n\n- I fixed it.\n\n## Result\n\n- It works.\n\n## Learning\n\n- Test first.\n';

describe('directBodyHtml', () => {
  const documents = [
    ...[1, 2, 3].flatMap((seed) => syntheticDocuments(150, seed, fixtureTaxonomy()).map((document) => ({ name: `${seed}/${document.name}`, text: document.text }))),
    { name: 'hostile-text.txt', text: fixture('documents/hostile-text.txt') },
    { name: 'seed 000', text: fixture('seeds/000_bf399ce638f9ebf9.txt') },
    { name: 'seed 001', text: fixture('seeds/001_bfc0ff6645a3386b.txt') },
  ];

  it('writes every imported question, generated, seed and hostile, byte for byte as the unified pipeline does', () => {
    const differing = documents.filter(({ text }) => {
      const parsed = tree(importedBody(text));
      return directBodyHtml(parsed) !== pipelineBodyHtml(parsed);
    });
    expect(differing.map((document) => document.name)).toEqual([]);
  });

  it('is the path imported questions take', () => {
    expect(documents.filter(({ text }) => directBodyHtml(tree(importedBody(text))) === undefined).map((document) => document.name)).toEqual([]);
  });

  it('writes loose list items, sub-sections and paragraphs with their anchors as the pipeline does', () => {
    const body = `## Coach Strategy\n\n### Signals\n\nCalm & "clear" \\<answers\\>.\n\n### Cheat Code\n\n- **Say it:** first\n\n  then _this_\n- second\n\n${NARRATIVE}`;
    const parsed = tree(body);
    expect(directBodyHtml(parsed)).toBe(pipelineBodyHtml(parsed));
    expect(directBodyHtml(parsed)).toContain('<li id="cheat-code-1">\n<p><strong>Say it:</strong> first<a class="anchor-link" href="#cheat-code-1" aria-label="Link to Cheat Code: Say it"');
  });

  it('leaves what it does not write to the pipeline: links, code, ordered lists, tables', () => {
    for (const extra of ['- See [the result](#result).', '- Run `make`.', '1. First', '| a | b |\n| - | - |\n| 1 | 2 |']) {
      const parsed = tree(`## Assumptions\n\n${extra}\n\n${NARRATIVE}`, 'markdown');
      expect(directBodyHtml(parsed), extra).toBeUndefined();
    }
  });
});
