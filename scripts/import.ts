// Imports question documents (the seeds' plain-text format) as content/questions/<slug>.md.
// Usage: npm run import -- [--out DIR] [--force] [--dry-run] <file.txt>...
// Every document is checked before anything is written, and a run is all or nothing: one bad
// document, one failed write or an interruption leaves the folder as it was.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { readFrontmatter } from '../src/lib/bank/frontmatter.ts';
import { loadTaxonomy } from '../src/lib/bank/taxonomy.ts';
import { commandArgs } from './lib/command-args.ts';
import { checkCharacters, decodeDocument, DocumentTextError } from './lib/document-text.ts';
import { ImportError, parseQuestionDocument } from './lib/import-parser.ts';
import { buildQuestionFile, type QuestionFile } from './lib/question-file.ts';

const usage = 'usage: npm run import -- [--out DIR] [--force] [--dry-run] <file.txt>...';

/** "permission denied" from "EACCES: permission denied, open '…'": the system's reason, without the path. */
const systemReason = (error: unknown) => /^[A-Z]+: ([^,]+)/u.exec((error as Error).message)?.[1] ?? (error as Error).message;

/** What a path is when it is not a regular file, for refusing it without opening it. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** A document's text, or the one line that says why it cannot be read. */
function readDocument(input: string, path: string): string | { error: string } {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: `${input}: ${code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : `cannot read: ${systemReason(error)}`}` };
  }
  if (!stats.isFile()) return { error: `${input}: ${kindOf(stats)}, not a document; give the path of a .txt file` };
  try {
    const text = decodeDocument(readFileSync(path));
    checkCharacters(text);
    return text;
  } catch (error) {
    if (error instanceof DocumentTextError) return { error: `${input}${error.line === undefined ? '' : `:${error.line}`}: ${error.message}` };
    return { error: `${input}: cannot read: ${systemReason(error)}` };
  }
}

/** The names an import gives its temporary and backup files beside a target; the build reads only `*.md`. */
const scratchName = (target: string, kind: 'tmp' | 'bak') => join(target, '..', `.${basename(target)}.import-${process.pid}.${kind}`);
const SCRATCH = /^\.(.+\.md)\.import-(\d+)\.(tmp|bak)$/u;

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Clears what a killed import left in `dir`: temporary files are removed; a backup of a file that
 * `--force` was replacing is put back if the file is missing, else kept and reported.
 */
function clearScratch(dir: string, dryRun: boolean): void {
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const match = SCRATCH.exec(name);
    if (!match || isRunning(Number(match[2]))) continue;
    const path = join(dir, name);
    const target = join(dir, match[1]!);
    const shown = relative(process.cwd(), path);
    if (dryRun) {
      console.warn(`found ${shown}, left by an interrupted import; a real run will clear it`);
    } else if (match[3] === 'tmp') {
      rmSync(path, { force: true });
      console.warn(`removed ${shown}, left by an interrupted import`);
    } else if (!existsSync(target)) {
      renameSync(path, target);
      console.warn(`restored ${relative(process.cwd(), target)} from ${shown}, left by an interrupted import`);
    } else {
      console.warn(`kept ${shown}: the earlier version of ${match[1]} from an interrupted --force import; delete it or rename it back`);
    }
  }
}

interface Existing {
  /** Which file claims each slug and alias. */
  claims: Map<string, string>;
  /** Each file's slug and aliases, kept when --force replaces it. */
  byFile: Map<string, { slug: string; aliases: string[] }>;
}

/** The slug and aliases of every question already in a folder; a file that cannot be read is an error. */
function existingQuestions(dir: string, errors: string[]): Existing {
  const existing: Existing = { claims: new Map(), byFile: new Map() };
  if (!existsSync(dir)) return existing;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const file = relative(process.cwd(), join(dir, entry.name));
    let data: { slug?: unknown; aliases?: unknown };
    try {
      data = readFrontmatter(readFileSync(join(dir, entry.name), 'utf8'), file).frontmatter;
    } catch (error) {
      errors.push(`${(error as Error).message} (a question already in the output folder; fix or remove it first)`);
      continue;
    }
    const slug = typeof data.slug === 'string' ? data.slug : entry.name.replace(/\.md$/u, '');
    const aliases = Array.isArray(data.aliases) ? data.aliases.map(String) : [];
    existing.byFile.set(entry.name, { slug, aliases });
    for (const key of [slug, ...aliases]) existing.claims.set(key, entry.name);
  }
  return existing;
}

interface Planned {
  from: string;
  target: string;
  file: QuestionFile;
}

/**
 * The import's parent and grandparent process ids: `npm run import` is npm, a shell and then this
 * command, and killing either of the first two must stop the import. Linux says who the
 * grandparent is in /proc; elsewhere only the parent is watched.
 */
function ancestry(): string {
  let grandparent = '';
  try {
    grandparent = readFileSync(`/proc/${process.ppid}/stat`, 'utf8').replace(/^.*\) \S+ (\d+).*$/su, '$1');
  } catch {
    // No /proc: the parent alone.
  }
  return `${process.ppid}/${grandparent}`;
}

