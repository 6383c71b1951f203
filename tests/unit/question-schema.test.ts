import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/bank/errors.ts';
import { fixtureTaxonomy } from '../helpers/fixtures.ts';
import { createQuestionSchema } from '../../src/schemas/question.ts';

const schema = createQuestionSchema(fixtureTaxonomy());
const valid = {
  title: 'Leading Through Influence',
  category: 'behavioral',
  level: 'senior',
  competencies: ['ownership', 'conflict-resolution'],
  question: 'Describe a situation where you led without authority.',
};

/** The problems a frontmatter has, as the build prints them. */
function problems(data: Record<string, unknown>): string {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('the frontmatter was accepted');
  return formatIssues(result.error.issues);
}

describe('createQuestionSchema', () => {
  it('accepts a question and fills in the slug and aliases', () => {
    expect(schema.parse(valid)).toEqual({ ...valid, slug: 'leading-through-influence', aliases: [] });
  });

  it('keeps a slug that is given', () => {
    expect(schema.parse({ ...valid, slug: 'lead-through-influence' }).slug).toBe('lead-through-influence');
  });

  it('refuses an unknown level, naming the field and the levels', () => {
    expect(problems({ ...valid, level: 'director' })).toBe(
      '  - level: unknown value "director"; expected one of junior, mid, senior, staff, principal',
    );
  });

  it('refuses an unknown competency, naming the closest known id', () => {
    expect(problems({ ...valid, competencies: ['ownership', 'stakeholder-managment'] })).toBe(
      '  - competencies.1: unknown competency "stakeholder-managment"; did you mean "stakeholder-management"? (the taxonomy is content/competencies.yaml)',
    );
  });

  it('refuses a competency written by name instead of id, pointing at the id', () => {
    expect(problems({ ...valid, competencies: ['Conflict Resolution'] })).toMatch(/did you mean "conflict-resolution"\?/u);
  });

  it('refuses a duplicate competency', () => {
    expect(problems({ ...valid, competencies: ['ownership', 'ownership'] })).toBe('  - competencies.1: duplicate competency "ownership"');
  });

  it('refuses an empty title and an empty list of competencies', () => {
    expect(problems({ ...valid, title: '  ' })).toBe('  - title: must not be empty');
    expect(problems({ ...valid, competencies: [] })).toBe('  - competencies: at least one competency is required');
  });

  it('refuses a slug or alias that is not kebab-case', () => {
    expect(problems({ ...valid, slug: 'Not A Slug' })).toMatch(/^ {2}- slug: must be kebab-case/u);
    expect(problems({ ...valid, aliases: ['old_slug'] })).toMatch(/^ {2}- aliases.0: must be kebab-case/u);
  });

  it('refuses a misspelt field rather than ignoring it', () => {
    expect(problems({ ...valid, competences: ['ownership'] })).toMatch(/competences/u);
  });

  it('refuses a missing prompt', () => {
    const { question: _question, ...withoutPrompt } = valid;
    expect(problems(withoutPrompt)).toMatch(/^ {2}- question: /u);
  });
});
