// Practice on a question page, put in the page on first use by question-boot.ts: practice mode (the answer
// hidden, a timer against the model answer's speaking time, parts revealed one at a time), the
// reader's progress, and their own answer saved as they type and copied or downloaded as Markdown.
import { answerMarkdown, answerFileName, clock, countWords, durationWords, speakingSeconds, SPEAKING_WORDS_PER_MINUTE } from '../lib/shared/practice-answer.ts';
import {
  ANSWER_FIELDS,
  CONFIDENCE_LEVELS,
  emptyPractice,
  loadPractice,
  savePractice,
  withAnswerText,
  withConfidence,
  withPractised,
  type Confidence,
  type PracticeData,
} from '../lib/shared/practice-data.ts';
import { NARRATIVE_SECTIONS } from '../lib/shared/sections.ts';

const NARRATIVE_IDS: ReadonlySet<string> = new Set(NARRATIVE_SECTIONS.map((section) => section.id));

const controls = document.querySelector<HTMLElement>('[data-practice]');
const answerForm = document.querySelector<HTMLElement>('[data-your-answer]');
if (controls && answerForm) {
  const practice = enhance(controls, answerForm);
  // question-boot.ts asks for practice mode with an event, or with a flag set before this code ran.
  document.addEventListener('practice', () => practice.start());
  if (document.body.dataset['practiceNow'] !== undefined) practice.start();
}

function find<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  return root.querySelector<T>(selector)!;
}

/** Wires the practice controls and the answer form; returns how to start practice mode. */
function enhance(controls: HTMLElement, answerForm: HTMLElement): { start(): void } {
  const slug = controls.dataset['slug']!;
  const article = controls.closest<HTMLElement>('article')!;
  const message = find(controls, '[data-practice-message]');
  const practised = find<HTMLInputElement>(answerForm, '[data-practice-practised]');
  const confidences = [...answerForm.querySelectorAll<HTMLInputElement>('input[name="practice-confidence"]')];
  const fields = ANSWER_FIELDS.map((field) => find<HTMLTextAreaElement>(answerForm, `textarea[name="${field}"]`));

  const say = (text: string) => {
    message.textContent = text;
  };

  // The reader's data, and whether it may be written: never over data this page cannot read.
  let data: PracticeData;
  let writable = true;
  try {
    const loaded = loadPractice(localStorage);
    if (loaded.ok) data = loaded.data;
    else {
      data = emptyPractice();
      writable = false;
      say(`Not saving: ${loaded.error}.`);
    }
  } catch {
    data = emptyPractice();
    writable = false;
    say('Not saving: this browser does not allow this site to store anything.');
  }

  const update = (change: (data: PracticeData) => PracticeData) => {
    data = change(data);
    if (!writable) return;
    try {
      savePractice(localStorage, data);
    } catch {
      say('Not saved: this browser refused to store more.');
    }
  };

  const entry = data.questions[slug];
  if (entry) {
    practised.checked = entry.practisedAt !== undefined;
    for (const radio of confidences) radio.checked = radio.value === String(entry.confidence ?? '');
    fields.forEach((field, index) => (field.value = entry.answer?.[ANSWER_FIELDS[index]!] ?? ''));
    (answerForm as HTMLDetailsElement).open = true;
  } else {
    // Anything the reader did before this code arrived is theirs to keep.
    update((current) => readControls(current));
  }

  function readControls(current: PracticeData): PracticeData {
    const now = new Date();
    let next = withPractised(current, slug, practised.checked, now);
    const chosen = Number(confidences.find((radio) => radio.checked)?.value);
    next = withConfidence(next, slug, CONFIDENCE_LEVELS.includes(chosen as Confidence) ? (chosen as Confidence) : undefined);
    fields.forEach((field, index) => (next = withAnswerText(next, slug, ANSWER_FIELDS[index]!, field.value)));
    return next;
  }

  practised.addEventListener('change', () => update((current) => withPractised(current, slug, practised.checked, new Date())));
  for (const radio of confidences) {
    radio.addEventListener('change', () => {
      const chosen = Number(radio.value);
      update((current) => withConfidence(current, slug, CONFIDENCE_LEVELS.includes(chosen as Confidence) ? (chosen as Confidence) : undefined));
    });
  }
  fields.forEach((field, index) => field.addEventListener('input', () => update((current) => withAnswerText(current, slug, ANSWER_FIELDS[index]!, field.value))));

  wireAnswerExport(article, answerForm, () => data.questions[slug]?.answer ?? {}, say);
  return practiceMode(article, controls, answerForm, say);
}

