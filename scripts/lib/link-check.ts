// Finds broken internal links in a built site: every link to the site's own pages and files must
// reach one, and every #fragment must name an element id on the page it points to.
import { Parser } from 'htmlparser2';
import { fileUrlPath, fragmentId } from '../../src/lib/shared/urls.ts';

/** What the checker needs of one HTML page: its element ids and the URLs it refers to. */
export interface PageLinks {
  ids: ReadonlySet<string>;
  /** Ids carried by more than one element: a fragment naming one of them is ambiguous. */
  duplicateIds: readonly string[];
  /** Every URL the page refers to, as written (resolved against `<base href>` when there is one). */
  links: readonly string[];
  /** Where the page sends its reader at once (`<meta http-equiv="refresh" content="0; url=…">`), if anywhere. */
  redirectsTo?: string | undefined;
}

export interface LinkProblem {
  /** The URL path of the page the link is on ("/questions/x/"). */
  page: string;
  /** The link as written in the page. */
  link: string;
  reason: string;
}

export interface BuiltSite {
  /** Every file of the site by its path from the site root: "/questions/x/index.html", "/favicon.svg". */
  files: ReadonlySet<string>;
  /** The links of every HTML file, by the same path. */
  pages: ReadonlyMap<string, PageLinks>;
}

/** Attributes that hold a URL, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  source: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  form: ['action'],
};

/** The URLs in a `srcset`: "a.png 1x, b.png 2x" → ["a.png", "b.png"]. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/u)[0] ?? '')
    .filter((url) => url !== '');
}

/** The delay and URL of a `<meta http-equiv="refresh" content="0; url=…">`, if it names a URL. */
function refresh(content: string): { delay: number; url: string } | undefined {
  const match = /^\s*(\d*(?:\.\d*)?)\s*[;,]?\s*(?:url\s*=\s*)?(['"]?)(.+?)\2\s*$/iu.exec(content);
  return match?.[3] === undefined ? undefined : { delay: Number(match[1] || 0), url: match[3] };
}

/** Reads one HTML page's element ids and the URLs it refers to. */
export function readPage(html: string): PageLinks {
  const ids = new Set<string>();
  const duplicateIds = new Set<string>();
  const links: string[] = [];
  let base: string | undefined;
  let redirectsTo: string | undefined;
  const addId = (id: string) => {
    if (ids.has(id)) duplicateIds.add(id);
    ids.add(id);
  };
  const addLink = (url: string) => {
    const trimmed = url.trim();
    links.push(base === undefined ? trimmed : new URL(trimmed, base).href);
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes['id'] !== undefined && attributes['id'] !== '') addId(attributes['id']);
        if (name === 'a' && attributes['name'] !== undefined && attributes['name'] !== '') ids.add(attributes['name']);
        if (name === 'base' && attributes['href'] !== undefined) {
          // Only an absolute base can be resolved without the page's own URL; that is the usual kind.
          if (URL.canParse(attributes['href'])) base = attributes['href'];
          return;
        }
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value !== undefined) addLink(value);
        }
        if (attributes['srcset'] !== undefined) srcsetUrls(attributes['srcset']).forEach(addLink);
        if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') {
          const target = refresh(attributes['content'] ?? '');
          if (target === undefined) return;
          addLink(target.url);
          if (target.delay === 0) redirectsTo = links.at(-1);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { ids, duplicateIds: [...duplicateIds], links, redirectsTo };
}

