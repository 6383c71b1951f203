// The state of a search — words and filters — and its two faces: the /search/ URL that can be
// shared, and the Pagefind searches that answer it (with the counts shown beside each filter).
import { QUESTION_RECORD, SECTION_RECORD } from './search-records.ts';
import { competencyParam, competencyQueryPart, FILTER_PARAMS } from './browse.ts';
import { SEARCH_PATH } from './urls.ts';

export interface SearchState {
  /** The words as typed; searched trimmed. Empty: browse by filters alone. */
  query: string;
  /** Competency ids; a question must carry every one of them. */
  competencies: string[];
  /** A level id, or none for any level. */
  level?: string;
  /** A section id: only hits inside that section count. None: anywhere in the question. */
  section?: string;
}

/** The values each filter accepts, in display order. */
export interface SearchVocabulary {
  competencies: readonly string[];
  levels: readonly string[];
  sections: readonly string[];
}

/** URL parameter names; part of the linking contract, like anchors. */
const PARAMS = { query: 'q', ...FILTER_PARAMS, section: 'section' } as const;

/**
 * Reads a search from a URL query string. Repeated or comma-separated competencies both work
 * (a plain form submits the one, people write the other); unknown values, empty values and
 * duplicates are dropped, and competencies come out in vocabulary order, so equal searches are equal.
 */
export function parseSearchState(search: string | URLSearchParams, vocabulary: SearchVocabulary): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const wanted = new Set(competencyParam(params));
  const first = (name: string, allowed: readonly string[]) =>
    params
      .getAll(name)
      .map((value) => value.trim())
      .find((value) => allowed.includes(value));
  const state: SearchState = {
    query: params.get(PARAMS.query) ?? '',
    competencies: vocabulary.competencies.filter((id) => wanted.has(id)),
  };
  const level = first(PARAMS.level, vocabulary.levels);
  const section = first(PARAMS.section, vocabulary.sections);
  if (level) state.level = level;
  if (section) state.section = section;
  return state;
}

/** The query string of a search, without "?": `q=circuit+breaking&competency=…&section=action`. */
export function searchStateQuery(state: SearchState): string {
  const query = state.query.trim();
  const parts = [
    query ? new URLSearchParams({ [PARAMS.query]: query }).toString() : '',
    state.competencies.length > 0 ? competencyQueryPart(state.competencies) : '',
    state.level ? new URLSearchParams({ [PARAMS.level]: state.level }).toString() : '',
    state.section ? new URLSearchParams({ [PARAMS.section]: state.section }).toString() : '',
  ];
  return parts.filter((part) => part !== '').join('&');
}

/** The shareable URL (path and query) of a search. */
export function searchStateUrl(state: SearchState): string {
  const query = searchStateQuery(state);
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

/** One call to Pagefind's `search(term, options)`. */
export interface PagefindQuery {
  /** Null browses: every record that passes the filters. */
  term: string | null;
  filters: Record<string, string | string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The searches that answer a state: the results, and the counts for filters that are not simply "add this too". */
export interface SearchPlan {
  /** The results: question records, or the chosen section's records — one per question either way. */
  results: PagefindQuery;
  /**
   * Section records without the section filter: how many questions have a hit in each section.
   * Only for a search narrowed to a section: section records live in a bundle of their own,
   * fetched only then.
   */
  sectionCounts?: PagefindQuery;
  /** Without the level filter, when one is set: how many questions each level would give instead. */
  levelCounts?: PagefindQuery;
}

function pagefindQuery(state: SearchState, kind: string, section: string | undefined, level: string | undefined): PagefindQuery {
  const term = state.query.trim() || null;
  const filters: PagefindQuery['filters'] = { kind };
  // An array asks for records that carry every value: a question with all the chosen competencies.
  if (state.competencies.length > 0) filters['competency'] = [...state.competencies];
  if (level) filters['level'] = level;
  if (section) filters['section'] = section;
  return term === null ? { term, filters, sort: { title: 'asc' } } : { term, filters };
}

/**
 * The Pagefind searches for a state. A hit "in a section" is a hit in that section's own record
 * (scripts/lib/search-index.ts), so a section search runs over section records; any other search runs
 * over whole questions. Browsing with no words lists questions by title.
 */
export function searchPlan(state: SearchState): SearchPlan {
  const plan: SearchPlan = {
    results: state.section
      ? pagefindQuery(state, SECTION_RECORD, state.section, state.level)
      : pagefindQuery(state, QUESTION_RECORD, undefined, state.level),
  };
  if (state.section) plan.sectionCounts = pagefindQuery(state, SECTION_RECORD, undefined, state.level);
  if (state.level) {
    plan.levelCounts = state.section
      ? pagefindQuery(state, SECTION_RECORD, state.section, undefined)
      : pagefindQuery(state, QUESTION_RECORD, undefined, undefined);
  }
  return plan;
}

/** Pagefind's per-value counts: `{ competency: { 'conflict-resolution': 3 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** How many questions each filter value would give, for the numbers beside the filters. */
export interface FacetCounts {
  competency: Record<string, number>;
  level: Record<string, number>;
  /** None when the search was not narrowed to a section (see SearchPlan.sectionCounts). */
  section?: Record<string, number>;
}

/**
 * The counts beside each filter, from the answers to a plan. A competency narrows what is there
 * (questions carry all chosen ones), so its count is "this one as well"; a level and a section
 * replace one another, so theirs are "this one instead", from the searches made without them.
 * Every value in the vocabulary gets a number, zero when Pagefind has none.
 */
export function facetCounts(
  vocabulary: SearchVocabulary,
  answers: { results: FilterCounts; sectionCounts?: FilterCounts; levelCounts?: FilterCounts },
): FacetCounts {
  const pick = (values: readonly string[], counts: Record<string, number> | undefined) =>
    Object.fromEntries(values.map((value) => [value, counts?.[value] ?? 0]));
  const counts: FacetCounts = {
    competency: pick(vocabulary.competencies, answers.results['competency']),
    level: pick(vocabulary.levels, (answers.levelCounts ?? answers.results)['level']),
  };
  if (answers.sectionCounts) counts.section = pick(vocabulary.sections, answers.sectionCounts['section']);
  return counts;
}

/** A sentence on what a search found, for the status line: "2 questions match “deadline” in Action." */
export function resultSummary(state: SearchState, count: number, sectionName: (id: string) => string): string {
  const query = state.query.trim();
  const filtered = state.competencies.length > 0 || state.level !== undefined;
  const where = state.section ? ` in ${sectionName(state.section)}` : '';
  const questions = count === 1 ? '1 question' : `${count} questions`;
  if (query) {
    if (count === 0) return `No question matches “${query}”${where}${filtered ? ' with these filters' : ''}.`;
    return `${questions} ${count === 1 ? 'matches' : 'match'} “${query}”${where}.`;
  }
  if (count === 0) return 'No question has all of these filters.';
  if (!filtered && !state.section) return `All ${questions}, by title.`;
  return `${questions}, by title.`;
}
