import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  checkPracticeFile,
  emptyPractice,
  loadPractice,
  parsePracticeFile,
  PRACTICE_STORAGE_KEY,
  practiceFile,
  savePractice,
  withAnswerText,
  withConfidence,
  withPractised,
  type PracticeStorage,
} from '../../src/lib/shared/practice-data.ts';
import { practiceFileSchema, practiceJsonSchema } from '../../src/schemas/practice.ts';

const NOW = new Date('2026-12-02T18:00:00.000Z');
const VALID = {
  $schema: 'https://bank.example/practice.schema.json',
  version: 1,
  exportedAt: '2026-12-02T18:00:00.000Z',
  questions: {
    'alpha-migration': { practisedAt: '2026-12-01T09:30:00.000Z', confidence: 2, answer: { situation: 'We had *one* week.', learning: 'Ask early.' } },
    'bravo-outage': { confidence: 1 },
    'charlie-roadmap': { answer: {} },
    golf: {},
  },
};

/** Files each check must refuse, with what the hand-written check says about them. */
const REFUSED: [string, unknown, RegExp][] = [
  ['not an object', [1, 2], /not a practice file/],
  ['another JSON file (questions.json)', { version: 1, site: 'x', questions: [] }, /unexpected field "site"/],
  ['a file of another version', { version: 2, questions: {} }, /^version: must be 1, found 2$/],
  ['no questions', { version: 1 }, /not a practice file/],
  ['questions as a list', { version: 1, questions: [] }, /^questions: must be an object/],
  ['a key that is no slug', { version: 1, questions: { 'Alpha Migration': {} } }, /"Alpha Migration" is not a question slug/],
  ['a confidence out of range', { version: 1, questions: { a: { confidence: 4 } } }, /^questions\.a\.confidence: must be 1, 2 or 3$/],
  ['a confidence as text', { version: 1, questions: { a: { confidence: '2' } } }, /confidence: must be 1, 2 or 3/],
  ['a date that is not a time', { version: 1, questions: { a: { practisedAt: 'yesterday' } } }, /^questions\.a\.practisedAt: must be a time/],
  ['an unknown answer section', { version: 1, questions: { a: { answer: { epilogue: 'x' } } } }, /^questions\.a\.answer: unexpected field "epilogue"$/],
  ['an answer that is not text', { version: 1, questions: { a: { answer: { task: 3 } } } }, /^questions\.a\.answer\.task: must be text$/],
  ['an answer too long', { version: 1, questions: { a: { answer: { task: 'x'.repeat(50_001) } } } }, /longer than 50000 characters/],
  ['an unknown field on a question', { version: 1, questions: { a: { stars: 5 } } }, /unexpected field "stars"/],
  ['a bad export time', { version: 1, exportedAt: 12, questions: {} }, /^exportedAt: must be a time/],
];

describe('checkPracticeFile', () => {
  it('accepts a full file and returns it unchanged', () => {
    expect(checkPracticeFile(VALID)).toEqual({ ok: true, data: VALID });
  });

  it.each(REFUSED)('refuses %s, naming the field', (_name, file, message) => {
    const checked = checkPracticeFile(file);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.error).toMatch(message);
  });

  it('gives the same verdict as the zod schema and the published JSON Schema on every sample', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(practiceJsonSchema('https://bank.example/practice.schema.json'));
    const samples = [VALID, emptyPractice(), ...REFUSED.map(([, file]) => file)];
    const verdicts = samples.map((file) => [checkPracticeFile(file).ok, practiceFileSchema.safeParse(file).success, ajv(file)]);
    expect(verdicts).toEqual(samples.map((_, index) => (index < 2 ? [true, true, true] : [false, false, false])));
  });
});

describe('parsePracticeFile', () => {
  it('refuses text that is not JSON', () => {
    expect(parsePracticeFile('{"version": 1,')).toEqual({ ok: false, error: 'not a JSON file' });
  });

  it('reads back exactly what practiceFile wrote, without the file fields', () => {
    const data = withAnswerText(withConfidence(withPractised(emptyPractice(), 'alpha', true, NOW), 'alpha', 3), 'beta', 'action', 'I led it.');
    const text = JSON.stringify(practiceFile(data, 'https://bank.example/practice.schema.json', NOW));
    expect(parsePracticeFile(text)).toEqual({ ok: true, data });
  });
});

describe('the updates', () => {
  it('record practice, confidence and answer text under the question slug', () => {
    let data = withPractised(emptyPractice(), 'alpha', true, NOW);
    data = withConfidence(data, 'alpha', 2);
    data = withAnswerText(data, 'alpha', 'situation', 'A migration.');
    expect(data).toEqual({
      version: 1,
      questions: { alpha: { practisedAt: '2026-12-02T18:00:00.000Z', confidence: 2, answer: { situation: 'A migration.' } } },
    });
  });

  it('drop a question once nothing is left of it, and never change the data they were given', () => {
    const start = withAnswerText(withPractised(emptyPractice(), 'alpha', true, NOW), 'alpha', 'task', 'Own it.');
    const copy = structuredClone(start);
    const cleared = withPractised(withAnswerText(start, 'alpha', 'task', '  \n'), 'alpha', false, NOW);
    expect(cleared).toEqual(emptyPractice());
    expect(start).toEqual(copy);
  });
});

describe('loadPractice', () => {
  const storage = (value: string | null): PracticeStorage & { saved: Map<string, string> } => {
    const saved = new Map<string, string>(value === null ? [] : [[PRACTICE_STORAGE_KEY, value]]);
    return { saved, getItem: (key) => saved.get(key) ?? null, setItem: (key, text) => void saved.set(key, text) };
  };

  it('starts empty, and reads back what was saved', () => {
    const store = storage(null);
    expect(loadPractice(store)).toEqual({ ok: true, data: emptyPractice() });
    const data = withConfidence(emptyPractice(), 'alpha', 1);
    savePractice(store, data);
    expect(loadPractice(store)).toEqual({ ok: true, data });
  });

  it('reports stored data it cannot read, and leaves it in place', () => {
    const store = storage('{"version":2,"questions":{}}');
    expect(loadPractice(store)).toEqual({ ok: false, error: 'the practice saved in this browser cannot be read (version: must be 1, found 2)' });
    expect(store.saved.get(PRACTICE_STORAGE_KEY)).toBe('{"version":2,"questions":{}}');
  });
});
