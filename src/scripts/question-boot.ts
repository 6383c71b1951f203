// A question page's first script, kept tiny: it runs on every question page. The page's larger code
// waits in <template>s, unrun, and this puts each in the page when it is needed:
// - the copy controls (CopyLinkControls.astro) on the reader's first move: a pointer, a touch, a key;
//   a click on a `#` link before then opens that link's copy menu once they are in;
// - the practice code (PracticeControls.astro) on first use of a practice part, on P, at #practice,
//   or at once when this browser holds practice;
// - the search-word marks (search-highlight.ts) when the address carries words to mark (?highlight=).
// Templates rather than import(): Vite wraps a dynamic import in a preload helper of about 700 B.
// Cloned scripts run; a template's own never do.
const template = (name: string) => document.querySelector<HTMLTemplateElement>(`template[data-${name}-code]`);
const unpack = (code: HTMLTemplateElement | null) => {
  if (!code?.isConnected) return;
  document.body.append(code.content.cloneNode(true));
  code.remove();
};
const on = (type: string, use: (target: Element, event: KeyboardEvent) => unknown) =>
  document.addEventListener(type, (event) => use(event.target as Element, event as KeyboardEvent));

const copy = template('copy');
const loadCopy = () => unpack(copy);
for (const type of ['pointerover', 'touchstart', 'keydown', 'focusin']) document.addEventListener(type, loadCopy, { once: true, passive: true });
on('click', (target, event) => {
  const link = target.closest<HTMLAnchorElement>('a.anchor-link');
  // Browsers without popovers keep the plain `#` links (copy-links.ts).
  if (!link || !copy || !('popover' in HTMLElement.prototype)) return;
  // The copy code opens this link's menu when it replaces the link (copy-links.ts).
  event.preventDefault();
  document.body.dataset['copyNow'] = link.hash;
  loadCopy();
});

const highlight = template('highlight');
// Whether its words are worth marking is search-highlight.ts's to say.
if (highlight && new URLSearchParams(location.search).has(highlight.dataset['param']!)) unpack(highlight);

const practice = template('practice');
// `start` asks the practice code for practice mode: by the flag if it has yet to run, by the event if it runs already.
const loadPractice = (start?: boolean) => {
  if (start) document.body.dataset['practiceNow'] = '';
  if (practice?.isConnected) unpack(practice);
  else if (start) document.dispatchEvent(new Event('practice'));
};
// A click (on the Practice button: practice mode) or the keyboard's focus in a practice part.
on('click', (target) => target.closest('[data-practice-part]') && loadPractice(!!target.closest('[data-practice-start]')));
on('focusin', (target) => target.closest('[data-practice-part]') && loadPractice());
on('keydown', (target, key) => key.key === 'p' && !key.ctrlKey && !key.metaKey && !target.closest('input, textarea, select') && loadPractice(true));
if (location.hash === '#practice') loadPractice(true);
// The key comes with the template, to keep its one home in practice-data.ts and its bytes out of
// this script. Last: a browser that refuses storage throws here, and practice loads on first use.
else if (practice && localStorage.getItem(practice.dataset['storageKey']!)) loadPractice();
