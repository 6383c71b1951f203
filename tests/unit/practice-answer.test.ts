import { describe, expect, it } from 'vitest';
import { answerMarkdown, clock, countWords, durationWords, speakingSeconds } from '../../src/lib/shared/practice-answer.ts';

const SOURCE = {
  title: 'Alpha *Migration*',
  prompt: ['Tell me about a migration.', 'What did you do?'],
  pageUrl: 'https://bank.example/questions/alpha-migration/',
};

describe('answerMarkdown', () => {
  it('writes each section the reader filled, in STAR order, each citing the model section', () => {
    const markdown = answerMarkdown(SOURCE, { result: 'Shipped in **two** weeks.', situation: 'A legacy system.\n\n- It was old.', task: '   ' });
    expect(markdown).toBe(
      [
        '# Alpha \\*Migration\\* — my answer',
        '',
        '> Tell me about a migration.',
        '>',
        '> What did you do?',
        '',
        'Model answer: [Alpha \\*Migration\\* — Model answer](https://bank.example/questions/alpha-migration/)',
        '',
        '## Situation',
        '',
        'A legacy system.',
        '',
        '- It was old.',
        '',
        'Model: [Alpha \\*Migration\\* — Situation](https://bank.example/questions/alpha-migration/#situation)',
        '',
        '## Result',
        '',
        'Shipped in **two** weeks.',
        '',
        'Model: [Alpha \\*Migration\\* — Result](https://bank.example/questions/alpha-migration/#result)',
        '',
      ].join('\n'),
    );
  });

  it('names Learning as the copy controls do', () => {
    expect(answerMarkdown(SOURCE, { learning: 'Ask early.' })).toContain(
      'Model: [Alpha \\*Migration\\* — Learning / Reflection](https://bank.example/questions/alpha-migration/#learning)',
    );
  });
});

describe('speaking time', () => {
  it('counts words, not punctuation or anchor marks', () => {
    expect(countWords("We cut p99 latency — by 40% — and didn't look back. #")).toBe(10);
  });

  it('takes 130 words a minute, to the nearest quarter minute', () => {
    expect(speakingSeconds(130)).toBe(60);
    expect(speakingSeconds(260 + 30)).toBe(135);
    expect(speakingSeconds(3)).toBe(15);
  });

  it('shows a clock and words', () => {
    expect(clock(125.7)).toBe('2:05');
    expect(clock(0)).toBe('0:00');
    expect(durationWords(135)).toBe('2 min 15 s');
    expect(durationWords(120)).toBe('2 min');
    expect(durationWords(45)).toBe('45 s');
  });
});
