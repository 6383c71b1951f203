// Browsing the bank: counting, grouping, filtering and relating questions by competency and level.
import type { QuestionFilter } from './filter-query.ts';
import { LEVELS, type LevelId } from './vocabulary.ts';

// The filter and its query string have a module of their own, which every page's URLs use.
export { competencyParam, competencyQueryPart, FILTER_PARAMS, filterQuery, parseFilterQuery, type QuestionFilter } from './filter-query.ts';

/** What browsing needs of a question. */
export interface QuestionSummary {
  slug: string;
  title: string;
  level: LevelId;
  competencies: readonly string[];
}

export interface Counted<T> {
  item: T;
  count: number;
}

const titleCollator = new Intl.Collator('en', { numeric: true });

/**
 * The bank's title order, wherever questions are listed by title (pages, previous and next,
 * search's browse, the index's parts): as an English reader orders words, and runs of digits by
 * their value ("Q2" before "Q10").
 */
export const compareTitles = (a: string, b: string): number => titleCollator.compare(a, b);

const byTitle = (a: QuestionSummary, b: QuestionSummary) => compareTitles(a.title, b.title);

/** How many questions carry each competency, most first, then by name; competencies without questions last. */
export function countByCompetency<C extends { id: string; name: string }>(
  questions: readonly QuestionSummary[],
  competencies: readonly C[],
): Counted<C>[] {
  const counts = new Map<string, number>();
  for (const question of questions) {
    for (const id of question.competencies) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return competencies
    .map((item) => ({ item, count: counts.get(item.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.item.name.localeCompare(b.item.name, 'en'));
}

/** How many questions each level has, in level order, levels without questions included. */
export function countByLevel(questions: readonly QuestionSummary[]): Counted<(typeof LEVELS)[number]>[] {
  return LEVELS.map((item) => ({ item, count: questions.filter((question) => question.level === item.id).length }));
}

/** The questions carrying a competency, by title. */
export function questionsWithCompetency<Q extends QuestionSummary>(questions: readonly Q[], id: string): Q[] {
  return questions.filter((question) => question.competencies.includes(id)).sort(byTitle);
}

/** The questions of a level, by title. */
export function questionsAtLevel<Q extends QuestionSummary>(questions: readonly Q[], level: LevelId): Q[] {
  return questions.filter((question) => question.level === level).sort(byTitle);
}

/** The competencies that appear alongside one, with how often, most first then by id. */
export function coOccurringCompetencies(questions: readonly QuestionSummary[], id: string): Counted<string>[] {
  const counts = new Map<string, number>();
  for (const question of questions) {
    if (!question.competencies.includes(id)) continue;
    for (const other of question.competencies) {
      if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([item, count]) => ({ item, count }))
    .sort((a, b) => b.count - a.count || a.item.localeCompare(b.item));
}

/** Whether a question passes a filter. */
export function matchesFilter(question: Pick<QuestionSummary, 'level' | 'competencies'>, filter: QuestionFilter): boolean {
  return (
    (filter.level === undefined || question.level === filter.level) &&
    filter.competencies.every((id) => question.competencies.includes(id))
  );
}

/** What each choice of the home filter would give, with the other choices as they are. */
export interface FacetCounts {
  /** Questions the filter gives now. */
  shown: number;
  /** Per competency id: questions the filter would give with that competency ticked too (ticked ones: the current count). */
  competencies: Map<string, number>;
  /** Per level id: questions the filter would give at that level; `any` is with no level chosen. */
  levels: Map<LevelId, number>;
  any: number;
}

/**
 * Facet counts for a filter: each competency box counts the questions matching the filter plus
 * that competency, each level the questions matching the ticked competencies at that level. One
 * pass over the questions, so a large list stays quick to recount on every change.
 */
export function facetCounts(
  questions: readonly Pick<QuestionSummary, 'level' | 'competencies'>[],
  filter: QuestionFilter,
): FacetCounts {
  const competencies = new Map<string, number>();
  const levels = new Map<LevelId, number>(LEVELS.map((level) => [level.id, 0]));
  let shown = 0;
  let any = 0;
  for (const question of questions) {
    if (!filter.competencies.every((id) => question.competencies.includes(id))) continue;
    any += 1;
    levels.set(question.level, (levels.get(question.level) ?? 0) + 1);
    if (filter.level !== undefined && question.level !== filter.level) continue;
    shown += 1;
    for (const id of question.competencies) competencies.set(id, (competencies.get(id) ?? 0) + 1);
  }
  return { shown, competencies, levels, any };
}

/**
 * Related questions for every question at once: most shared competencies first, then the
 * same level, then by title. Each question counts, in a typed array, how many competencies it
 * shares with every question of its own competencies. Sharing one more always ranks higher (the
 * level only breaks a tie), so only the candidates at the deepest sharing that still gives
 * `limit` of them are ranked in full; the count itself is a tight loop, a fraction of a second
 * at 10,000 questions.
 */
export function relatedQuestions<Q extends QuestionSummary>(questions: readonly Q[], limit: number): Map<string, Q[]> {
  // In title order, a lower index breaks a tie.
  const ordered = [...questions].sort(byTitle);
  const byCompetency = new Map<string, number[]>();
  ordered.forEach((question, index) => {
    for (const id of question.competencies) {
      let bucket = byCompetency.get(id);
      if (!bucket) byCompetency.set(id, (bucket = []));
      bucket.push(index);
    }
  });
  const buckets = ordered.map((question) => question.competencies.map((id) => byCompetency.get(id)!));
  const shared = new Uint16Array(ordered.length);
  const touched = new Int32Array(ordered.length);
  const related = new Map<string, Q[]>();
  ordered.forEach((question, index) => {
    let count = 0;
    for (const bucket of buckets[index]!) {
      for (const other of bucket) {
        if (shared[other] === 0) touched[count++] = other;
        shared[other]! += 1;
      }
    }
    // The question itself shares everything; it is no candidate.
    const most = shared[index]!;
    shared[index] = 0;
    // How many candidates share at least s competencies, for each s: the cut-off is the deepest
    // sharing at which there are still `limit` of them (or 1, when there are fewer).
    const atLeast = new Uint32Array(most + 2);
    for (let i = 0; i < count; i += 1) atLeast[shared[touched[i]!]!]! += 1;
    let cut = most;
    while (cut > 1 && atLeast[cut]! < limit) {
      atLeast[cut - 1]! += atLeast[cut]!;
      cut -= 1;
    }
    const score = (other: number) => shared[other]! * 2 + (ordered[other]!.level === question.level ? 1 : 0);
    const better = (a: number, b: number) => score(a) > score(b) || (score(a) === score(b) && a < b);
    const best: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const other = touched[i]!;
      if (shared[other]! < cut) continue;
      if (best.length === limit && !better(other, best[limit - 1]!)) continue;
      let at = best.length === limit ? limit - 1 : best.length;
      while (at > 0 && better(other, best[at - 1]!)) at -= 1;
      best.splice(at, 0, other);
      if (best.length > limit) best.pop();
    }
    related.set(question.slug, best.map((other) => ordered[other]!));
    for (let i = 0; i < count; i += 1) shared[touched[i]!] = 0;
  });
  return related;
}

/** The first sentence of a prompt, for a question's card. */
export function firstSentence(text: string): string {
  const match = /^.*?[.?!](?=\s|$)/su.exec(text.trim());
  return (match ? match[0] : text).replace(/\s+/gu, ' ').trim();
}
