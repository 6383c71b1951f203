// What the Markdown export costs a question: the bank's own writer against mdast-util-to-markdown
// on the same N synthetic questions, interleaved, best of R rounds, and the share the writer takes.
// Usage: npm run bench:export -- [--n 1000] [--seed 1] [--rounds 7]
import { toMarkdown } from 'mdast-util-to-markdown';
import { parseQuestionDocument } from '../scripts/lib/import-parser.ts';
import { buildQuestionFile } from '../scripts/lib/question-file.ts';
import { readFrontmatter } from '../src/lib/bank/frontmatter.ts';
import { loadTaxonomy } from '../src/lib/bank/taxonomy.ts';
import { questionMarkdown, questionTree, TO_MARKDOWN_OPTIONS, type MarkdownQuestion } from '../src/lib/markdown/markdown-export.ts';
import { writeMarkdown } from '../src/lib/markdown/markdown-writer.ts';
import { parseQuestionBody } from '../src/lib/markdown/question-markdown.ts';
import { formatFigures } from './bench-figures.ts';
import { bestOfRounds, roundsArgs } from './rounds.ts';
import { syntheticDocuments } from './synthetic-question.ts';

const usage = 'usage: npm run bench:export -- [--n COUNT] [--seed NUMBER] [--rounds R]';
const SITE = 'https://bank.example.com';

function main(argv: string[]): number {
  const args = roundsArgs(argv, usage, { rounds: 7, minCount: 1 });
  if (typeof args === 'number') return args;
  const { count, seed, rounds } = args;
  const taxonomy = loadTaxonomy();
  const questions = syntheticDocuments(count, seed, taxonomy).map((document): MarkdownQuestion => {
    const file = buildQuestionFile(parseQuestionDocument(document.text), { taxonomy });
    const { tree } = parseQuestionBody(readFrontmatter(file.contents, document.name).content, document.name);
    return {
      title: file.frontmatter.title,
      url: `${SITE}/questions/${file.slug}/`,
      category: 'Behavioral',
      level: { name: 'Senior', url: `${SITE}/levels/senior/` },
      competencies: file.frontmatter.competencies.map((id) => ({ name: id, url: `${SITE}/competencies/${id}/` })),
      prompt: file.frontmatter.question,
      body: tree,
    };
  });
  // The export makes the body's links absolute in place; once done, exporting again changes nothing.
  const ways: Record<string, (question: MarkdownQuestion) => string> = {
    'mdast-util-to-markdown': (question) => toMarkdown(questionTree(question), TO_MARKDOWN_OPTIONS),
    'questionMarkdown (bank writer, falling back)': questionMarkdown,
  };
  const best = bestOfRounds(rounds, Object.fromEntries(Object.entries(ways).map(([name, write]) => [name, () => questions.forEach((question) => write(question))])));
  const [old, now] = Object.keys(ways).map((name) => best.get(name)! / count) as [number, number];
  const fast = questions.filter((question) => writeMarkdown(questionTree(question)) !== undefined).length;
  console.log(
    formatFigures([
      ['questions', count],
      ['rounds (best taken)', rounds],
      ...Object.keys(ways).map((name): [string, number] => [`${name}: ms per question`, best.get(name)! / count]),
      ['old / new', old / now],
      ['share written by the bank writer', fast / count],
    ]),
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
