// The bank's URL paths, as the linking contract in DESIGN.md fixes them: one place builds them.

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

/** A path made absolute on the site's origin. */
export const absoluteUrl = (path: string, site: string | URL) => new URL(path, site).href;

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
