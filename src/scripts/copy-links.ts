// Copy controls on a question page: each `#` anchor link (added by src/lib/markdown/rehype-anchor-links.ts)
// becomes a button that copies the link or a Markdown citation. The page's element with
// `data-cite-url` and `data-cite-title` says what the citations name. Put in the page on the
// reader's first move by question-boot.ts, which notes a `#` link clicked before then (`copyNow`).
import { anchorUrl, markdownCitation } from '../lib/shared/citation.ts';
import { fragmentId } from '../lib/shared/urls.ts';

type CopyKind = 'link' | 'markdown';

// One path of three strokes: the question page's scripts live within 4 KB gzip.
const ICON =
  '<svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round">' +
  '<path d="M6.2 9.8l3.6-3.6M7.2 4.6l1.3-1.3a2.7 2.7 0 0 1 3.8 3.8L11 8.4M8.8 11.4l-1.3 1.3a2.7 2.7 0 0 1-3.8-3.8L5 7.6"/></svg>';

const article = document.querySelector<HTMLElement>('[data-cite-url][data-cite-title]');
const links = article ? [...article.querySelectorAll<HTMLAnchorElement>('a.anchor-link')] : [];
// Browsers without popovers keep the plain `#` links.
if (article && links.length > 0 && 'popover' in HTMLElement.prototype) enhance(article.dataset['citeUrl']!, article.dataset['citeTitle']!, links);

function enhance(pageUrl: string, title: string, links: HTMLAnchorElement[]): void {
  // Announces the outcome of a copy to screen readers.
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  document.body.append(status);

  // One menu serves every control; it opens next to the control that was pressed.
  const menu = document.createElement('div');
  menu.id = 'copy-menu';
  menu.className = 'copy-menu';
  menu.popover = 'auto';
  menu.setAttribute('role', 'group');
  // No data-pagefind-ignore on what this script adds: the index is made from the built pages, and
  // the controls hold no text the search-word marks could reach.
  const caption = document.createElement('p');
  caption.className = 'copy-menu-caption';
  const choices = (['link', 'markdown'] as const).map((kind) => {
    const choice = document.createElement('button');
    choice.type = 'button';
    choice.textContent = kind === 'link' ? 'Copy link' : 'Copy Markdown citation';
    choice.addEventListener('click', () => void copy(kind));
    return choice;
  });
  menu.append(caption, ...choices);
  document.body.append(menu);

  let current: HTMLButtonElement | undefined;
  const controls: HTMLButtonElement[] = [];

  // The `#` link clicked before this code ran, by its hash.
  const clicked = document.body.dataset['copyNow'];
  delete document.body.dataset['copyNow'];
  let opening: HTMLButtonElement | undefined;
  // A `#` link the keyboard is on as this code runs: its control takes the focus.
  let focusing: HTMLButtonElement | undefined;
  for (const link of links) {
    const focused = document.activeElement === link;
    const control = document.createElement('button');
    control.type = 'button';
    control.className = 'copy-link';
    control.dataset['anchor'] = fragmentId(link.hash);
    control.dataset['cite'] = link.dataset['cite'] ?? '';
    control.setAttribute('aria-label', `Copy link to ${control.dataset['cite']}`);
    control.popoverTargetElement = menu;
    control.innerHTML = ICON;
    control.addEventListener('click', () => {
      current = control;
    });
    link.replaceWith(control);
    keepWithLastWord(control);
    controls.push(control);
    if (focused) focusing = control;
    if (link.hash === clicked) opening = control;
  }

  rove(controls);
  focusing?.focus();
  opening?.click();

  menu.addEventListener('beforetoggle', (event) => {
    if ((event as ToggleEvent).newState !== 'open' || !current) return;
    const box = current.getBoundingClientRect();
    menu.style.top = `${box.bottom + window.scrollY + 4}px`;
    menu.style.left = `${box.left + window.scrollX}px`;
    caption.textContent = current.dataset['cite'] ?? '';
    menu.setAttribute('aria-label', `Copy ${current.dataset['cite']}`);
  });
  menu.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState !== 'open') return;
    // Keep the menu on screen at phone width, then take the keyboard into it.
    const overflow = menu.getBoundingClientRect().right - document.documentElement.clientWidth + 8;
    if (overflow > 0) menu.style.left = `${Math.max(8, parseFloat(menu.style.left) - overflow)}px`;
    choices[0]!.focus();
  });

  async function copy(kind: CopyKind): Promise<void> {
    const control = current;
    if (!control) return;
    const url = anchorUrl(pageUrl, control.dataset['anchor'] ?? '');
    const text = kind === 'link' ? url : markdownCitation({ title, name: control.dataset['cite'] ?? '', url });
    const copied = await writeClipboard(text);
    menu.hidePopover();
    control.focus();
    if (!copied) {
      // The text, selected, in a box the reader can copy from by hand.
      window.prompt(kind === 'link' ? 'Copy this link:' : 'Copy this Markdown citation:', text);
      return;
    }
    announce(kind === 'link' ? 'Copied link' : 'Copied Markdown citation');
    control.dataset['copied'] = kind === 'link' ? 'Link copied' : 'Markdown copied';
    window.setTimeout(() => delete control.dataset['copied'], 2000);
  }

  function announce(message: string): void {
    // Emptied first, so that the same message twice in a row is announced twice.
    status.textContent = '';
    window.setTimeout(() => {
      status.textContent = message;
    }, 50);
  }
}

/**
 * Binds a control to the last word before it, so that on a narrow screen it never wraps onto a line
 * of its own. The text is only split, never parsed: it stays the coach's text. Only the word's last
 * 16 characters are bound: a long URL or word still wraps instead of widening the page.
 */
function keepWithLastWord(control: HTMLElement): void {
  const before = control.previousSibling;
  if (!(before instanceof Text)) return;
  const last = /\S{1,16}\s*$/u.exec(before.data);
  if (!last) return;
  const tail = before.splitText(last.index);
  const glue = document.createElement('span');
  glue.className = 'copy-link-glue';
  tail.replaceWith(glue);
  glue.append(tail, control);
}

/**
 * The copy controls are one stop in the Tab order, not one each: Tab reaches the control last
 * used (at first, the first), and the arrow keys (or j and k), Home and End move between them, so
 * the keyboard gets past a long answer in one press.
 */
function rove(controls: HTMLButtonElement[]): void {
  // Where each key goes, as a step from here; Home and End step as far as the list goes.
  const STEPS: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, Home: -Infinity, End: Infinity };
  controls.forEach((control, index) => {
    control.tabIndex = index === 0 ? 0 : -1;
    control.setAttribute('aria-keyshortcuts', 'ArrowDown ArrowUp Home End');
    control.addEventListener('focus', () => {
      for (const other of controls) other.tabIndex = other === control ? 0 : -1;
    });
    control.addEventListener('keydown', (event) => {
      const step = STEPS[event.key];
      if (step === undefined || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      const next = controls[Math.max(0, Math.min(controls.length - 1, index + step))]!;
      next.focus();
      next.scrollIntoView({ block: 'nearest' });
    });
  });
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard access (a page served without HTTPS, or permission refused).
    return false;
  }
}
