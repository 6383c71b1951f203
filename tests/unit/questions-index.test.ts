import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildQuestionsIndex, type IndexedQuestion } from '../../src/lib/bank/questions-index.ts';
import { questionsIndexJsonSchema, questionsIndexSchema } from '../../src/schemas/questions-index.ts';
import { LEVELS } from '../../src/lib/shared/vocabulary.ts';

const question: IndexedQuestion = {
  slug: 'breaking-a-deadlock',
  title: 'Breaking a Deadlock',
  prompt: 'Tell me about a deadlock you broke.\n\nWhat did you do first?',
  category: 'behavioral',
  level: 'staff',
  competencies: ['conflict-resolution', 'ownership'],
  aliases: ['deadlock-breaking'],
  headings: [
    { depth: 2, slug: 'situation', text: 'Situation – Context' },
    { depth: 2, slug: 'task', text: 'Task – Your Responsibility' },
    { depth: 2, slug: 'action', text: 'Action – What You Did' },
    { depth: 2, slug: 'result', text: 'Result – Outcome & Impact' },
    { depth: 2, slug: 'learning', text: 'Learning / Reflection – Growth' },
  ],
};

const index = buildQuestionsIndex({
  site: 'https://bank.example.com/',
  questions: [question],
  competencies: [
    { id: 'ownership', name: 'Ownership' },
    { id: 'conflict-resolution', name: 'Conflict Resolution' },
  ],
  levels: LEVELS,
});

describe('buildQuestionsIndex', () => {
  it('gives each question its metadata and absolute URLs', () => {
    expect(index.questions[0]).toMatchObject({
      slug: 'breaking-a-deadlock',
      title: 'Breaking a Deadlock',
      prompt: 'Tell me about a deadlock you broke.\n\nWhat did you do first?',
      level: 'staff',
      competencies: ['conflict-resolution', 'ownership'],
      url: 'https://bank.example.com/questions/breaking-a-deadlock/',
      markdownUrl: 'https://bank.example.com/questions/breaking-a-deadlock.md',
      aliases: ['deadlock-breaking'],
    });
  });

  it('lists the sections and sub-sections of the page, each with its anchor URL', () => {
    const withSubsections = buildQuestionsIndex({
      site: 'https://bank.example.com',
      questions: [{ ...question, headings: [{ depth: 2, slug: 'coach-strategy', text: 'Coach Strategy' }, { depth: 3, slug: 'signals', text: 'Signals' }, { depth: 4, slug: 'x', text: 'X' }] }],
      competencies: [],
      levels: [],
    });
    expect(withSubsections.questions[0]!.sections.map((section) => section.id)).toEqual(['coach-strategy', 'signals']);
  });

  it('gives each section its anchor URL on the question page', () => {
    expect(index.questions[0]!.sections).toEqual([
      { id: 'situation', title: 'Situation – Context', url: 'https://bank.example.com/questions/breaking-a-deadlock/#situation' },
      { id: 'task', title: 'Task – Your Responsibility', url: 'https://bank.example.com/questions/breaking-a-deadlock/#task' },
      { id: 'action', title: 'Action – What You Did', url: 'https://bank.example.com/questions/breaking-a-deadlock/#action' },
      { id: 'result', title: 'Result – Outcome & Impact', url: 'https://bank.example.com/questions/breaking-a-deadlock/#result' },
      { id: 'learning', title: 'Learning / Reflection – Growth', url: 'https://bank.example.com/questions/breaking-a-deadlock/#learning' },
    ]);
  });

  it('names the competencies and levels with the URLs of their pages', () => {
    expect(index.competencies[1]).toEqual({ id: 'conflict-resolution', name: 'Conflict Resolution', url: 'https://bank.example.com/competencies/conflict-resolution/' });
    expect(index.levels.map((level) => level.url)).toContain('https://bank.example.com/levels/staff/');
  });

  it('points at its schema and site', () => {
    expect(index.$schema).toBe('https://bank.example.com/questions.schema.json');
    expect(index.site).toBe('https://bank.example.com');
  });

  it('passes its own schema and the published JSON Schema', () => {
    expect(questionsIndexSchema.safeParse(index).success).toBe(true);
    const validate = new Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(questionsIndexJsonSchema(index.$schema));
    expect(validate(index), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('the published JSON Schema', () => {
  const validate = new Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(
    questionsIndexJsonSchema('https://bank.example.com/questions.schema.json'),
  );
  const entry = index.questions[0]!;

  it('refuses an entry without its section URLs', () => {
    const { sections: _sections, ...withoutSections } = entry;
    expect(validate({ ...index, questions: [withoutSections] })).toBe(false);
  });

  it('refuses an unknown level, a slug that is not kebab-case and a field it does not define', () => {
    expect(validate({ ...index, questions: [{ ...entry, level: 'director' }] })).toBe(false);
    expect(validate({ ...index, questions: [{ ...entry, slug: 'Breaking A Deadlock' }] })).toBe(false);
    expect(validate({ ...index, questions: [{ ...entry, extra: true }] })).toBe(false);
  });

  it('is identified by the URL it is published at', () => {
    expect(questionsIndexJsonSchema('https://bank.example.com/questions.schema.json')['$id']).toBe('https://bank.example.com/questions.schema.json');
  });
});
