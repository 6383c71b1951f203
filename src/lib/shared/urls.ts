// The bank's URLs, as the linking contract in DESIGN.md fixes them: every internal URL of a page,
// script, form, export or tool is built here, so the site's base path is one change.
import { filterQuery, type QuestionFilter } from './browse.ts';

/**
 * A path of the site (starting with "/") as a link: where a base path would be added. The bank
 * is served from the root today; this is the one place to change that.
 */
export const sitePath = (path: string): string => path;

/** `/`: the home page, every question. */
export const HOME_PATH = sitePath('/');

/** `/?competency=a,b&level=senior`: the home page narrowed by the filter. */
export const homeFilterPath = (filter: QuestionFilter): string => `${HOME_PATH}${filterQuery(filter)}`;

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

/**
 * The id a `#fragment` names: percent-decoded, or as written when it is not valid percent-encoding
 * (`#%`, typed or pasted by hand, must not throw).
 */
export function fragmentId(hash: string): string {
  const fragment = hash.replace(/^#/u, '');
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
