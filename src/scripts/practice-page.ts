// /practice/: draws questions by the filter in the URL (the home filter's parameters plus
// progress), shows the reader's progress and answers, and exports and imports them as a file.
import type { QuestionSummary } from '../lib/shared/browse.ts';
import { emptyPractice, hasAnswer, loadPractice, parsePracticeFile, practiceFile, savePractice, type PracticeData } from '../lib/shared/practice-data.ts';
import {
  drawQuestion,
  matchesPracticeFilter,
  parsePracticeQuery,
  progressByCompetency,
  progressByLevel,
  type PracticeFilter,
  type ProgressFilterId,
  type Tally,
} from '../lib/shared/practice-draw.ts';
import { practiceFilterPath, questionPath, questionPracticePath, yourAnswerPath } from '../lib/shared/urls.ts';
import { levelName, type LevelId } from '../lib/shared/vocabulary.ts';

const page = document.querySelector<HTMLElement>('[data-practice-page]');
if (page) run(page);

function run(page: HTMLElement): void {
  const part = <T extends HTMLElement>(name: string) => page.querySelector<T>(`[data-${name}]`)!;
  const raw = JSON.parse(page.dataset['bank']!) as { questions: [string, string, LevelId, string[]][]; competencies: [string, string][] };
  const questions: QuestionSummary[] = raw.questions.map(([slug, title, level, competencies]) => ({ slug, title, level, competencies }));
  const competencies = raw.competencies.map(([id, name]) => ({ id, name }));
  const known = new Set(competencies.map((competency) => competency.id));

  const form = page.querySelector<HTMLFormElement>('#practice-filter')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="competency"]')];
  const level = form.querySelector<HTMLSelectElement>('select[name="level"]')!;
  const progress = form.querySelector<HTMLSelectElement>('select[name="progress"]')!;
  const matching = part('practice-matching');
  const drawn = part('practice-drawn');
  const dataMessage = part('practice-data-message');

  let data: PracticeData = emptyPractice();
  let storageError: string | undefined;
  try {
    const loaded = loadPractice(localStorage);
    if (loaded.ok) data = loaded.data;
    else storageError = `${loaded.error}; importing a file replaces it`;
  } catch {
    storageError = 'this browser does not allow this site to store anything, so progress cannot be kept';
  }
  if (storageError) dataMessage.textContent = `Note: ${storageError}.`;

  const fromForm = (): PracticeFilter => ({
    competencies: boxes.filter((box) => box.checked).map((box) => box.value),
    level: (level.value || undefined) as LevelId | undefined,
    progress: (progress.value || undefined) as ProgressFilterId | undefined,
  });
  const showFilter = (filter: PracticeFilter) => {
    for (const box of boxes) box.checked = filter.competencies.includes(box.value);
    level.value = filter.level ?? '';
    progress.value = filter.progress ?? '';
    const count = questions.filter((question) => matchesPracticeFilter(question, filter, data)).length;
    matching.textContent = `${count} ${count === 1 ? 'question matches' : 'questions match'}.`;
  };

  let previous: string | undefined;
  const draw = () => {
    const question = drawQuestion(questions, fromForm(), data, Math.random, previous);
    drawn.replaceChildren();
    if (!question) {
      drawn.append(paragraph('No question matches. Untick a competency, or choose another level or progress.'));
      return;
    }
    previous = question.slug;
    const card = document.createElement('article');
    card.className = 'question-card practice-card';
    card.dataset['slug'] = question.slug;
    const title = document.createElement('h3');
    title.className = 'question-card-title';
    title.append(link(question.title, questionPath(question.slug)));
    const meta = paragraph(`${levelName(question.level)} Level`);
    meta.className = 'question-card-meta';
    const start = link('Start practising', questionPracticePath(question.slug));
    start.className = 'practice-go';
    start.setAttribute('aria-label', `Start practising ${question.title}`);
    card.append(title, meta, paragraph('', start));
    drawn.append(card);
  };

  const showProgress = () => {
    const row = (name: Node, tally: Tally) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.append(name);
      const td = document.createElement('td');
      td.textContent = `${tally.practised} / ${tally.total}`;
      tr.append(th, td);
      return tr;
    };
    part('practice-by-competency').replaceChildren(
      ...progressByCompetency(questions, competencies, data).map(({ item, tally }) => row(link(item.name, practiceFilterPath({ competencies: [item.id], level: undefined, progress: undefined })), tally)),
    );
    part('practice-by-level').replaceChildren(
      ...progressByLevel(questions, data).map(({ item, tally }) =>
        row(link(`${item.name} Level`, practiceFilterPath({ competencies: [], level: item.id, progress: undefined })), tally),
      ),
    );
    const answered = questions.filter((question) => hasAnswer(data.questions[question.slug]));
    part('practice-answers').replaceChildren(
      ...answered.map((question) => {
        const item = document.createElement('li');
        item.append(link(question.title, yourAnswerPath(question.slug)));
        return item;
      }),
    );
    part('practice-no-answers').hidden = answered.length > 0;
  };

  form.addEventListener('change', () => {
    const filter = fromForm();
    history.pushState(null, '', practiceFilterPath(filter));
    showFilter(filter);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    draw();
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    history.pushState(null, '', location.pathname);
    showFilter(parsePracticeQuery('', known));
  });
  window.addEventListener('popstate', () => showFilter(parsePracticeQuery(location.search, known)));

  part('practice-export').addEventListener('click', () => {
    const now = new Date();
    const file = practiceFile(data, page.dataset['schemaUrl']!, now);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }));
    link.download = `question-bank-practice-${now.toISOString().slice(0, 10)}.json`;
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    dataMessage.textContent = `Exported ${count(Object.keys(data.questions).length)}.`;
  });
  const input = part<HTMLInputElement>('practice-import');
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const parsed = parsePracticeFile(await file.text());
    input.value = '';
    if (!parsed.ok) {
      dataMessage.textContent = `Refused ${file.name}: ${parsed.error}. Nothing was changed.`;
      return;
    }
    try {
      savePractice(localStorage, parsed.data);
    } catch {
      dataMessage.textContent = `Could not import ${file.name}: this browser refused to store it. Nothing was changed.`;
      return;
    }
    data = parsed.data;
    showProgress();
    showFilter(fromForm());
    dataMessage.textContent = `Imported ${count(Object.keys(data.questions).length)} from ${file.name}.`;
  });

  page.hidden = false;
  showFilter(parsePracticeQuery(location.search, known));
  showProgress();
  draw();
}

const count = (questions: number) => `practice for ${questions} ${questions === 1 ? 'question' : 'questions'}`;

function link(text: string, href: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

function paragraph(text: string, ...children: Node[]): HTMLParagraphElement {
  const element = document.createElement('p');
  element.append(text, ...children);
  return element;
}
