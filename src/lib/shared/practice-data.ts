// A reader's practice — progress and own answers — as kept in localStorage and in an export file:
// its shape, a small hand-written check (zod would weigh more than the rest of the practice code
// in the browser; tests/unit/practice-data.test.ts holds it to src/schemas/practice.ts), and updates.
import { NARRATIVE_SECTIONS } from './sections.ts';
import { SLUG_PATTERN } from './urls.ts';

/** The one localStorage key a reader's practice lives under; the value carries `version`. */
export const PRACTICE_STORAGE_KEY = 'behavioral-question-bank:practice';

/** Raised only by a change that breaks older readers of the data. */
export const PRACTICE_VERSION = 1;
/** Confidence in an answer: 1 unsure, 2 getting there, 3 confident. */
export const CONFIDENCE_LEVELS = [1, 2, 3] as const;
/** The longest text a field of an answer may hold (about 20 pages). */
export const MAX_ANSWER_LENGTH = 50_000;
/** A moment, as `Date.prototype.toISOString` writes it. */
export const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
/** What each confidence level means, from 1 up. */
export const CONFIDENCE_NAMES = ['unsure', 'getting there', 'confident'] as const;
/** The sections of a reader's own answer: the narrative ones of the model answer. */
export const ANSWER_FIELDS = NARRATIVE_SECTIONS.map((section) => section.id);

export interface QuestionPractice {
  /** When the reader last marked the question practised; absent if not practised. */
  practisedAt?: string;
  confidence?: Confidence;
  /** The reader's own answer, by narrative section id; empty sections are absent. */
  answer?: Record<string, string>;
}

export interface PracticeData {
  version: typeof PRACTICE_VERSION;
  /** By question slug; a question without progress or answer is absent. */
  questions: Record<string, QuestionPractice>;
}

/** An export file: the data, with where its schema lives and when it was written. */
export interface PracticeFile extends PracticeData {
  $schema?: string;
  exportedAt?: string;
}

export type Checked<T> = { ok: true; data: T } | { ok: false; error: string };

export const emptyPractice = (): PracticeData => ({ version: PRACTICE_VERSION, questions: {} });

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

class Invalid extends Error {}

function only(value: Record<string, unknown>, keys: readonly string[], where: string): void {
  const extra = Object.keys(value).find((key) => !keys.includes(key));
  if (extra !== undefined) throw new Invalid(`${where}: unexpected field "${extra}"`);
}

function timestamp(value: unknown, where: string): string {
  if (typeof value !== 'string' || !TIMESTAMP_PATTERN.test(value)) throw new Invalid(`${where}: must be a time like "2026-12-02T18:30:00.000Z"`);
  return value;
}

function entry(value: unknown, where: string): QuestionPractice {
  if (!isObject(value)) throw new Invalid(`${where}: must be an object`);
  only(value, ['practisedAt', 'confidence', 'answer'], where);
  const checked: QuestionPractice = {};
  if (value['practisedAt'] !== undefined) checked.practisedAt = timestamp(value['practisedAt'], `${where}.practisedAt`);
  if (value['confidence'] !== undefined) {
    if (!CONFIDENCE_LEVELS.includes(value['confidence'] as Confidence)) throw new Invalid(`${where}.confidence: must be 1, 2 or 3`);
    checked.confidence = value['confidence'] as Confidence;
  }
  const answer = value['answer'];
  if (answer !== undefined) {
    if (!isObject(answer)) throw new Invalid(`${where}.answer: must be an object`);
    only(answer, ANSWER_FIELDS, `${where}.answer`);
    checked.answer = {};
    for (const [field, text] of Object.entries(answer)) {
      if (typeof text !== 'string') throw new Invalid(`${where}.answer.${field}: must be text`);
      if (text.length > MAX_ANSWER_LENGTH) throw new Invalid(`${where}.answer.${field}: longer than ${MAX_ANSWER_LENGTH} characters`);
      checked.answer[field] = text;
    }
  }
  return checked;
}

/**
 * Checks data read from storage or a file against the practice schema, the same rules as the
 * published JSON Schema; the error names the first field that breaks them.
 */
