// Marks the table of contents' entry for the section being read (aria-current), as the reader scrolls
// or follows a link.
import { fragmentId } from '../lib/shared/urls.ts';
const links = new Map([...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')].map((link) => [fragmentId(link.hash), link]));
const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((heading) => heading !== null);

/**
 * Where a heading's part of the page starts: a section heading sticks to the top while its section
 * is read, so its section's top counts; a sub-heading's own row counts.
 */
const startOf = (heading: HTMLElement) => (heading.tagName === 'H2' ? (heading.closest('section') ?? heading) : heading).getBoundingClientRect().top;

/**
 * The heading of the section being read: the last one starting above a line just below the top of
 * the screen (where a link lands a section), so a short section opened by link is the one marked.
 */
function currentHeading(): HTMLElement | undefined {
  const line = Math.min(window.innerHeight / 4, 100);
  const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
  let current: HTMLElement | undefined;
  for (const heading of headings) {
    if (startOf(heading) <= line) current = heading;
  }
  // At the very end of the page the last sections may never reach the line.
  if (atEnd && headings.length > 0 && current !== undefined) {
    const last = headings.at(-1)!;
    if (startOf(last) < window.innerHeight) current = last;
  }
  return current;
}

let marked: HTMLAnchorElement | undefined;
function mark(): void {
  const link = links.get(currentHeading()?.id ?? '');
  if (link === marked) return;
  marked?.removeAttribute('aria-current');
  link?.setAttribute('aria-current', 'location');
  marked = link;
}

if (headings.length > 0) {
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      mark();
    });
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  window.addEventListener('hashchange', schedule);
  mark();
}
