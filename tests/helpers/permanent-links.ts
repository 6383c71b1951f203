// A bank edited the way links get broken elsewhere: one question retitled, another moved to a
// new slug with its old one kept in `aliases`. Built with its own public origin.
import { buildSite, type BuiltSite } from './build.ts';
import { bankQuestions, edit, writeQuestions } from './fixtures.ts';

export const MOVED_SITE = 'https://bank.example.org';
/** The slug the moved question had, now an alias. */
export const OLD_SLUG = 'strategic-influence-and-technical-conflict-resolution';
export const NEW_SLUG = 'winning-over-a-sceptical-peer';
export const NEW_TITLE = 'Winning Over a Sceptical Peer';
/** The question whose title changes while its slug, written once, stays. */
export const RETITLED_SLUG = 'leading-through-influence-and-deadlock-resolution';
export const RETITLED_TITLE = 'Breaking a Three-Team Deadlock';

/** Builds the edited bank into tests/.output/<name>/dist. */
export function buildMovedBank(name: string): BuiltSite {
  const questions = bankQuestions();
  const moved = questions.get(`${OLD_SLUG}.md`)!;
  const retitled = questions.get(`${RETITLED_SLUG}.md`)!;
  const folder = writeQuestions(name, {
    [`${NEW_SLUG}.md`]: edit(
      edit(edit(moved, /^slug: .*$/mu, `slug: ${NEW_SLUG}`), /^title: .*$/mu, `title: ${NEW_TITLE}`),
      /^aliases: \[\]$/mu,
      `aliases:\n  - ${OLD_SLUG}\n  - strategic-influence`,
    ),
    [`${RETITLED_SLUG}.md`]: edit(retitled, /^title: .*$/mu, `title: ${RETITLED_TITLE}`),
  });
  return buildSite(name, { questionsDir: folder, site: MOVED_SITE });
}
