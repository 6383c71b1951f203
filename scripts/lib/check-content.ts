// Checks a bank's content without building the site: the taxonomy and every question file, through
// the parsers, schemas, structure plugin and slug-claim check the build uses, collecting every
// problem as `file:line: reason` instead of stopping at the first.
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { LineCounter, isNode, parseDocument } from 'yaml';
import { competencySchema, taxonomySchema, type Competency } from '../../src/schemas/competency.ts';
import { createQuestionSchema, type QuestionData } from '../../src/schemas/question.ts';
import { findSlugClaimProblems } from '../../src/lib/bank/slug-claims.ts';
import { parseQuestionBody, questionFormat } from '../../src/lib/markdown/question-markdown.ts';
import { LEVELS, type LevelId } from '../../src/lib/shared/vocabulary.ts';

export interface ContentCheckOptions {
  /** The folder of question files, read as the build's loader reads it (every `.md`, recursively). */
  questionsDir: string;
  /** The competency taxonomy (content/competencies.yaml). */
  taxonomyFile: string;
  /** Files are named relative to this folder in problems (default: the working directory). */
  relativeTo?: string;
}

export interface ContentCheck {
  /** Every problem found, as `file:line: reason`, taxonomy first, then files in name order. */
  problems: string[];
  /** Question files read, valid or not. */
  files: number;
  /** Valid competencies in the taxonomy. */
  competencies: number;
  /** Questions with valid frontmatter, per level, in the levels' order. */
  levels: { id: LevelId; name: string; count: number }[];
  /** Competencies of the taxonomy that no question with valid frontmatter carries. */
  uncovered: Competency[];
}

/** Finds the line of a YAML value by its path, falling back to its nearest parent that exists. */
type LineOf = (path: readonly PropertyKey[]) => number;

/** A line finder over YAML text whose first line is line `firstLine` of its file. */
function yamlLines(text: string, firstLine: number): LineOf {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  return (path) => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return firstLine - 1 + lineCounter.linePos(node.range[0]).line;
    }
    return firstLine;
  };
}

interface Issue {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
}

/** One `file:line: field: reason` line per schema issue; an unknown key is reported at its own line. */
function issueLines(file: string, issues: readonly Issue[], lineOf: LineOf): string[] {
  return issues.flatMap((issue) => {
    const paths = issue.code === 'unrecognized_keys' && issue.keys ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    return paths.map((path) => {
      const field = path.map(String).join('.');
      const reason = issue.code === 'unrecognized_keys' ? `unknown field "${field}"` : `${field === '' ? '(root)' : field}: ${issue.message}`;
      return `${file}:${lineOf(path)}: ${reason}`;
    });
  });
}

/** The taxonomy's problems, and the competencies in it that are valid on their own. */
function checkTaxonomy(file: string, text: string): { problems: string[]; taxonomy: Competency[] } {
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    // The message repeats the position and quotes the text below it; the line number says both.
    const reason = (message: string) => message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '');
    const problems = document.errors.map((error) => `${file}:${error.linePos?.[0].line ?? 1}: not valid YAML: ${reason(error.message)}`);
    return { problems, taxonomy: [] };
  }
  const data: unknown = document.toJS();
  const result = taxonomySchema.safeParse(data);
  if (result.success) return { problems: [], taxonomy: result.data };
  // Questions are still checked against every entry that is valid by itself.
  const entries = Array.isArray(data) ? data : [];
  const taxonomy = entries.flatMap((entry) => {
    const parsed = competencySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  return { problems: issueLines(file, result.error.issues, yamlLines(text, 1)).sort(byFileAndLine), taxonomy };
}

/** The question files (`.md` and `.mdx`) of a folder as the build's loader takes them, and the names taken twice (`x.md` beside `x.mdx`). */
export function questionFiles(folder: string): { files: string[]; twins: string[][] } {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/u.test(entry.name))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
  const byName = Map.groupBy(files, (name) => name.replace(/\.mdx?$/u, ''));
  return { files, twins: [...byName.values()].filter((group) => group.length > 1) };
}

const newlines = (text: string) => text.split('\n').length - 1;

/** Orders `file:line: reason` lines by file, then by line number. */
function byFileAndLine(a: string, b: string): number {
  const [, fileA = '', lineA = '0'] = /^(.*?):(\d+): /u.exec(a) ?? [];
  const [, fileB = '', lineB = '0'] = /^(.*?):(\d+): /u.exec(b) ?? [];
  return fileA === fileB ? Number(lineA) - Number(lineB) : fileA < fileB ? -1 : 1;
}

