// The home page's filter: narrows the question list in place and keeps its state in the URL,
// so a filtered view can be linked, reloaded, and walked with back and forward.
import { filterQuery, matchesFilter, parseFilterQuery, type QuestionFilter } from '../lib/shared/browse.ts';
import type { LevelId } from '../lib/shared/vocabulary.ts';

const form = document.querySelector<HTMLFormElement>('#question-filter');
const cards = [...document.querySelectorAll<HTMLElement>('#questions > .question-card')];
const status = document.querySelector<HTMLElement>('#filter-status');
const empty = document.querySelector<HTMLElement>('#filter-empty');

if (form && status && empty) {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="competency"]')];
  const level = form.querySelector<HTMLSelectElement>('select[name="level"]')!;
  const known = new Set(boxes.map((box) => box.value));
  const questions = cards.map((card) => ({
    card,
    level: card.dataset['level'] as LevelId,
    competencies: (card.dataset['competencies'] ?? '').split(' '),
  }));

  const fromForm = (): QuestionFilter => ({
    // Keep the order competencies were ticked in the URL stable: the order of the list.
    competencies: boxes.filter((box) => box.checked).map((box) => box.value),
    level: (level.value || undefined) as LevelId | undefined,
  });

  const show = (filter: QuestionFilter) => {
    for (const box of boxes) box.checked = filter.competencies.includes(box.value);
    level.value = filter.level ?? '';
    let shown = 0;
    for (const question of questions) {
      const match = matchesFilter(question, filter);
      question.card.hidden = !match;
      if (match) shown += 1;
    }
    const filtered = filter.competencies.length > 0 || filter.level !== undefined;
    status.textContent = filtered
      ? `Showing ${shown} of ${questions.length} questions`
      : `${questions.length} questions`;
    empty.hidden = shown > 0;
  };

  const fromUrl = () => parseFilterQuery(location.search, known);

  form.addEventListener('change', () => {
    const filter = fromForm();
    history.pushState(null, '', `${location.pathname}${filterQuery(filter)}`);
    show(filter);
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    const none: QuestionFilter = { competencies: [], level: undefined };
    history.pushState(null, '', location.pathname);
    show(none);
  });
  window.addEventListener('popstate', () => show(fromUrl()));
  form.hidden = false;
  show(fromUrl());
}
