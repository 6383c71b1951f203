import { describe, expect, it } from 'vitest';
import { findSection, resolveSectionHeadings, StructureError, type HeadingAt } from '../../src/lib/shared/sections.ts';

const h2 = (text: string, line: number): HeadingAt => ({ depth: 2, text, line });
const NARRATIVE = [
  h2('Situation – Context', 10),
  h2('Task – Your Responsibility', 20),
  h2('Action – What You Did', 30),
  h2('Result – Outcome & Impact', 40),
  h2('Learning / Reflection – Growth', 50),
];

function structureError(headings: HeadingAt[]): StructureError {
  try {
    resolveSectionHeadings(headings, 99);
  } catch (error) {
    if (error instanceof StructureError) return error;
    throw error;
  }
  throw new Error('the structure was accepted');
}

describe('findSection', () => {
  it('finds a section by its name with or without the subtitle', () => {
    expect(findSection('Action – What You Did')?.id).toBe('action');
    expect(findSection('Action')?.id).toBe('action');
    expect(findSection('result - outcome & impact')?.id).toBe('result');
    expect(findSection('Learning / Reflection – Growth')?.id).toBe('learning');
    expect(findSection('Reflection')?.id).toBe('learning');
    expect(findSection('Coach Strategy')?.id).toBe('coach-strategy');
  });

  it('finds nothing for an unknown heading', () => {
    expect(findSection('Strategy Breakdown')).toBeUndefined();
  });
});

describe('resolveSectionHeadings', () => {
  it('gives every section and sub-section its fixed id', () => {
    const headings = [
      h2('Clarifying Questions', 1),
      h2('Assumptions', 3),
      h2('Coach Strategy', 5),
      { depth: 3, text: 'Signals', line: 6 },
      { depth: 3, text: 'Cheat Code', line: 8 },
      ...NARRATIVE,
    ];
    expect(resolveSectionHeadings(headings, 99).map((heading) => heading.id)).toEqual([
      'clarifying-questions',
      'assumptions',
      'coach-strategy',
      'signals',
      'cheat-code',
      'situation',
      'task',
      'action',
      'result',
      'learning',
    ]);
  });

  it('accepts the narrative alone', () => {
    expect(resolveSectionHeadings(NARRATIVE, 99)).toHaveLength(5);
  });

  it('refuses a missing narrative section at the heading that follows it', () => {
    const error = structureError(NARRATIVE.filter((heading) => !heading.text.startsWith('Result')));
    expect(error.line).toBe(50);
    expect(error.reason).toBe('missing the required section "## Result – Outcome & Impact" (it comes after "Action")');
  });

  it('refuses a missing last section at the end of the body', () => {
    expect(structureError(NARRATIVE.slice(0, 4)).line).toBe(99);
  });

  it('refuses a section written twice', () => {
    const error = structureError([...NARRATIVE.slice(0, 3), h2('Action', 35), ...NARRATIVE.slice(3)]);
    expect(error.line).toBe(35);
    expect(error.reason).toBe('section "Action" appears twice (first at line 30)');
  });

  it('refuses sections out of order', () => {
    const error = structureError([NARRATIVE[0]!, NARRATIVE[2]!, NARRATIVE[1]!, NARRATIVE[3]!, NARRATIVE[4]!]);
    expect(error.line).toBe(20);
    expect(error.reason).toMatch(/^section "Task" is out of order: it must come before "Action"/u);
  });

  it('refuses an unknown heading, listing the known ones', () => {
    const error = structureError([h2('Strategy Breakdown', 3), ...NARRATIVE]);
    expect(error.line).toBe(3);
    expect(error.reason).toMatch(/^unknown section "Strategy Breakdown"; sections are Clarifying Questions, /u);
  });

  it('refuses a sub-heading outside the coach strategy', () => {
    const error = structureError([NARRATIVE[0]!, { depth: 3, text: 'Signals', line: 12 }, ...NARRATIVE.slice(1)]);
    expect(error.line).toBe(12);
    expect(error.reason).toMatch(/unexpected sub-heading "Signals"/u);
  });

  it('refuses other heading levels', () => {
    expect(structureError([{ depth: 1, text: 'Title', line: 1 }, ...NARRATIVE]).reason).toMatch(/heading level 1/u);
  });
});