interface CheckedQuestion {
  file: string;
  data?: QuestionData | undefined;
  /** Finds a frontmatter field's line in the file. */
  lineOf: LineOf;
  /** Whether the frontmatter names its slug, rather than taking it from the title. */
  hasSlug: boolean;
}

/** Checks one question file, adding its problems; its data when its frontmatter is valid. */
function checkQuestion(file: string, text: string, schema: ReturnType<typeof createQuestionSchema> | undefined, problems: string[]): CheckedQuestion {
  let parsed;
  try {
    // As the loader reads it: blank lines stand in for the frontmatter, keeping the body's line numbers.
    parsed = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
  } catch (error) {
    const { mark, reason } = error as { mark?: { line: number }; reason?: string };
    const at = text.indexOf('---');
    problems.push(`${file}:${newlines(text.slice(0, at)) + (mark?.line ?? 0) + 1}: frontmatter is not valid YAML: ${reason ?? (error as Error).message}`);
    return { file, lineOf: () => 1, hasSlug: false };
  }
  const raw = parsed.rawFrontmatter;
  const firstLine = raw === '' ? 1 : newlines(text.slice(0, text.indexOf(raw))) + 1;
  let lines: LineOf | undefined;
  // Locating fields parses the YAML again, so it is done only for a file with a problem.
  const lineOf: LineOf = (path) => (lines ??= raw === '' ? () => 1 : yamlLines(raw, firstLine))(path);

  let data: QuestionData | undefined;
  if (schema) {
    const result = schema.safeParse(parsed.frontmatter);
    if (result.success) data = result.data;
    else problems.push(...issueLines(file, result.error.issues, lineOf));
  }
  try {
    // The build's parse and structure check, without rendering HTML, which would find nothing more.
    parseQuestionBody(parsed.content, file, questionFormat(file, parsed.frontmatter as { source?: string }));
  } catch (error) {
    // The plugin's own message is already `file:line: reason`.
    const message = (error as Error).message;
    problems.push(message.startsWith(`${file}:`) ? message : `${file}:1: ${message}`);
  }
  return { file, data, lineOf, hasSlug: 'slug' in parsed.frontmatter };
}

/** Checks the taxonomy and every question file; reads files, writes nothing. */
export function checkContent(options: ContentCheckOptions): ContentCheck {
  const relativeTo = options.relativeTo ?? process.cwd();
  const display = (path: string) => {
    const near = relative(relativeTo, path);
    return near.startsWith('..') || isAbsolute(near) ? path : near.split(sep).join('/');
  };

  const taxonomyFile = display(options.taxonomyFile);
  const { problems, taxonomy } = checkTaxonomy(taxonomyFile, readFileSync(options.taxonomyFile, 'utf8'));
  // With no valid competency there is nothing to check competency ids against: the taxonomy's problem says why.
  const schema = taxonomy.length > 0 ? createQuestionSchema(taxonomy) : undefined;

  const { files, twins } = questionFiles(options.questionsDir);
  for (const twin of twins) problems.push(`${twin.map((name) => display(join(options.questionsDir, name))).join(' and ')}:1: one question per file name; rename one of them`);
  const found: string[] = [];
  const questions = files.map((name) => {
    const path = join(options.questionsDir, name);
    return checkQuestion(display(path), readFileSync(path, 'utf8'), schema, found);
  });

  const valid = questions.filter((question): question is CheckedQuestion & { data: QuestionData } => question.data !== undefined);
  const byFile = new Map(valid.map((question) => [question.file, question]));
  for (const problem of findSlugClaimProblems(valid.map((question) => ({ file: question.file, slug: question.data.slug, aliases: question.data.aliases })))) {
    const question = byFile.get(problem.file)!;
    // A file without `slug` takes it from its title.
    const path = problem.as === 'alias' ? ['aliases', question.data.aliases.indexOf(problem.key)] : question.hasSlug ? ['slug'] : ['title'];
    found.push(`${problem.file}:${question.lineOf(path)}: ${problem.reason}`);
  }
  problems.push(...found.sort(byFileAndLine));

  const carried = new Set(valid.flatMap((question) => question.data.competencies));
  return {
    problems,
    files: files.length,
    competencies: taxonomy.length,
    levels: LEVELS.map((level) => ({ id: level.id, name: level.name, count: valid.filter((question) => question.data.level === level.id).length })),
    uncovered: taxonomy.filter((competency) => !carried.has(competency.id)),
  };
}
