// /practice/: which questions a practice filter lets through, drawing one at random, and the
// reader's progress per competency and level.
import { matchesFilter, parseFilterQuery, type QuestionFilter, type QuestionSummary } from './browse.ts';
import type { PracticeData } from './practice-data.ts';
import { LEVELS } from './vocabulary.ts';

/** Narrowing by the reader's own progress: not yet practised, or rated at the lowest confidence. */
export const PROGRESS_FILTERS = [
  { id: 'unpractised', name: 'Not yet practised' },
  { id: 'low-confidence', name: 'Low confidence (rated 1 of 3)' },
] as const;

export type ProgressFilterId = (typeof PROGRESS_FILTERS)[number]['id'];

/** The home page's filter, plus the reader's progress. */
export interface PracticeFilter extends QuestionFilter {
  progress: ProgressFilterId | undefined;
}

/** Reads a practice filter from a query string (as practiceFilterPath in urls.ts writes it): the home filter's parameters, plus `progress`. */
export function parsePracticeQuery(search: string, knownCompetencies: ReadonlySet<string>): PracticeFilter {
  const progress = PROGRESS_FILTERS.find((candidate) => candidate.id === new URLSearchParams(search).get('progress'))?.id;
  return { ...parseFilterQuery(search, knownCompetencies), progress };
}

/** Whether a question passes a practice filter, given the reader's progress. */
export function matchesPracticeFilter(question: QuestionSummary, filter: PracticeFilter, data: PracticeData): boolean {
  if (!matchesFilter(question, filter)) return false;
  const practice = data.questions[question.slug];
  if (filter.progress === 'unpractised') return practice?.practisedAt === undefined;
  if (filter.progress === 'low-confidence') return practice?.confidence === 1;
  return true;
}

/**
 * A question drawn at random from those passing the filter; `previous` is not drawn twice in a
 * row while another one matches. `random` returns [0, 1), as Math.random does.
 */
export function drawQuestion<Q extends QuestionSummary>(
  questions: readonly Q[],
  filter: PracticeFilter,
  data: PracticeData,
  random: () => number,
  previous?: string,
): Q | undefined {
  const matching = questions.filter((question) => matchesPracticeFilter(question, filter, data));
  const choices = matching.length > 1 ? matching.filter((question) => question.slug !== previous) : matching;
  return choices[Math.floor(random() * choices.length)];
}

export interface Tally {
  practised: number;
  total: number;
}

const tally = (questions: readonly QuestionSummary[], data: PracticeData): Tally => ({
  practised: questions.filter((question) => data.questions[question.slug]?.practisedAt !== undefined).length,
  total: questions.length,
});

/** Practised and total questions for each competency that has questions, in the order given. */
export function progressByCompetency<C extends { id: string }>(
  questions: readonly QuestionSummary[],
  competencies: readonly C[],
  data: PracticeData,
): { item: C; tally: Tally }[] {
  return competencies
    .map((item) => ({ item, tally: tally(questions.filter((question) => question.competencies.includes(item.id)), data) }))
    .filter(({ tally }) => tally.total > 0);
}

/** Practised and total questions for each level that has questions, from the most junior up. */
export function progressByLevel(questions: readonly QuestionSummary[], data: PracticeData): { item: (typeof LEVELS)[number]; tally: Tally }[] {
  return LEVELS.map((item) => ({ item, tally: tally(questions.filter((question) => question.level === item.id), data) })).filter(
    ({ tally }) => tally.total > 0,
  );
}
