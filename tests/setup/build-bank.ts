// Builds the sites the build and browser tiers read, once per test run: the bank itself
// (content/questions, with its search index), the small browsing fixture bank, and the practice bank.
import { buildSite, type BuiltSite } from '../helpers/build.ts';
import { writeBrowseBank } from '../helpers/browse-bank.ts';
import { writePracticeBank } from '../helpers/practice-bank.ts';

const shared = globalThis as typeof globalThis & { bankBuilds?: BuiltSite[] };

export default function setup(): void {
  // The build and e2e projects both ask; they share one process, so the second finds it done.
  shared.bankBuilds ??= [
    buildSite('bank', { questionsDir: 'content/questions', pagefind: true }),
    buildSite('browse', { questionsDir: writeBrowseBank(), pagefind: true }),
    buildSite('practice', { questionsDir: writePracticeBank() }),
  ];
  for (const build of shared.bankBuilds) {
    if (!build.ok) throw new Error(`building ${build.dist} failed:\n${build.output}`);
  }
}
