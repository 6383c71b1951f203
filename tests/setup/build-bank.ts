// Builds the sites the build and browser tiers read, once per test run: the fixture bank of the
// two seed questions, the small browsing fixture bank and the practice bank, each with its search index.
// Never content/.
import { buildSite, type BuiltSite } from '../helpers/build.ts';
import { writeBrowseBank } from '../helpers/browse-bank.ts';
import { FIXTURE_QUESTIONS_DIR } from '../helpers/fixtures.ts';
import { writePracticeBank } from '../helpers/practice-bank.ts';

const shared = globalThis as typeof globalThis & { bankBuilds?: BuiltSite[] };

export default function setup(): void {
  // The build and e2e projects both ask; they share one process, so the second finds it done.
  shared.bankBuilds ??= [
    buildSite('bank', { questionsDir: FIXTURE_QUESTIONS_DIR, pagefind: true }),
    buildSite('browse', { questionsDir: writeBrowseBank(), pagefind: true }),
    buildSite('practice', { questionsDir: writePracticeBank(), pagefind: true }),
  ];
  for (const build of shared.bankBuilds) {
    if (!build.ok) throw new Error(`building ${build.dist} failed:\n${build.output}`);
  }
}
