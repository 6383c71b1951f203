// Imports question documents (the seeds' plain-text format) as content/questions/<slug>.md.
// Usage: npm run import -- [--out DIR] [--force] [--dry-run] <file.txt>...
// Every document is checked before anything is written; one bad document writes nothing.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PROJECT_ROOT } from '../src/lib/bank/bank-paths.ts';
import { commandArgs } from './lib/command-args.ts';
import { ImportError, parseQuestionDocument } from './lib/import-parser.ts';
import { buildQuestionFile, type QuestionFile } from './lib/question-file.ts';
import { loadTaxonomy } from '../src/lib/bank/taxonomy.ts';

const usage = 'usage: npm run import -- [--out DIR] [--force] [--dry-run] <file.txt>...';

/** The slug and aliases of every question already in a folder, by file. */
function existingClaims(dir: string): Map<string, string> {
  const claims = new Map<string, string>();
  if (!existsSync(dir)) return claims;
  for (const name of readdirSync(dir).filter((file) => /\.mdx?$/u.test(file))) {
    const text = readFileSync(join(dir, name), 'utf8');
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text)?.[1];
    const data = (frontmatter ? parseYaml(frontmatter) : {}) as { slug?: unknown; aliases?: unknown };
    const slug = typeof data.slug === 'string' ? data.slug : name.replace(/\.mdx?$/u, '');
    for (const key of [slug, ...(Array.isArray(data.aliases) ? data.aliases : [])]) claims.set(String(key), name);
  }
  return claims;
}

function main(argv: string[]): number {
  const args = commandArgs(argv, usage, {
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content/questions' },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  if (typeof args === 'number') return args;
  if (args.positionals.length === 0) {
    console.error(`no document given\n${usage}`);
    return 2;
  }
  const outDir = resolve(process.env['INIT_CWD'] ?? process.cwd(), args.values.out);
  const taxonomy = loadTaxonomy();
  const claims = existingClaims(outDir);
  const errors: string[] = [];
  const planned: { from: string; target: string; file: QuestionFile }[] = [];
  // By slug as well, so that finding a twin stays cheap in an import of thousands.
  const plannedBySlug = new Map<string, (typeof planned)[number]>();

  for (const input of args.positionals) {
    const path = resolve(process.env['INIT_CWD'] ?? process.cwd(), input);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      errors.push(`${input}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      continue;
    }
    try {
      const file = buildQuestionFile(parseQuestionDocument(text), { taxonomy, source: basename(path) });
      // Plain Markdown, not MDX: it builds several times faster (see README, Performance).
      const target = join(outDir, `${file.slug}.md`);
      const twin = plannedBySlug.get(file.slug);
      const owner = claims.get(file.slug);
      if (twin) {
        errors.push(`${input}:1: the title gives slug "${file.slug}", which ${twin.from} in this import also gives`);
      } else if (owner && owner !== basename(target)) {
        errors.push(`${input}:1: slug "${file.slug}" is already claimed by ${owner}`);
      } else if (existsSync(target) && !args.values.force) {
        errors.push(`${input}:1: ${relative(PROJECT_ROOT, target)} already exists; pass --force to overwrite it`);
      } else {
        planned.push({ from: input, target, file });
        plannedBySlug.set(file.slug, planned.at(-1)!);
      }
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      errors.push(`${input}:${error.line}: ${error.reason}`);
    }
  }

  if (errors.length > 0) {
    for (const error of errors) console.error(error);
    console.error(`\nnothing written: ${errors.length} problem${errors.length === 1 ? '' : 's'} in ${args.positionals.length} document${args.positionals.length === 1 ? '' : 's'}`);
    return 1;
  }
  if (args.values['dry-run']) {
    for (const entry of planned) console.log(`would write ${relative(process.cwd(), entry.target)} (from ${entry.from})`);
    return 0;
  }
  // Write every file beside its target first, then rename: a failure leaves no half-written question.
  const temporary = planned.map((entry) => `${entry.target}.tmp-${process.pid}`);
  try {
    mkdirSync(outDir, { recursive: true });
    planned.forEach((entry, index) => writeFileSync(temporary[index]!, entry.file.contents, { flag: 'wx' }));
  } catch (error) {
    for (const path of temporary) rmSync(path, { force: true });
    console.error(`nothing written: ${(error as Error).message}`);
    return 1;
  }
  planned.forEach((entry, index) => {
    renameSync(temporary[index]!, entry.target);
    console.log(`wrote ${relative(process.cwd(), entry.target)} (from ${entry.from})`);
  });
  return 0;
}

process.exitCode = main(process.argv.slice(2));
