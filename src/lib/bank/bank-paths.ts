// Where the bank reads its questions and taxonomy from; a benchmark or a test fixture points it elsewhere.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The folder of question files: `BANK_QUESTIONS_DIR` (relative to the project) or `content/questions`. */
export function questionsDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(PROJECT_ROOT, env['BANK_QUESTIONS_DIR'] ?? 'content/questions');
}

/** The competency taxonomy file: `BANK_TAXONOMY` (relative to the project) or `content/competencies.yaml`. */
export function taxonomyFile(env: Record<string, string | undefined> = process.env): string {
  return resolve(PROJECT_ROOT, env['BANK_TAXONOMY'] ?? 'content/competencies.yaml');
}

/** Whether a file lies inside a folder. */
export function isInside(folder: string, file: string): boolean {
  const path = relative(folder, file);
  return path !== '' && !path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path);
}
