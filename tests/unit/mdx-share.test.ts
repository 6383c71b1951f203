// The bench's MDX share: the questions it turns into MDX are valid MDX questions, with the
// components and table a coach would add, and the share asked for.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { afterEach, describe, expect, it } from 'vitest';
import { asMdxQuestion, convertShareToMdx } from '../../bench/mdx-share.ts';
import { syntheticDocuments } from '../../bench/synthetic-question.ts';
import { parseQuestionDocument } from '../../scripts/lib/import-parser.ts';
import { buildQuestionFile } from '../../scripts/lib/question-file.ts';
import { loadTaxonomy } from '../../src/lib/bank/taxonomy.ts';
import { parseQuestionBody, questionBodyHtml, questionFormat } from '../../src/lib/markdown/question-markdown.ts';

const taxonomy = loadTaxonomy();
const imported = syntheticDocuments(20, 3, taxonomy).map((document) => buildQuestionFile(parseQuestionDocument(document.text), { taxonomy, source: document.name }).contents);

let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('asMdxQuestion', () => {
  it('gives a hand-written MDX question that passes the checks, with a callout, a comparison and a table', () => {
    for (const file of imported) {
      const mdx = asMdxQuestion(file);
      const { frontmatter, content } = parseFrontmatter(mdx, { frontmatter: 'empty-with-lines' });
      expect(questionFormat('q.mdx', frontmatter)).toBe('mdx');
      expect(frontmatter['source']).toBeUndefined();
      const html = questionBodyHtml(parseQuestionBody(content, 'q.mdx', 'mdx').tree);
      expect(html).toContain('<aside class="component callout"');
      expect(html).toContain('<div class="component answer-comparison"');
      expect(html).toContain('<th>Option</th>');
    }
  });
});

describe('convertShareToMdx', () => {
  it('turns every tenth question file into .mdx for a share of 0.1', () => {
    folder = mkdtempSync(join(tmpdir(), 'mdx-share-'));
    imported.forEach((file, index) => writeFileSync(join(folder!, `q${String(index).padStart(2, '0')}.md`), file));
    expect(convertShareToMdx(folder, 0.1)).toBe(2);
    const names = readdirSync(folder).sort();
    expect(names.filter((name) => name.endsWith('.mdx'))).toEqual(['q00.mdx', 'q10.mdx']);
    expect(names).toHaveLength(20);
    expect(readFileSync(join(folder, 'q10.mdx'), 'utf8')).toContain('<AnswerComparison>');
  });
});
