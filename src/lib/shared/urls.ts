// The bank's URLs, as the linking contract in DESIGN.md fixes them: every internal URL of a page,
// script, form, export or tool is built here, so the site's base path is one change.
import { filterQuery, type QuestionFilter } from './filter-query.ts';
import type { PracticeFilter } from './practice-draw.ts';

/**
 * The base path the bank is published under, `/` or `/question-bank/`. In pages and browser
 * bundles it is Astro's `base` (set from BANK_BASE in astro.config.mjs), which Vite writes into the
 * code; in a Node command (the link checker) there is no Vite, and BANK_BASE is read instead.
 */
function configuredBase(): string {
  let base: string | undefined;
  try {
    base = import.meta.env.BASE_URL;
  } catch {
    // Plain Node: import.meta.env does not exist.
  }
  return base ?? (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env['BANK_BASE'] ?? '/';
}

/** `path` (starting with "/") under `base` (any form of `/x/`, `/x` or `x/`; "" or "/" for none). */
export function withBase(path: string, base: string): string {
  const prefix = base.replace(/^\/*/u, '/').replace(/\/+$/u, '');
  return `${prefix}${path}`;
}

/** The site's base path, with its trailing slash: `/` or `/question-bank/`. */
export const BASE_PATH = withBase('/', configuredBase());

/** A path of the site (starting with "/") as a link: under the base path. Every internal URL goes through here. */
export const sitePath = (path: string): string => withBase(path, BASE_PATH);

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

/** `/sitemap.xml`: every page a search engine should know. */
export const SITEMAP_PATH = sitePath('/sitemap.xml');

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

/** A path made absolute on the site's origin (a path from sitePath() already carries the base). */
export const absoluteUrl = (path: string, site: string | URL): string => new URL(path, site).href;

/**
 * The URL path of a built file, from its path inside the site folder (any separator), without the
 * base path: `questions/x/index.html` → `/questions/x/`, `questions/x.md` → `/questions/x.md`.
 * Pagefind's records are kept so; its script adds the base it is loaded from.
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
