// The home page's faceted filter: narrows the question list in place, shows what each choice
// would give, sums up the active filters above the list, and keeps its state in the URL, so a
// filtered view can be linked, reloaded, and walked with back and forward.
import { facetCounts, filterQuery, matchesFilter, parseFilterQuery, type QuestionFilter } from '../lib/shared/browse.ts';
import type { LevelId } from '../lib/shared/vocabulary.ts';

const panel = document.querySelector<HTMLDetailsElement>('#filter-panel');
const form = document.querySelector<HTMLFormElement>('#question-filter');
const cards = [...document.querySelectorAll<HTMLElement>('#questions > .question-card')];
const status = document.querySelector<HTMLElement>('#filter-status');
const empty = document.querySelector<HTMLElement>('#filter-empty');
const active = document.querySelector<HTMLElement>('#active-filters');
const activeList = document.querySelector<HTMLElement>('#active-filter-list');
const panelActive = document.querySelector<HTMLElement>('#filter-panel-active');
const clear = document.querySelector<HTMLButtonElement>('#clear-filters');

if (panel && form && status && empty && active && activeList && panelActive && clear) {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="competency"]')];
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[name="level"]')];
  const known = new Set(boxes.map((box) => box.value));
  const questions = cards.map((card) => ({
    card,
    level: card.dataset['level'] as LevelId,
    competencies: (card.dataset['competencies'] ?? '').split(' '),
  }));
  const nameOf = (input: HTMLInputElement) => input.parentElement?.querySelector('[data-facet-name]')?.textContent ?? input.value;

  const fromForm = (): QuestionFilter => ({
    // Keep the order competencies were ticked in the URL stable: the order of the list.
    competencies: boxes.filter((box) => box.checked).map((box) => box.value),
    level: (radios.find((radio) => radio.checked)?.value || undefined) as LevelId | undefined,
  });

  /** Sets a choice's count; a choice that would give nothing is shown as such and can't be picked (unless it is on). */
  const setCount = (input: HTMLInputElement, count: number) => {
    const badge = input.parentElement!.querySelector<HTMLElement>('[data-facet-count]')!;
    badge.textContent = String(count);
    input.disabled = count === 0 && !input.checked;
    input.parentElement!.classList.toggle('facet-empty', count === 0);
  };

  const go = (filter: QuestionFilter) => {
    history.pushState(null, '', `${location.pathname}${filterQuery(filter)}`);
    show(filter);
  };

  const show = (filter: QuestionFilter) => {
    for (const box of boxes) box.checked = filter.competencies.includes(box.value);
    for (const radio of radios) radio.checked = radio.value === (filter.level ?? '');
    let shown = 0;
    for (const question of questions) {
      const match = matchesFilter(question, filter);
      question.card.hidden = !match;
      if (match) shown += 1;
    }
    const counts = facetCounts(questions, filter);
    for (const box of boxes) setCount(box, box.checked ? counts.shown : (counts.competencies.get(box.value) ?? 0));
    for (const radio of radios) setCount(radio, radio.value === '' ? counts.any : (counts.levels.get(radio.value as LevelId) ?? 0));

    const chosen = [
      ...boxes.filter((box) => box.checked).map((box) => ({ name: nameOf(box), without: { ...filter, competencies: filter.competencies.filter((id) => id !== box.value) } })),
      ...radios.filter((radio) => radio.checked && radio.value !== '').map((radio) => ({ name: nameOf(radio), without: { ...filter, level: undefined } })),
    ];
    activeList.replaceChildren(
      ...chosen.map(({ name, without }) => {
        const item = document.createElement('li');
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'active-filter';
        remove.textContent = name;
        remove.setAttribute('aria-label', `Remove filter ${name}`);
        remove.addEventListener('click', () => go(without));
        item.append(remove);
        return item;
      }),
    );
    active.hidden = chosen.length === 0;
    panelActive.textContent = chosen.length === 0 ? '' : `(${chosen.length} active)`;
    status.textContent = chosen.length > 0 ? `Showing ${shown} of ${questions.length} questions` : `${questions.length} questions`;
    empty.hidden = shown > 0;
  };

  const fromUrl = () => parseFilterQuery(location.search, known);

  form.addEventListener('change', () => go(fromForm()));
  clear.addEventListener('click', () => go({ competencies: [], level: undefined }));
  window.addEventListener('popstate', () => show(fromUrl()));
  panel.hidden = false;
  // On a wide screen the choices stay in view; on a phone they fold away so the list starts on the first screen.
  panel.open = window.matchMedia('(min-width: 48rem)').matches;
  show(fromUrl());
}
