// A quiet mark on each question card the reader has practised, rated or answered, read from
// their practice in this browser. Nothing is marked without progress, or without JavaScript.
import { hasAnswer, loadPractice, type QuestionPractice } from '../lib/shared/practice-data.ts';

/** "Practised · confidence 2 of 3 · answer written": what a card's mark says. */
function practiceMark(practice: QuestionPractice): string {
  return [
    practice.practisedAt !== undefined && 'Practised',
    practice.confidence !== undefined && `confidence ${practice.confidence} of 3`,
    hasAnswer(practice) && 'answer written',
  ]
    .filter(Boolean)
    .join(' · ');
}

let loaded: ReturnType<typeof loadPractice> | undefined;
try {
  loaded = loadPractice(localStorage);
} catch {
  // Storage switched off: nothing to mark.
}
if (loaded?.ok && Object.keys(loaded.data.questions).length > 0) {
  for (const card of document.querySelectorAll<HTMLElement>('.question-card')) {
    const slug = /^\/questions\/([^/]+)\/$/u.exec(card.querySelector<HTMLAnchorElement>('.question-card-title a')?.pathname ?? '')?.[1];
    const practice = slug === undefined ? undefined : loaded.data.questions[slug];
    const meta = card.querySelector('.question-card-meta');
    if (!practice || !meta) continue;
    const mark = document.createElement('span');
    mark.className = 'practice-mark';
    mark.textContent = practiceMark(practice);
    meta.append(' ', mark);
  }
}
