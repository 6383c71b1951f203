// Where the bank is published: its public origin (BANK_SITE) and the path under it (BANK_BASE).
// Every absolute link (citations, the Markdown export, questions.json, canonical links, the
// sitemap) is the origin followed by a path that already starts with the base.

/** Where `npm start` serves the bank; the origin when BANK_SITE is not set. */
export const DEFAULT_SITE = 'http://localhost:4321';

/**
 * The origin in `BANK_SITE` (or the default), checked: an absolute http(s) URL with no path.
 * A bank published under a path says so in BANK_BASE, not here: the origin and the base are
 * combined in one place, the site's paths (src/lib/shared/urls.ts).
 */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  const value = env['BANK_SITE'] ?? DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`BANK_SITE must be an absolute URL such as https://bank.example.com, not "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`BANK_SITE must be an http or https URL, not "${value}"`);
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new Error(
      `BANK_SITE must be an origin only (such as https://user.github.io), not "${value}"; to publish under a path, set BANK_BASE (such as /question-bank/)`,
    );
  }
  return url.origin;
}

/**
 * The path the bank is published under, from `BANK_BASE` (default `/`): `/` or `/question-bank/`,
 * always with its leading and trailing slash. Astro's `base`; every internal URL starts with it
 * (src/lib/shared/urls.ts). Refused: a URL with an origin, a query or fragment, `.` or `..` segments,
 * or characters that would need escaping in a URL.
 */
export function siteBase(env: Record<string, string | undefined> = process.env): string {
  const value = (env['BANK_BASE'] ?? '/').trim();
  const segments = value.split('/').filter((segment) => segment !== '');
  const bad = segments.find((segment) => segment === '.' || segment === '..' || !/^[\w.~-]+$/u.test(segment));
  if (bad !== undefined || /^[a-z][\w+.-]*:/iu.test(value)) {
    throw new Error(`BANK_BASE must be a path such as /question-bank/ (letters, digits, "-", "_", ".", "~" between slashes), not "${value}"`);
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}