/** The fragment's target id, or undefined when the fragment needs no element ("", "top", a text fragment). */
function targetId(hash: string): string | undefined {
  const fragment = hash.replace(/^#/u, '').split(':~:')[0]!;
  if (fragment === '' || fragment.toLowerCase() === 'top') return undefined;
  return fragmentId(fragment);
}

/** The site's root URL (its origin and base path) with a trailing slash. */
const rootOf = (root: string) => new URL(root.endsWith('/') ? root : `${root}/`);

/** The public URL of a built file under the site's root. */
const urlOfFile = (file: string, root: URL) => new URL(fileUrlPath(file).slice(1), root);

/**
 * Why a link from a page of the site does not resolve, or undefined when it does (or leads
 * elsewhere than the site: other origins and schemes are not checked).
 * `root` is the site's public origin followed by its base path (`https://user.github.io/bank/`;
 * an origin alone for a site at the root), so that absolute links to the site count as internal
 * and a link that leaves the base path is caught: a host serves nothing of the bank there.
 */
export function whyBroken(site: BuiltSite, fromFile: string, link: string, root: string, hops = 0): string | undefined {
  const base = rootOf(root);
  const pageUrl = urlOfFile(fromFile, base);
  let url: URL;
  try {
    url = new URL(link, pageUrl);
  } catch {
    return 'not a valid URL';
  }
  if (url.origin !== pageUrl.origin) return undefined;
  if (!url.pathname.startsWith(base.pathname) && `${url.pathname}/` !== base.pathname) {
    return `${url.pathname} is outside the site's base path ${base.pathname}`;
  }
  // The path as the site's files are named (from the site folder) and as a reader sees it.
  let path: string;
  let shown: string;
  try {
    shown = decodeURIComponent(url.pathname);
    path = `/${url.pathname.slice(base.pathname.length)}`;
    path = decodeURIComponent(path);
  } catch {
    return `the path ${url.pathname} is not valid percent-encoding`;
  }
  let file: string;
  if (path.endsWith('/')) {
    file = `${path}index.html`;
    if (!site.files.has(file)) return `no page at ${shown}`;
  } else if (site.files.has(path)) {
    file = path;
  } else if (site.files.has(`${path}/index.html`)) {
    return `${shown} lacks its trailing slash: the page is ${shown}/`;
  } else {
    return `no file at ${shown}`;
  }
  const id = targetId(url.hash);
  const target = site.pages.get(file);
  if (id === undefined || target === undefined || target.ids.has(id)) return undefined;
  const targetPath = urlOfFile(file, base).pathname;
  // A redirect page (an alias) passes the anchor on: it must exist where the redirect leads.
  if (target.redirectsTo !== undefined && hops < MAX_REDIRECTS) {
    const onward = new URL(target.redirectsTo, urlOfFile(file, base));
    onward.hash = url.hash;
    const reason = whyBroken(site, file, onward.href, root, hops + 1);
    return reason === undefined ? undefined : `${targetPath} redirects to ${onward.pathname}, where ${reason.replace(/^no/u, 'there is no')}`;
  }
  return `no element with id "${id}" on ${targetPath}`;
}

/** Redirects followed before a chain of them counts as broken. */
const MAX_REDIRECTS = 5;

/** Every broken internal link and ambiguous anchor in a built site, sorted by page and link. */
export function findLinkProblems(site: BuiltSite, root: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const [file, page] of site.pages) {
    const pagePath = urlOfFile(file, rootOf(root)).pathname;
    for (const id of page.duplicateIds) {
      problems.push({ page: pagePath, link: `#${id}`, reason: `the id "${id}" is on more than one element, so the anchor is ambiguous` });
    }
    for (const link of new Set(page.links)) {
      const reason = whyBroken(site, file, link, root);
      if (reason !== undefined) problems.push({ page: pagePath, link, reason });
    }
  }
  return problems.sort((a, b) => a.page.localeCompare(b.page, 'en') || a.link.localeCompare(b.link, 'en'));
}

/** A site held in memory (file path → HTML, or null for other files), read for checking. */
export function siteFromFiles(files: Readonly<Record<string, string | null>>): BuiltSite {
  const pages = new Map<string, PageLinks>();
  for (const [file, html] of Object.entries(files)) if (html !== null && file.endsWith('.html')) pages.set(file, readPage(html));
  return { files: new Set(Object.keys(files)), pages };
}

/** "page: link — reason", one line per problem. */
export function formatLinkProblems(problems: readonly LinkProblem[]): string {
  return problems.map((problem) => `${problem.page}: ${problem.link} — ${problem.reason}`).join('\n');
}
