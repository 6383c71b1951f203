// The home and search filter in a URL: `?competency=a,b&level=senior`, one format written, both forms read.
// Small and separate from browsing, since every page's URLs (urls.ts) build filtered links with it.
import { LEVELS, type LevelId } from './vocabulary.ts';

/** The filter on the home page: questions carrying every listed competency, at one level. */
export interface QuestionFilter {
  competencies: string[];
  level: LevelId | undefined;
}

/** The query parameters of a competency and level filter, on the home page and on /search/; part of the linking contract. */
export const FILTER_PARAMS = { competency: 'competency', level: 'level' } as const;

/**
 * The competency ids a query string names, in the one format the bank writes
 * (`competency=a,b`) or repeated as a plain form submits them (`competency=a&competency=b`);
 * trimmed, empty values and repeats dropped, first mention first.
 */
export function competencyParam(params: URLSearchParams): string[] {
  const ids = params
    .getAll(FILTER_PARAMS.competency)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  return [...new Set(ids)];
}

/** `competency=a,b`: the competencies of a filter as the bank writes them; commas stay readable in links pasted into notes (ids never contain one). */
export function competencyQueryPart(ids: readonly string[]): string {
  return `${FILTER_PARAMS.competency}=${ids.map(encodeURIComponent).join(',')}`;
}

/**
 * Reads a filter from a query string (`?competency=a,b&level=senior`); repeated parameters are
 * accepted too. Unknown competencies and levels are dropped, so an old link still shows something.
 */
export function parseFilterQuery(search: string, knownCompetencies: ReadonlySet<string>): QuestionFilter {
  const params = new URLSearchParams(search);
  const competencies = competencyParam(params).filter((id) => knownCompetencies.has(id));
  const level = LEVELS.find((candidate) => candidate.id === params.get(FILTER_PARAMS.level))?.id;
  return { competencies, level };
}

/** The query string of a filter ("" for none), in the form parseFilterQuery reads. */
export function filterQuery(filter: QuestionFilter): string {
  const parts: string[] = [];
  if (filter.competencies.length > 0) parts.push(competencyQueryPart(filter.competencies));
  if (filter.level) parts.push(`${FILTER_PARAMS.level}=${filter.level}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
