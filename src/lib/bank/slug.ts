// URL keys for questions and competencies: lower-case ASCII words joined by hyphens.
import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import transliterate from '@sindresorhus/transliterate';
import anyAscii from 'any-ascii';

/**
 * The longest slug: it names a file (`<slug>.md`, and a temporary name beside it while the
 * importer writes), which most file systems cap at 255 bytes, and it is read in a URL.
 */
export const MAX_SLUG_LENGTH = 80;

/** A letter, digit or symbol that slugify's transliteration leaves outside ASCII, and so would drop. */
const UNTRANSLITERATED = /[^\p{ASCII}]/u;

/** Cuts a slug to MAX_SLUG_LENGTH at the last hyphen that fits (mid-word only when one word is longer). */
function capped(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 0 ? cut.slice(0, hyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/u, '');
}

/**
 * The kebab-case URL key of a title or name ("Outcome & Impact" → "outcome-and-impact"), at most
 * MAX_SLUG_LENGTH long. Latin, Cyrillic, Greek and other scripts slugify transliterates keep its
 * slugs; what it would drop (Japanese, Korean, Chinese, emoji) is transliterated by any-ascii
 * ("日本語" → "ri-ben-yu", "🚀" → "rocket"); a title with no letter, digit or symbol left
 * (punctuation only) gets `question-` and the first 8 hex digits of its SHA-256, stable across runs.
 */
export function toSlug(text: string): string {
  const latin = transliterate(text);
  const slug = capped(slugify(UNTRANSLITERATED.test(latin) ? anyAscii(latin) : latin));
  return slug !== '' ? slug : `question-${createHash('sha256').update(text).digest('hex').slice(0, 8)}`;
}

// The pattern lives with the URLs, which browser code checks slugs against too.
export { SLUG_PATTERN } from '../shared/urls.ts';
