// The state of a search — words and filters — and its two faces: the /search/ URL that can be
// shared, and the Pagefind searches that answer it (with the counts shown beside each filter).
import { competencyParam, competencyQueryPart, FILTER_PARAMS } from './filter-query.ts';
import type { OutlineEntry } from './search-records.ts';
import { SECTIONS } from './sections.ts';
import { SEARCH_PATH } from './urls.ts';
import { LEVELS } from './vocabulary.ts';

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
  /** Null browses: every record that passes the filters, listed by title (`inTitleOrder`) rather than as Pagefind ranks them. */
  term: string | null;
  filters: Record<string, string | string[]>;
}

/** The searches that answer a state: the results, and the counts for filters that are not simply "add this too". */
export interface SearchPlan {
  /**
   * The results: question records. When they are narrowed in the browser it leaves the level out,
   * and the section and level are applied from the results' outlines (`narrowResults`), which
   * count every competency, level and section as they go.
   */
  results: PagefindQuery;
  /** Without the level filter, when one is set and Pagefind counts: how many questions each level would give instead. */
  levelCounts?: PagefindQuery;
  /** Whether the results are narrowed to a section, and the filters counted, in the browser from outlines. */
  inBrowser: boolean;
  /**
   * The words to search one at a time, to keep only results holding every one: given when the
   * index is in parts and the query has several words. Pagefind leaves out a word its index does
   * not hold at all and answers with the pages holding the others; each part decides that on its
   * own, so a part that lacks a word would add loose matches to another's exact ones (`looseParts`).
   * When any are dropped, Pagefind's filter counts include them, so the counts are made from
   * outlines instead.
   */
  everyWord?: string[];
}

/**
 * Words on nearly every page. Pagefind indexes every word (so a quoted phrase matches exactly) and
 * has no stop-word option; the index chunk of such a word is the largest a search can fetch, and
 * since nearly every question holds it, it narrows nothing. So a query drops them outside quotes.
 */
const STOP_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'that', 'the', 'to', 'was', 'with']);

/** The words Pagefind is asked for: the query without stop words outside quoted phrases; all of it if nothing else is left. */
export function searchTerm(query: string): string {
  const kept = query
    .trim()
    .split(/("[^"]*"?)/u)
    .flatMap((piece) => (piece.startsWith('"') ? [piece] : piece.split(/\s+/u).filter((word) => word !== '' && !STOP_WORDS.has(word.toLowerCase().replace(/[^\p{L}]/gu, '')))));
  const term = kept.join(' ').trim();
  return term === '' || term.replace(/"/gu, '').trim() === '' ? query.trim() : term;
}

function pagefindQuery(state: SearchState, level: string | undefined): PagefindQuery {
  const term = searchTerm(state.query) || null;
  const filters: PagefindQuery['filters'] = {};
  // An array asks for records that carry every value: a question with all the chosen competencies.
  if (state.competencies.length > 0) filters['competency'] = [...state.competencies];
  if (level) filters['level'] = level;
  return { term, filters };
}

/** Words of a query as Pagefind takes them, for `everyWord`: none for a quoted phrase, which Pagefind matches exactly. */
function separateWords(query: string): string[] {
  if (query.includes('"')) return [];
  return [...new Set(query.toLowerCase().split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)))];
}

/**
 * The Pagefind searches for a state over an index of `parts` parts. Every question is one record;
 * a hit "in a section" is a hit whose position falls in that section, which the browser reads from
 * the question's outline, so a section search is the same Pagefind search as any other. Browsing
 * with no words lists questions by title.
 */
export function searchPlan(state: SearchState, parts = 1): SearchPlan {
  const words = parts > 1 ? separateWords(searchTerm(state.query)) : [];
  const everyWord = words.length > 1 ? { everyWord: words } : {};
  if (state.section) return { results: pagefindQuery(state, undefined), inBrowser: true, ...everyWord };
  const plan: SearchPlan = { results: pagefindQuery(state, state.level), inBrowser: false, ...everyWord };
  if (state.level) plan.levelCounts = pagefindQuery(state, undefined);
  return plan;
}

/** The filter the page adds to every page of each part of the index as it loads it: "1", "2", … (a part's number). */
export const PART_FILTER = 'part';
/** A value of PART_FILTER no page has: a search narrowed to it lists nothing and counts every page holding the words. */
export const NO_PART = '0';

/**
 * The parts of the index whose results for a query of several words are looser matches: parts
 * that answered with some results but lack one of the words altogether, which Pagefind then leaves
 * out (SearchPlan.everyWord). `resultsByPart` counts a query's results in each part; `wordsByPart`
 * counts, for each word alone, the pages of each part that hold it.
 */
export function looseParts(resultsByPart: Record<string, number> | undefined, wordsByPart: readonly (Record<string, number> | undefined)[]): string[] {
  return Object.entries(resultsByPart ?? {})
    .filter(([part, count]) => count > 0 && wordsByPart.some((holding) => !holding?.[part]))
    .map(([part]) => part);
}

