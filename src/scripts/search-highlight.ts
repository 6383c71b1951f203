// On a question page reached from a search result, marks the words the search matched — within the
// bullet or section the link landed on, or the whole question when it landed on the page itself.
// Pagefind's highlighter comes from the site's own /pagefind/ folder, and only when there is something to mark.
import { HIGHLIGHT_PARAM } from '../lib/shared/search-records.ts';
import { PAGEFIND_PATH } from '../lib/shared/urls.ts';

interface HighlighterModule {
  default: new (options: Record<string, unknown>) => unknown;
}

/** Characters around a word that still let it count as the whole word. */
const LIMITERS = [...',.;:!?\'"()[]{}<>«»“”‘’–—-/…*&%$#@'];

function landingArea(): Element | null {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return document.querySelector('[data-pagefind-body]');
  // A section's heading stands for the section it opens.
  return /^H[1-6]$/u.test(target.tagName) ? (target.closest('section') ?? target) : target;
}

if (new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).some((word) => word.trim() !== '')) {
  const url = `${PAGEFIND_PATH}pagefind-highlight.js`;
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as HighlighterModule;
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    markContext: landingArea(),
    addStyles: false,
    markOptions: {
      className: 'search-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
      // The parameters carry whole words as the page shows them; mark those, not every word containing them.
      accuracy: { value: 'exactly', limiters: LIMITERS },
    },
  });
}
