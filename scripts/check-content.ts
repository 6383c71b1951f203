// Checks the bank's questions and taxonomy in seconds, without building the site: prints every
// problem as `file:line: reason`, then what the bank covers. Exits 1 on any problem, 2 on bad usage.
// Usage: npm run check:content -- [--dir QUESTIONS_DIR] [--taxonomy FILE]
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkContent } from './lib/check-content.ts';
import { commandArgs } from './lib/command-args.ts';
import { questionsDir } from '../src/lib/bank/bank-paths.ts';
import { TAXONOMY_FILE } from '../src/lib/bank/taxonomy.ts';

const usage = 'usage: npm run check:content -- [--dir QUESTIONS_DIR] [--taxonomy FILE]   (default: BANK_QUESTIONS_DIR or content/questions)';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function main(argv: string[]): number {
  const args = commandArgs(argv, usage, { options: { dir: { type: 'string' }, taxonomy: { type: 'string' } } });
  if (typeof args === 'number') return args;
  // npm runs scripts from the project; a coach's relative --dir means where they typed it.
  const cwd = process.env['INIT_CWD'] ?? process.cwd();
  const folder = args.values.dir === undefined ? questionsDir() : resolve(cwd, args.values.dir);
  const taxonomyFile = args.values.taxonomy === undefined ? TAXONOMY_FILE : resolve(cwd, args.values.taxonomy);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    console.error(`check-content: no questions folder at ${folder}\n${usage}`);
    return 2;
  }
  if (!existsSync(taxonomyFile)) {
    console.error(`check-content: no taxonomy at ${taxonomyFile}\n${usage}`);
    return 2;
  }

  const started = performance.now();
  const check = checkContent({ questionsDir: folder, taxonomyFile, relativeTo: cwd });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);

  for (const problem of check.problems) console.error(problem);
  const where = relative(cwd, folder) || '.';
  console.log(`Questions per level: ${check.levels.map((level) => `${level.name} ${level.count}`).join(', ')}`);
  console.log(
    check.uncovered.length === 0
      ? 'Every competency has a question.'
      : `Competencies with no question (${check.uncovered.length} of ${check.competencies}): ${check.uncovered.map((competency) => competency.id).join(', ')}`,
  );
  const scope = `${plural(check.files, 'question file')} in ${where} and ${plural(check.competencies, 'competency').replace(/ys$/u, 'ies')} in ${relative(cwd, taxonomyFile)}, in ${seconds} s`;
  if (check.problems.length > 0) {
    console.error(`check-content: ${plural(check.problems.length, 'problem')}; checked ${scope}`);
    return 1;
  }
  console.log(`check-content: no problems; checked ${scope}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