export function checkPracticeFile(value: unknown): Checked<PracticeFile> {
  try {
    if (!isObject(value) || !('version' in value) || !('questions' in value)) {
      throw new Invalid('not a practice file of this bank: it needs "version" and "questions"');
    }
    if (value['version'] !== PRACTICE_VERSION) {
      throw new Invalid(`version: must be ${PRACTICE_VERSION}, found ${JSON.stringify(value['version'])}`);
    }
    only(value, ['$schema', 'version', 'exportedAt', 'questions'], 'file');
    const file: PracticeFile = { version: PRACTICE_VERSION, questions: {} };
    if (value['$schema'] !== undefined) {
      if (typeof value['$schema'] !== 'string') throw new Invalid('$schema: must be text');
      file.$schema = value['$schema'];
    }
    if (value['exportedAt'] !== undefined) file.exportedAt = timestamp(value['exportedAt'], 'exportedAt');
    const questions = value['questions'];
    if (!isObject(questions)) throw new Invalid('questions: must be an object keyed by question slug');
    for (const [slug, practice] of Object.entries(questions)) {
      if (!SLUG_PATTERN.test(slug)) throw new Invalid(`questions: "${slug}" is not a question slug`);
      file.questions[slug] = entry(practice, `questions.${slug}`);
    }
    return { ok: true, data: file };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}

/** Reads an import file's text: its data, or one line saying why it is refused. */
export function parsePracticeFile(text: string): Checked<PracticeData> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not a JSON file' };
  }
  const checked = checkPracticeFile(value);
  return checked.ok ? { ok: true, data: { version: PRACTICE_VERSION, questions: checked.data.questions } } : checked;
}

/** The export file of some data, naming its schema. */
export function practiceFile(data: PracticeData, schemaUrl: string, now: Date): PracticeFile {
  return { $schema: schemaUrl, version: PRACTICE_VERSION, exportedAt: now.toISOString(), questions: data.questions };
}

/** A question's entry with nothing in it is dropped, and so is an answer with no text. */
function withEntry(data: PracticeData, slug: string, change: (entry: QuestionPractice) => QuestionPractice): PracticeData {
  const next = change({ ...data.questions[slug] });
  if (next.answer && Object.keys(next.answer).length === 0) delete next.answer;
  const questions = { ...data.questions };
  if (Object.keys(next).length === 0) delete questions[slug];
  else questions[slug] = next;
  return { version: data.version, questions };
}

/** Marks a question practised now, or not practised. */
export function withPractised(data: PracticeData, slug: string, practised: boolean, now: Date): PracticeData {
  return withEntry(data, slug, (entry) => {
    if (practised) entry.practisedAt = now.toISOString();
    else delete entry.practisedAt;
    return entry;
  });
}

/** Sets or clears the confidence in a question. */
export function withConfidence(data: PracticeData, slug: string, confidence: Confidence | undefined): PracticeData {
  return withEntry(data, slug, (entry) => {
    if (confidence === undefined) delete entry.confidence;
    else entry.confidence = confidence;
    return entry;
  });
}

/** Sets one section of the reader's answer; empty (or only white space) removes it. */
export function withAnswerText(data: PracticeData, slug: string, field: string, text: string): PracticeData {
  return withEntry(data, slug, (entry) => {
    const answer = { ...entry.answer };
    if (text.trim() === '') delete answer[field];
    else answer[field] = text;
    entry.answer = answer;
    return entry;
  });
}

/** Whether the reader has written any part of an answer to a question. */
export const hasAnswer = (practice: QuestionPractice | undefined) => Object.keys(practice?.answer ?? {}).length > 0;

/** What a browser's localStorage offers; tests pass a Map-backed one. */
export type PracticeStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The data in storage. Nothing stored is an empty start; stored data that fails the check (a
 * newer version of the site wrote it, or it was edited by hand) is reported, not overwritten.
 */
export function loadPractice(storage: PracticeStorage): Checked<PracticeData> {
  const text = storage.getItem(PRACTICE_STORAGE_KEY);
  if (text === null) return { ok: true, data: emptyPractice() };
  const parsed = parsePracticeFile(text);
  return parsed.ok ? parsed : { ok: false, error: `the practice saved in this browser cannot be read (${parsed.error})` };
}

export function savePractice(storage: PracticeStorage, data: PracticeData): void {
  storage.setItem(PRACTICE_STORAGE_KEY, JSON.stringify(data));
}
