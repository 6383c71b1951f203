// Small question folders for build tests, made from the fixture bank's questions with one change each.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseQuestionDocument } from '../../scripts/lib/import-parser.ts';
import { buildQuestionFile, type QuestionFile } from '../../scripts/lib/question-file.ts';
import { parseTaxonomy, type Competency } from '../../src/lib/bank/taxonomy.ts';
import type { MarkdownQuestion } from '../../src/lib/markdown/markdown-export.ts';
import { parseQuestionBody } from '../../src/lib/markdown/question-markdown.ts';
import { FIXTURE_TAXONOMY_FILE, OUTPUT, ROOT } from './build.ts';

/**
 * The fixture bank: the two seed documents (tests/fixtures/seeds/) as the importer writes them,
 * which tests/build/import-command.test.ts holds to. Tests build this, never content/, so that a
 * coach's questions can change without touching a test.
 */
export const FIXTURE_QUESTIONS_DIR = join(ROOT, 'tests/fixtures/bank/questions');

export { FIXTURE_TAXONOMY_FILE };

/** The fixture taxonomy, parsed as the build parses a taxonomy. */
export function fixtureTaxonomy(): Competency[] {
  return parseTaxonomy(readFileSync(FIXTURE_TAXONOMY_FILE, 'utf8'), FIXTURE_TAXONOMY_FILE);
}

/** The text of each question file in the fixture bank, by file name. */
export function bankQuestions(): Map<string, string> {
  return new Map(readdirSync(FIXTURE_QUESTIONS_DIR).map((name) => [name, readFileSync(join(FIXTURE_QUESTIONS_DIR, name), 'utf8')]));
}

/** Writes files (names may hold folders) into tests/.output/<name>-questions and returns that folder. */
export function writeQuestions(name: string, files: Record<string, string>): string {
  const folder = join(OUTPUT, `${name}-questions`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
  return folder;
}

/** Replaces one exact piece of text, failing loudly if it is not there to replace. */
export function edit(text: string, from: string | RegExp, to: string): string {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit found nothing to replace: ${String(from)}`);
  return changed;
}

let taxonomy: Competency[] | undefined;

/** A question document as the importer writes it (fixture taxonomy): its file, and the file's body without the frontmatter. */
export function importedQuestion(document: string): { file: QuestionFile; body: string } {
  const file = buildQuestionFile(parseQuestionDocument(document), { taxonomy: (taxonomy ??= fixtureTaxonomy()) });
  return { file, body: file.contents.replace(/^---\n[\s\S]*?\n---\n/u, '') };
}

/** A question document imported, its body parsed as the page parses it, and described for the export on `site`. */
export function exportedQuestion(document: string, site: string): MarkdownQuestion {
  const { file, body } = importedQuestion(document);
  return {
    title: file.frontmatter.title,
    url: `${site}/questions/${file.slug}/`,
    category: 'Behavioral',
    level: { name: 'Senior', url: `${site}/levels/senior/` },
    competencies: [
      { name: 'Ownership', url: `${site}/competencies/ownership/` },
      { name: 'Conflict Resolution', url: `${site}/competencies/conflict-resolution/` },
    ],
    prompt: file.frontmatter.question,
    body: parseQuestionBody(body, 'q.md').tree,
  };
}
