// Remembers the list a reader opens a question from, and on the question page turns "All questions"
// and previous / next into that list's: back to the filter or search as it was, on through its questions.
import { parseTrail, TRAIL_KEY, trailAround, trailItems, type TrailItem } from '../lib/shared/trail.ts';
import { isQuestionPath } from '../lib/shared/urls.ts';

const nav = document.querySelector<HTMLElement>('[data-question-nav]');

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** What to call this list: its heading, or the home page's "All questions". */
function listName(): string {
  const heading = document.querySelector('main h1')?.textContent?.trim() ?? document.title;
  return document.querySelector('#questions') ? 'All questions' : heading;
}

if (!nav) {
  // A list page: note the list as the reader leaves it for one of its questions.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('main a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin || !isQuestionPath(link.pathname)) return;
    const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')]
      .filter((candidate) => candidate.origin === location.origin && candidate.checkVisibility())
      .map((candidate) => ({ pathname: candidate.pathname, text: candidate.textContent ?? '' }));
    const trail = { list: `${location.pathname}${location.search}`, name: listName(), items: trailItems(links, isQuestionPath) };
    storage()?.setItem(TRAIL_KEY, JSON.stringify(trail));
  });
} else {
  const around = trailAround(parseTrail(storage()?.getItem(TRAIL_KEY) ?? null), location.pathname);
  if (around) {
    const back = nav.querySelector<HTMLAnchorElement>('[data-nav="back"]')!;
    back.href = around.back.href;
    back.querySelector('[data-nav-name]')!.textContent = `Back to ${around.back.name}`;
    const point = (which: 'previous' | 'next', item: TrailItem | undefined) => {
      const link = nav.querySelector<HTMLAnchorElement>(`[data-nav="${which}"]`)!;
      link.hidden = item === undefined;
      if (item === undefined) return link.removeAttribute('href');
      link.href = item.path;
      link.querySelector('[data-nav-title]')!.textContent = item.title;
    };
    point('previous', around.previous);
    point('next', around.next);
  }
}
