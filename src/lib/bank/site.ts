// The site's public origin, from which every absolute link (citations, the Markdown export,
// questions.json, canonical links) is built; deployments set it with BANK_SITE.

/** Where `npm start` serves the bank; the origin when BANK_SITE is not set. */
export const DEFAULT_SITE = 'http://localhost:4321';

/**
 * The origin in `BANK_SITE` (or the default), checked: an absolute http(s) URL with no path,
 * because every link in the bank starts at the root (`/questions/…`).
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
    throw new Error(`BANK_SITE must be an origin only (such as https://bank.example.com): the bank is served from the root, so "${value}" cannot be used`);
  }
  return url.origin;
}
