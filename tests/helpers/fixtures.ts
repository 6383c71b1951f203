// Small question folders for build tests, made from the bank's own questions with one change each.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT, ROOT } from './build.ts';

const BANK_QUESTIONS = join(ROOT, 'content', 'questions');

/** The text of each question file in the bank, by file name. */
export function bankQuestions(): Map<string, string> {
  return new Map(readdirSync(BANK_QUESTIONS).map((name) => [name, readFileSync(join(BANK_QUESTIONS, name), 'utf8')]));
}

/** Writes files into tests/.output/<name>/questions and returns that folder. */
export function writeQuestions(name: string, files: Record<string, string>): string {
  const folder = join(OUTPUT, `${name}-questions`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
  return folder;
}

/** Replaces one exact piece of text, failing loudly if it is not there to replace. */
export function edit(text: string, from: string | RegExp, to: string): string {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit found nothing to replace: ${String(from)}`);
  return changed;
}