/**
 * Writes every planned file or none: each is written to a temporary name, then the files it
 * replaces are moved aside and the new ones renamed into place. A failure or a signal (or the
 * command that started the import going away) undoes every step, so the folder is as it was.
 */
async function writeAll(outDir: string, planned: readonly Planned[]): Promise<string | undefined> {
  let interrupted: string | undefined;
  const started = ancestry();
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = signal;
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, onSignal);
  const check = () => {
    if (interrupted === undefined && ancestry() !== started) interrupted = 'the command that started the import ended';
    if (interrupted !== undefined) throw new Error(`interrupted (${interrupted})`);
  };
  const temporaries: string[] = [];
  const backups: { target: string; backup: string }[] = [];
  const placed: string[] = [];
  let current = outDir;
  try {
    await mkdir(outDir, { recursive: true });
    for (const entry of planned) {
      check();
      current = entry.target;
      const temporary = scratchName(entry.target, 'tmp');
      temporaries.push(temporary);
      await writeFile(temporary, entry.file.contents, { flag: 'wx' });
    }
    for (const [index, entry] of planned.entries()) {
      check();
      current = entry.target;
      if (existsSync(entry.target)) {
        const backup = scratchName(entry.target, 'bak');
        await rename(entry.target, backup);
        backups.push({ target: entry.target, backup });
      }
      await rename(temporaries[index]!, entry.target);
      placed.push(entry.target);
    }
    for (const { backup } of backups) rmSync(backup, { force: true });
    return undefined;
  } catch (error) {
    for (const target of placed) rmSync(target, { force: true });
    for (const { target, backup } of backups) renameSync(backup, target);
    for (const temporary of temporaries) rmSync(temporary, { force: true });
    if (interrupted !== undefined) return `interrupted (${interrupted})`;
    return `cannot write ${relative(process.cwd(), current)}: ${systemReason(error)}`;
  } finally {
    for (const signal of signals) process.off(signal, onSignal);
  }
}

async function main(argv: string[]): Promise<number> {
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
  const cwd = process.env['INIT_CWD'] ?? process.cwd();
  const outDir = resolve(cwd, args.values.out);
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
    console.error(`--out ${args.values.out}: not a directory\n${usage}`);
    return 2;
  }
  const taxonomy = loadTaxonomy();
  clearScratch(outDir, args.values['dry-run']);
  const errors: string[] = [];
  const existing = existingQuestions(outDir, errors);
  const planned: Planned[] = [];
  // By slug as well, so that finding a twin stays cheap in an import of thousands.
  const plannedBySlug = new Map<string, Planned>();

  for (const input of args.positionals) {
    const path = resolve(cwd, input);
    const text = readDocument(input, path);
    if (typeof text !== 'string') {
      errors.push(text.error);
      continue;
    }
    try {
      const parsed = parseQuestionDocument(text);
      const source = basename(path);
      let file = buildQuestionFile(parsed, { taxonomy, source });
      // Plain Markdown, not MDX: it builds several times faster (see README, Performance).
      const target = join(outDir, `${file.slug}.md`);
      const replaced = existsSync(target) ? existing.byFile.get(basename(target)) : undefined;
      if (replaced && args.values.force) file = buildQuestionFile(parsed, { taxonomy, source, keep: replaced });
      const twin = plannedBySlug.get(file.slug);
      const owner = existing.claims.get(file.slug);
      if (twin) {
        errors.push(`${input}:1: the title gives slug "${file.slug}", which ${twin.from} in this import also gives`);
      } else if (owner && owner !== basename(target)) {
        errors.push(`${input}:1: slug "${file.slug}" is already claimed by ${owner}`);
      } else if (existsSync(target) && !args.values.force) {
        errors.push(`${input}:1: ${relative(cwd, target)} already exists; pass --force to overwrite it`);
      } else {
        const entry = { from: input, target, file };
        planned.push(entry);
        plannedBySlug.set(file.slug, entry);
      }
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      errors.push(`${input}:${error.line}: ${error.reason}`);
    }
  }

  const count = `${args.positionals.length} document${args.positionals.length === 1 ? '' : 's'}`;
  if (errors.length > 0) {
    for (const error of errors) console.error(error);
    console.error(`\nnothing written: ${errors.length} problem${errors.length === 1 ? '' : 's'} in ${count}`);
    return 1;
  }
  if (args.values['dry-run']) {
    for (const entry of planned) console.log(`would write ${relative(cwd, entry.target)} (from ${entry.from})`);
    return 0;
  }
  const failure = await writeAll(outDir, planned);
  if (failure !== undefined) {
    console.error(`nothing written: ${failure}`);
    return failure.startsWith('interrupted') ? 130 : 1;
  }
  for (const entry of planned) console.log(`wrote ${relative(cwd, entry.target)} (from ${entry.from})`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