function wireAnswerExport(article: HTMLElement, answerForm: HTMLElement, answer: () => Record<string, string>, say: (text: string) => void): void {
  const slug = find(article, '[data-practice]').dataset['slug']!;
  const markdown = () =>
    answerMarkdown(
      {
        title: article.dataset['citeTitle']!,
        prompt: [...article.querySelectorAll('.prompt p')].map((paragraph) => paragraph.textContent ?? ''),
        pageUrl: article.dataset['citeUrl']!,
      },
      answer(),
    );
  find(answerForm, '[data-answer-copy]').addEventListener('click', async () => {
    const text = markdown();
    try {
      await navigator.clipboard.writeText(text);
      say('Copied your answer as Markdown.');
    } catch {
      // No clipboard access (a page served without HTTPS, or permission refused).
      window.prompt('Copy your answer:', text);
    }
  });
  find(answerForm, '[data-answer-download]').addEventListener('click', () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([markdown()], { type: 'text/markdown;charset=utf-8' }));
    link.download = answerFileName(slug);
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
}

/**
 * Practice mode: everything after the prompt hidden, a timer running against the model answer's
 * speaking time, and the answer's sections revealed one at a time; leaving restores the page.
 */
function practiceMode(article: HTMLElement, controls: HTMLElement, answerForm: HTMLElement, say: (text: string) => void): { start(): void } {
  const session = find(controls, '[data-practice-session]');
  const startButton = find<HTMLButtonElement>(controls, '[data-practice-start]');
  const startRow = startButton.closest<HTMLElement>('.practice-row')!;
  const next = find<HTMLButtonElement>(controls, '[data-practice-next]');
  const pause = find<HTMLButtonElement>(controls, '[data-practice-pause]');
  const leave = find<HTMLButtonElement>(controls, '[data-practice-leave]');
  const timer = find(controls, '[data-practice-timer]');
  const target = find(controls, '[data-practice-target]');
  // The rendered answer is its sections and nothing else (src/lib/markdown/remark-question-structure.ts).
  const steps = [...article.querySelectorAll<HTMLElement>('.answer > section')];
  const stepName = (step: HTMLElement) => step.querySelector('h2')?.textContent?.trim() ?? 'the next part';

  const words = steps
    .filter((step) => NARRATIVE_IDS.has(step.querySelector('h2')?.id ?? ''))
    .flatMap((step) => [...step.children].filter((child) => !child.matches('.section-heading')))
    .reduce((sum, child) => sum + countWords(child.textContent ?? ''), 0);
  const seconds = speakingSeconds(words);
  target.textContent = `of a target of about ${durationWords(seconds)} (the model answer's ${words} words at ${SPEAKING_WORDS_PER_MINUTE} words a minute)`;

  let active = false;
  let revealed = 0;
  let hiddenByPractice: HTMLElement[] = [];
  let elapsed = 0;
  let runningSince: number | undefined;
  let ticking: number | undefined;

  const showTime = () => {
    const now = elapsed + (runningSince === undefined ? 0 : (performance.now() - runningSince) / 1000);
    timer.textContent = clock(now);
    timer.classList.toggle('practice-timer-over', now > seconds);
  };
  const run = (on: boolean) => {
    if (on && runningSince === undefined) {
      runningSince = performance.now();
      ticking = window.setInterval(showTime, 250);
    } else if (!on && runningSince !== undefined) {
      elapsed += (performance.now() - runningSince) / 1000;
      runningSince = undefined;
      window.clearInterval(ticking);
    }
    pause.textContent = on ? 'Pause timer' : 'Resume timer';
    showTime();
  };

  const labelNext = () => {
    const step = steps[revealed];
    next.disabled = step === undefined;
    next.textContent = step ? `Reveal ${stepName(step)}` : 'All revealed';
  };

  function start(): void {
    if (active) return;
    active = true;
    const toHide = [
      ...article.querySelectorAll<HTMLElement>('.toc'),
      ...steps,
      answerForm,
      ...document.querySelectorAll<HTMLElement>('.related'),
    ];
    hiddenByPractice = toHide.filter((element) => !element.hidden);
    for (const element of hiddenByPractice) element.hidden = true;
    revealed = 0;
    elapsed = 0;
    labelNext();
    startRow.hidden = true;
    session.hidden = false;
    run(true);
    next.focus();
    say('Practice started: the answer is hidden and the timer is running.');
  }

  function reveal(): void {
    const step = steps[revealed];
    if (!active || !step) return;
    step.hidden = false;
    revealed += 1;
    if (revealed === steps.length) {
      run(false);
      answerForm.hidden = false;
      (answerForm as HTMLDetailsElement).open = true;
    }
    labelNext();
    say(`Revealed ${stepName(step)}.`);
    if (next.disabled) leave.focus();
  }

  function stop(): void {
    if (!active) return;
    active = false;
    run(false);
    for (const element of hiddenByPractice) element.hidden = false;
    hiddenByPractice = [];
    session.hidden = true;
    startRow.hidden = false;
    startButton.focus();
    say(`Practice ended after ${timer.textContent}; the whole answer is shown.`);
  }

  next.addEventListener('click', reveal);
  leave.addEventListener('click', stop);
  pause.addEventListener('click', () => run(runningSince === undefined));
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (!active || event.ctrlKey || event.metaKey || event.altKey || target.closest('input, textarea, select, [contenteditable]')) return;
    if (event.key === 'n') reveal();
    else if (event.key === 'Escape') stop();
    else return;
    event.preventDefault();
  });
  return { start };
}
