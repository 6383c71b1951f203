// What each kind of question file costs the build to read: the same N synthetic questions rendered
// (parse and check, page HTML, Markdown export — what a build does once per question) as imported
// CommonMark, as hand-written GFM, and as MDX with a Callout, an AnswerComparison and a table added,
// then a bank of imported questions with a tenth as MDX, in one process, interleaved, best of R rounds.
// Usage: npm run bench:formats -- [--n 1000] [--seed 1] [--rounds 5]
import { loadavg } from 'node:os';
import { parseQuestionDocument } from '../scripts/lib/import-parser.ts';
import { buildQuestionFile } from '../scripts/lib/question-file.ts';
import { readFrontmatter } from '../src/lib/bank/frontmatter.ts';
import { loadTaxonomy } from '../src/lib/bank/taxonomy.ts';
import { questionMarkdown } from '../src/lib/markdown/markdown-export.ts';
import { parseQuestionBody, questionBodyHtml, type QuestionFormat } from '../src/lib/markdown/question-markdown.ts';
import { formatFigures, type Figure } from './bench-figures.ts';
import { asMdxQuestion } from './mdx-share.ts';
import { bestOfRounds, roundsArgs } from './rounds.ts';
import { syntheticDocuments } from './synthetic-question.ts';

const usage = 'usage: npm run bench:formats -- [--n COUNT] [--seed NUMBER] [--rounds R]';

interface Case {
  body: string;
  format: QuestionFormat;
}

const body = (file: string) => readFrontmatter(file, 'bench').content;

/** Renders every question as a build does: parse and check, HTML, Markdown export. */
function render(cases: readonly Case[]): void {
  for (const { body: text, format } of cases) {
    const { tree } = parseQuestionBody(text, 'bench', format);
    questionBodyHtml(tree);
    questionMarkdown({ title: 'T', url: 'https://bank.example.com/questions/t/', category: 'Behavioral', level: { name: 'Mid', url: 'https://bank.example.com/levels/mid/' }, competencies: [], prompt: 'Why?', body: tree });
  }
}

function main(argv: string[]): number {
  const args = roundsArgs(argv, usage, { rounds: 5, minCount: 10 });
  if (typeof args === 'number') return args;
  const { count, seed, rounds } = args;
  const taxonomy = loadTaxonomy();
  const files = syntheticDocuments(count, seed, taxonomy).map((document) => buildQuestionFile(parseQuestionDocument(document.text), { taxonomy, source: document.name }).contents);
  const mdxFiles = files.map(asMdxQuestion);
  const sets: Record<string, Case[]> = {
    'imported .md (CommonMark)': files.map((file) => ({ body: body(file), format: 'imported' })),
    'the same as hand-written .md (GFM)': files.map((file) => ({ body: body(file), format: 'markdown' })),
    'the same as .mdx with components and a table': mdxFiles.map((file) => ({ body: body(file), format: 'mdx' })),
    'a bank of imported .md': files.map((file) => ({ body: body(file), format: 'imported' })),
    'the same bank with every tenth question as .mdx': files.map((file, index) => (index % 10 === 0 ? { body: body(mdxFiles[index]!), format: 'mdx' } : { body: body(file), format: 'imported' })),
  };
  const loadBefore = loadavg()[0]!;
  const best = bestOfRounds(rounds, Object.fromEntries(Object.entries(sets).map(([name, cases]) => [name, () => render(cases)])));
  const perQuestion = (name: string) => best.get(name)! / count;
  const [imported, gfm, mdx, bank, mixed] = Object.keys(sets).map(perQuestion) as [number, number, number, number, number];
  const figures: Figure[] = [
    ['questions', count],
    ['rounds (best taken)', rounds],
    ...Object.keys(sets).map((name): Figure => [`${name}: ms per question`, perQuestion(name)]),
    ['GFM / imported', gfm / imported],
    ['MDX / imported', mdx / imported],
    ['bank with a tenth as MDX / all imported', mixed / bank],
    ['load average before', loadBefore],
    ['load average after', loadavg()[0]!],
  ];
  console.log(formatFigures(figures));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
