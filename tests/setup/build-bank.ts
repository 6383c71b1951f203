// Builds the bank itself (content/questions, with its search index) once per test run.
import { buildSite, type BuiltSite } from '../helpers/build.ts';

const shared = globalThis as typeof globalThis & { bankBuild?: BuiltSite };

export default function setup(): void {
  // The build and e2e projects both ask; they share one process, so the second finds it done.
  shared.bankBuild ??= buildSite('bank', { questionsDir: 'content/questions', pagefind: true });
  if (!shared.bankBuild.ok) throw new Error(`building the bank failed:\n${shared.bankBuild.output}`);
}