/**
 * Results in the bank's title order: `order` is every question's page id by title
 * (SEARCH_TITLE_ORDER). A result it does not name (an index newer than the list) goes last, in
 * the order it came.
 */
export function inTitleOrder<T extends { id: string }>(results: readonly T[], order: readonly string[]): T[] {
  const rank = new Map(order.map((id, index) => [id, index]));
  const place = (result: T) => rank.get(result.id) ?? order.length;
  return [...results].sort((a, b) => place(a) - place(b));
}

/** Pagefind's per-value counts: `{ competency: { 'conflict-resolution': 3 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** How many questions each filter value would give, for the numbers beside the filters. */
export interface FacetCounts {
  competency: Record<string, number>;
  level: Record<string, number>;
  /** None when the search was not narrowed to a section. */
  section?: Record<string, number>;
}

const pick = (values: readonly string[], counts: Record<string, number> | undefined) => Object.fromEntries(values.map((value) => [value, counts?.[value] ?? 0]));

/**
 * The counts beside each filter, from Pagefind's answers to a plan not narrowed to a section. A
 * competency narrows what is there (questions carry all chosen ones), so its count is "this one
 * as well"; a level replaces another, so its counts are "this one instead", from the search made
 * without it. Every value in the vocabulary gets a number, zero when Pagefind has none.
 */
export function facetCounts(vocabulary: SearchVocabulary, answers: { results: FilterCounts; levelCounts?: FilterCounts }): FacetCounts {
  return {
    competency: pick(vocabulary.competencies, answers.results['competency']),
    level: pick(vocabulary.levels, (answers.levelCounts ?? answers.results)['level']),
  };
}

/** What the browser knows of a question without fetching it: its level, competencies and where each section starts. */
export interface QuestionOutline {
  level: string | undefined;
  competencies: readonly string[];
  /** Sections it has, in page order, with the word position each starts at. */
  sections: readonly { id: string; start: number }[];
}

/** An outline as the indexer stores it (src/lib/shared/search-records.ts), read with the manifest's competencies. */
export function readOutline([level, competencies, starts]: OutlineEntry, competencyIds: readonly string[]): QuestionOutline {
  return {
    level: LEVELS[level]?.id,
    competencies: competencies.flatMap((index) => competencyIds[index] ?? []),
    sections: SECTIONS.flatMap((section, index) => (typeof starts[index] === 'number' ? [{ id: section.id, start: starts[index] }] : [])).sort((a, b) => a.start - b.start),
  };
}

/** The section a word position falls in, or null for the title and prompt above the sections. */
export function sectionAt(outline: QuestionOutline, position: number): string | null {
  return outline.sections.findLast((section) => section.start <= position)?.id ?? null;
}

/** A search result as Pagefind gives it before it is fetched: its page id and hit positions. */
export interface UnfetchedResult {
  id: string;
  words: readonly number[];
}

/**
 * Narrows the results of a plan's search (competencies applied, not the level) to the state's
 * section and level, and counts every filter over them: exactly, over every result, from
 * outlines alone. With words, a question is in a section when one of its hits is; browsing, when
 * it has the section. A result with no outline is left out (the caller fetches those first).
 * Sections are counted only for a search narrowed to one.
 */
export function narrowResults<T extends UnfetchedResult>(
  results: readonly T[],
  outlineOf: (result: T) => QuestionOutline | undefined,
  state: SearchState,
  vocabulary: SearchVocabulary,
): { results: T[]; counts: FacetCounts } {
  const browsing = state.query.trim() === '';
  const rows = results.flatMap((result) => {
    const outline = outlineOf(result);
    if (!outline) return [];
    const sections = new Set(browsing ? outline.sections.map((section) => section.id) : result.words.map((position) => sectionAt(outline, position)));
    return [{ result, outline, sections }];
  });
  const tally = (entries: typeof rows, valuesOf: (row: (typeof rows)[number]) => Iterable<string | null | undefined>) => {
    const counts: Record<string, number> = {};
    for (const row of entries) for (const value of new Set(valuesOf(row))) if (value) counts[value] = (counts[value] ?? 0) + 1;
    return counts;
  };
  const atLevel = rows.filter((row) => !state.level || row.outline.level === state.level);
  const inSection = state.section ? rows.filter((row) => row.sections.has(state.section!)) : rows;
  const kept = inSection.filter((row) => !state.level || row.outline.level === state.level);
  const counts: FacetCounts = {
    competency: pick(vocabulary.competencies, tally(kept, (row) => row.outline.competencies)),
    level: pick(vocabulary.levels, tally(inSection, (row) => [row.outline.level])),
  };
  if (state.section) counts.section = pick(vocabulary.sections, tally(atLevel, (row) => row.sections));
  return { results: kept.map((row) => row.result), counts };
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
