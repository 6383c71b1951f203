// The list a reader opened a question from (home, a competency, a level, a search), so a question
// page can lead back to it and on to the list's previous and next question.

export interface TrailItem {
  /** The question page's path, `/questions/<slug>/`. */
  path: string;
  title: string;
}

export interface Trail {
  /** The list's URL path and query, as the reader left it (a filter or a search included). */
  list: string;
  /** What to call the list in "Back to …". */
  name: string;
  /** The questions it showed, in its order. */
  items: TrailItem[];
}

/** The sessionStorage key holding the trail. */
export const TRAIL_KEY = 'bank-trail';

/**
 * The questions a list shows, from its links to question pages, in order: a question linked more
 * than once (a search result's title and its sections) counts once, at its first link.
 */
export function trailItems(links: readonly { pathname: string; text: string }[], isQuestionPath: (path: string) => boolean): TrailItem[] {
  const seen = new Map<string, TrailItem>();
  for (const { pathname, text } of links) {
    if (!isQuestionPath(pathname) || seen.has(pathname)) continue;
    seen.set(pathname, { path: pathname, title: text.replace(/\s+/gu, ' ').trim() });
  }
  return [...seen.values()];
}

/** Where a question page leads when the reader came from a list holding it; undefined otherwise. */
export function trailAround(trail: Trail | undefined, path: string): { back: { href: string; name: string }; previous?: TrailItem; next?: TrailItem } | undefined {
  const at = trail?.items.findIndex((item) => item.path === path) ?? -1;
  if (!trail || at < 0) return undefined;
  const previous = trail.items[at - 1];
  const next = trail.items[at + 1];
  return { back: { href: trail.list, name: trail.name }, ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** A stored trail, or undefined if there is none or it is not one. */
export function parseTrail(text: string | null): Trail | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<Trail>;
    const valid =
      typeof value.list === 'string' &&
      // A path on this site only: never `//host`, which would lead elsewhere.
      value.list.startsWith('/') &&
      !value.list.startsWith('//') &&
      typeof value.name === 'string' &&
      Array.isArray(value.items) &&
      value.items.every((item) => typeof item?.path === 'string' && typeof item.title === 'string');
    return valid ? (value as Trail) : undefined;
  } catch {
    return undefined;
  }
}
