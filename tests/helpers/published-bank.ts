// The browsing fixture bank built as a GitHub Pages project site publishes it: under a base path,
// with one question moved to a new slug, so that its old address is an alias page, and the MDX
// example question (tests/fixtures/mdx/) beside the Markdown ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSE_QUESTIONS, browseQuestionFile } from './browse-bank.ts';
import { ROOT, buildSite, type BuiltSite } from './build.ts';
import { edit, writeQuestions } from './fixtures.ts';

export const PUBLIC_ORIGIN = 'https://coach.github.io';
export const PUBLIC_BASE = '/question-bank/';
/** The bank's public home: where every absolute link it writes must start. */
export const PUBLIC_HOME = `${PUBLIC_ORIGIN}${PUBLIC_BASE}`;
/** Alpha Migration's earlier slug, kept in its aliases. */
export const OLD_ALPHA = 'alpha-move';

/** The MDX example question: a table, a strike-through, a footnote, a <Callout> and an <AnswerComparison>. */
export const MDX_EXAMPLE = { file: 'reviving-a-stalled-migration.mdx', slug: 'reviving-a-stalled-migration', title: 'Reviving a Stalled Migration' };
export const mdxExample = () => readFileSync(join(ROOT, 'tests/fixtures/mdx', MDX_EXAMPLE.file), 'utf8');

/** Builds the bank under PUBLIC_BASE, with its search index, into tests/.output/<name>/dist. */
export function buildPublishedBank(name: string): BuiltSite {
  const files = Object.fromEntries(
    BROWSE_QUESTIONS.map((entry) => {
      const text = browseQuestionFile(entry);
      return [`${entry.slug}.md`, entry.slug === 'alpha-migration' ? edit(text, 'category:', `aliases:\n  - ${OLD_ALPHA}\ncategory:`) : text];
    }),
  );
  files[MDX_EXAMPLE.file] = mdxExample();
  const built = buildSite(name, { questionsDir: writeQuestions(name, files), pagefind: true, site: PUBLIC_ORIGIN, base: PUBLIC_BASE });
  if (!built.ok) throw new Error(`building the bank under ${PUBLIC_BASE} failed:\n${built.output}`);
  return built;
}
