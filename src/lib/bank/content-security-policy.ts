// The site's Content-Security-Policy: one policy for every page, in each page's <meta> and in the
// `_headers` file hosts read. Pages add no inline script or style of their own; the one inline
// script, the pre-paint colour scheme (src/lib/shared/theme.ts), is allowed by its hash.
import { createHash } from 'node:crypto';
import { PRE_PAINT_SCRIPT } from '../shared/theme.ts';

/** The CSP source that allows exactly one inline script. */
const scriptHash = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/**
 * Only the site's own scripts, styles, images and fetches; WebAssembly for Pagefind's search
 * (`'wasm-unsafe-eval'` allows compiling it, not `eval`); nothing framed, no plugins, no `<base>`,
 * forms only to the site. A new page or script follows it as it is: put scripts and styles in
 * files (`<script>` blocks Astro bundles, the stylesheet), never inline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${scriptHash(PRE_PAINT_SCRIPT)}`,
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/**
 * The `_headers` file (Netlify, Cloudflare Pages and others): the same policy as an HTTP header,
 * plus what only a header can say — that no other site may frame the pages.
 */
export function headersFile(): string {
  return ['/*', `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`, '  X-Content-Type-Options: nosniff', ''].join('\n');
}
