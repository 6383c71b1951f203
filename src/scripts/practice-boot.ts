// A question page's first practice script: shows the practice controls and the reader's answer,
// and loads the practice code (src/scripts/practice-question.ts) only when it is needed — at once
// if the reader has practice saved for this question or arrived at #practice, else on first use.
import { PRACTICE_STORAGE_KEY } from '../lib/shared/practice-storage-key.ts';

const controls = document.querySelector<HTMLElement>('[data-practice]');
const answer = document.querySelector<HTMLElement>('[data-your-answer]');

if (controls && answer) {
  const slug = controls.dataset['slug'] ?? '';
  controls.hidden = false;
  answer.hidden = false;
  let loading: Promise<{ start(): void }> | undefined;
  const load = () => (loading ??= import('./practice-question.ts').then((practice) => practice.enhance(controls, answer)));

  const saved = () => {
    try {
      return JSON.parse(localStorage.getItem(PRACTICE_STORAGE_KEY) ?? '{}')?.questions?.[slug] != null;
    } catch {
      // Storage switched off, or unreadable: the practice code says so once loaded.
      return true;
    }
  };
  const practiseNow = location.hash === '#practice';
  if (practiseNow || saved()) void load().then((practice) => practiseNow && practice.start());

  for (const part of [controls, answer]) {
    part.addEventListener('pointerdown', load, { once: true });
    part.addEventListener('focusin', load, { once: true });
  }
  const start = () => void load().then((practice) => practice.start());
  controls.querySelector('[data-practice-start]')?.addEventListener('click', start);
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key !== 'p' || event.ctrlKey || event.metaKey || event.altKey || target.closest('input, textarea, select, [contenteditable]')) return;
    event.preventDefault();
    start();
  });
}
