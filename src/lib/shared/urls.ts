// The bank's URL paths, as the linking contract in DESIGN.md fixes them: one place builds them.

/** What a slug looks like: lower-case ASCII words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `/questions/<slug>/`: a question's page. */
export const questionPath = (slug: string) => `/questions/${slug}/`;

/** `/questions/<slug>.md`: a question as Markdown. */
export const questionMarkdownPath = (slug: string) => `/questions/${slug}.md`;

/** `/competencies/<id>/`: the questions of one competency. */
export const competencyPath = (id: string) => `/competencies/${id}/`;

/** `/levels/<id>/`: the questions of one level. */
export const levelPath = (id: string) => `/levels/${id}/`;

/** `/questions.schema.json`: the JSON Schema of questions.json. */
export const QUESTIONS_SCHEMA_PATH = '/questions.schema.json';

/** `/practice/`: drawing questions to practise, and the reader's progress. */
export const PRACTICE_PATH = '/practice/';

/** `/practice.schema.json`: the JSON Schema of a practice export file. */
export const PRACTICE_SCHEMA_PATH = '/practice.schema.json';

/** A path made absolute on the site's origin. */
export const absoluteUrl = (path: string, site: string | URL) => new URL(path, site).href;
