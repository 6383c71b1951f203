// The bank's URLs, as the linking contract in DESIGN.md fixes them: every internal URL of a page,
// script, form, export or tool is built here, so the site's base path is one change.
import { filterQuery, type QuestionFilter } from './browse.ts';
import type { PracticeFilter } from './practice-draw.ts';

/**
 * A path of the site (starting with "/") as a link: where a base path would be added. The bank
 * is served from the root today; this is the one place to change that.
 */
export const sitePath = (path: string): string => path;

/** `/`: the home page, every question. */
export const HOME_PATH = sitePath('/');

/** `/?competency=a,b&level=senior`: the home page narrowed by the filter. */
export const homeFilterPath = (filter: QuestionFilter): string => `${HOME_PATH}${filterQuery(filter)}`;

/** What a slug looks like: lower-case ASCII words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `/questions/<slug>/`: a question's page. */
export const questionPath = (slug: string): string => sitePath(`/questions/${slug}/`);

/** Whether a URL path is a question's page, `/questions/<slug>/`. */
export const isQuestionPath = (path: string): boolean => {
  const folder = sitePath('/questions/');
  return path.startsWith(folder) && /^[^/]+\/$/u.test(path.slice(folder.length));
};

/** `/questions/<slug>.md`: a question as Markdown. */
export const questionMarkdownPath = (slug: string): string => sitePath(`/questions/${slug}.md`);

/** `/competencies/`: every competency. */
export const COMPETENCIES_PATH = sitePath('/competencies/');

/** `/competencies/<id>/`: the questions of one competency. */
export const competencyPath = (id: string): string => sitePath(`/competencies/${id}/`);

/** `/levels/`: every level. */
export const LEVELS_PATH = sitePath('/levels/');

/** `/levels/<id>/`: the questions of one level. */
export const levelPath = (id: string): string => sitePath(`/levels/${id}/`);

/** `/search/`: full-text search; its state is the query string (search-state.ts). */
export const SEARCH_PATH = sitePath('/search/');

/** `/questions.json`: every question's metadata and URLs. */
export const QUESTIONS_JSON_PATH = sitePath('/questions.json');

/** `/questions.schema.json`: the JSON Schema of questions.json. */
export const QUESTIONS_SCHEMA_PATH = sitePath('/questions.schema.json');

/** `/pagefind/`: the search index Pagefind writes, and its scripts. */
export const PAGEFIND_PATH = sitePath('/pagefind/');

/** The site's icon. */
export const FAVICON_PATH = sitePath('/favicon.svg');

/** `/practice/`: drawing questions to practise, and the reader's progress. */
export const PRACTICE_PATH = sitePath('/practice/');

/** `/practice/?competency=a&level=senior&progress=unpractised`: drawing from the questions a filter lets through. */
export function practiceFilterPath(filter: PracticeFilter): string {
  // The home filter's query, so that parsePracticeQuery reads it with parseFilterQuery, plus progress.
  const query = filterQuery(filter);
  if (!filter.progress) return `${PRACTICE_PATH}${query}`;
  return `${PRACTICE_PATH}${query === '' ? '?' : `${query}&`}progress=${filter.progress}`;
}

/** `/questions/<slug>/#practice`: a question's page, starting in practice mode. */
export const questionPracticePath = (slug: string): string => `${questionPath(slug)}#practice`;

/** `/questions/<slug>/#your-answer`: the reader's own answer on a question's page. */
export const yourAnswerPath = (slug: string): string => `${questionPath(slug)}#your-answer`;

/** `/practice.schema.json`: the JSON Schema of a practice export file. */
export const PRACTICE_SCHEMA_PATH = sitePath('/practice.schema.json');

/** A path made absolute on the site's origin. */
export const absoluteUrl = (path: string, site: string | URL): string => new URL(path, site).href;

/**
 * The URL path of a built file, from its path inside the site folder (any separator):
 * `questions/x/index.html` → `/questions/x/`, `questions/x.md` → `/questions/x.md`.
 */
export function fileUrlPath(file: string): string {
  const path = file.split(/[\\/]/u).filter((part) => part !== '').join('/');
  return `/${path.replace(/(^|\/)index\.html$/u, '$1')}`;
}
