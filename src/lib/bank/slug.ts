// URL keys for questions and competencies: lower-case ASCII words joined by hyphens.
import slugify from '@sindresorhus/slugify';

/** The kebab-case URL key of a title or name ("Outcome & Impact" → "outcome-and-impact"). */
export function toSlug(text: string): string {
  return slugify(text);
}

// The pattern lives with the URLs, which browser code checks slugs against too.
export { SLUG_PATTERN } from '../shared/urls.ts';
