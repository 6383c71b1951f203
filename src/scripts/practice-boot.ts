// A question page's first practice script: shows the practice controls and the reader's answer,
// and puts the practice code (src/scripts/practice-question.ts, kept in a <template> by
// PracticeControls.astro) in the page only when needed — at once if the reader has practice saved
// for this question or arrived at #practice, else on first use. A template rather than import():
// Vite wraps a dynamic import in a preload helper that would cost every question page 700 bytes.
import { PRACTICE_STORAGE_KEY } from '../lib/shared/practice-storage-key.ts';

const controls = document.querySelector<HTMLElement>('[data-practice]');
const answer = document.querySelector<HTMLElement>('[data-your-answer]');
const code = controls?.querySelector<HTMLTemplateElement>('template[data-practice-code]');

if (controls && answer && code) {
  const slug = controls.dataset['slug'] ?? '';
  controls.hidden = false;
  answer.hidden = false;
  // Shown only now, so the browser could not scroll to it when the page opened at it (/practice/ links there).
  if (location.hash === '#your-answer') answer.scrollIntoView();
  // Cloned scripts run; the template's own never do.
  const load = () => {
    if (code.isConnected) document.body.append(code.content.cloneNode(true));
    code.remove();
  };
  // The practice code starts practice on this event, or on the flag if it arrives later.
  const start = () => {
    controls.dataset['practiceStart'] = '';
    load();
    document.dispatchEvent(new Event('practice:start'));
  };

  const saved = () => {
    try {
      return JSON.parse(localStorage.getItem(PRACTICE_STORAGE_KEY) ?? '{}')?.questions?.[slug] != null;
    } catch {
      // Storage switched off, or unreadable: the practice code says so once loaded.
      return true;
    }
  };
  if (location.hash === '#practice') start();
  else if (saved()) load();

  for (const part of [controls, answer]) {
    part.addEventListener('pointerdown', load, { once: true });
    part.addEventListener('focusin', load, { once: true });
  }
  controls.querySelector('[data-practice-start]')?.addEventListener('click', start);
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key !== 'p' || event.ctrlKey || event.metaKey || event.altKey || target.closest('input, textarea, select, [contenteditable]')) return;
    event.preventDefault();
    start();
  });
}
