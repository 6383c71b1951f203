// A question page's first practice script, kept tiny (it runs on every question page): the practice
// code (src/scripts/practice-question.ts) waits in a <template> (PracticeControls.astro) and is put in
// the page on first use of a practice part, on P, at #practice, or at once when this browser holds
// practice. A template rather than import(): Vite wraps a dynamic import in a preload helper of about 700 B.
const code = document.querySelector<HTMLTemplateElement>('template[data-practice-code]');
// Cloned scripts run; the template's own never do. `start` asks the practice code for practice mode:
// by the flag if it has yet to run, by the event if it runs already.
const load = (start?: boolean) => {
  if (start) document.body.dataset['practiceNow'] = '';
  if (code?.isConnected) {
    document.body.append(code.content.cloneNode(true));
    code.remove();
  } else if (start) document.dispatchEvent(new Event('practice'));
};
const on = (type: string, use: (target: Element, event: KeyboardEvent) => unknown) =>
  document.addEventListener(type, (event) => use(event.target as Element, event as KeyboardEvent));
// A click (on the Practice button: practice mode) or the keyboard's focus in a practice part.
on('click', (target) => target.closest('[data-practice-part]') && load(!!target.closest('[data-practice-start]')));
on('focusin', (target) => target.closest('[data-practice-part]') && load());
on('keydown', (target, key) => key.key === 'p' && !key.ctrlKey && !key.metaKey && !target.closest('input, textarea, select') && load(true));
if (location.hash === '#practice') load(true);
// The key comes with the template, to keep its one home in practice-data.ts and its bytes out of
// this script. Last: a browser that refuses storage throws here, and practice loads on first use.
else if (code && localStorage.getItem(code.dataset['storageKey']!)) load();
