import { describe, expect, it } from 'vitest';
import { filterQuery } from '../../src/lib/shared/browse.ts';
import { emptyPractice, withConfidence, withPractised } from '../../src/lib/shared/practice-data.ts';
import { practiceFilterPath } from '../../src/lib/shared/urls.ts';
import {
  drawQuestion,
  parsePracticeQuery,
  progressByCompetency,
  progressByLevel,
  type PracticeFilter,
} from '../../src/lib/shared/practice-draw.ts';
import type { LevelId } from '../../src/lib/shared/vocabulary.ts';

const q = (slug: string, level: LevelId, ...competencies: string[]) => ({ slug, title: slug, level, competencies });
const QUESTIONS = [
  q('alpha', 'senior', 'ownership', 'conflict-resolution'),
  q('bravo', 'senior', 'ownership'),
  q('charlie', 'staff', 'ownership', 'conflict-resolution'),
  q('delta', 'mid', 'mentorship'),
];
const NOW = new Date('2026-12-02T18:00:00.000Z');
const KNOWN = new Set(['ownership', 'conflict-resolution', 'mentorship']);
const filter = (changes: Partial<PracticeFilter>): PracticeFilter => ({ competencies: [], level: undefined, progress: undefined, ...changes });
/** Steps through [0, 1) so that every choice gets drawn. */
const sweep = () => {
  let at = 0;
  return () => (at = (at + 0.13) % 1);
};

describe('practiceFilterPath and parsePracticeQuery', () => {
  const query = (path: string) => new URL(path, 'https://bank.example').search;

  it('write and read the home filter form, plus progress', () => {
    const wanted = filter({ competencies: ['ownership', 'conflict-resolution'], level: 'senior', progress: 'unpractised' });
    expect(practiceFilterPath(wanted)).toBe('/practice/?competency=ownership,conflict-resolution&level=senior&progress=unpractised');
    expect(query(practiceFilterPath(wanted)).startsWith(filterQuery(wanted))).toBe(true);
    expect(parsePracticeQuery(query(practiceFilterPath(wanted)), KNOWN)).toEqual(wanted);
  });

  it('drop what they do not know, and write no query for no filter', () => {
    expect(parsePracticeQuery('?progress=mastered&competency=juggling', KNOWN)).toEqual(filter({}));
    expect(practiceFilterPath(filter({ progress: 'low-confidence' }))).toBe('/practice/?progress=low-confidence');
    expect(practiceFilterPath(filter({}))).toBe('/practice/');
  });
});

describe('drawQuestion', () => {
  it('draws only questions passing the competencies, level and progress', () => {
    const data = withPractised(emptyPractice(), 'alpha', true, NOW);
    const random = sweep();
    const drawn = new Set(
      Array.from({ length: 20 }, () => drawQuestion(QUESTIONS, filter({ competencies: ['ownership'], progress: 'unpractised' }), data, random)?.slug),
    );
    expect([...drawn].sort()).toEqual(['bravo', 'charlie']);
  });

  it('draws low confidence as the questions rated 1', () => {
    const data = withConfidence(withConfidence(emptyPractice(), 'bravo', 1), 'charlie', 2);
    expect(drawQuestion(QUESTIONS, filter({ progress: 'low-confidence' }), data, sweep())?.slug).toBe('bravo');
  });

  it('does not draw the same question twice in a row while another matches', () => {
    const random = () => 0;
    expect(drawQuestion(QUESTIONS, filter({ level: 'senior' }), emptyPractice(), random, 'alpha')?.slug).toBe('bravo');
    expect(drawQuestion(QUESTIONS, filter({ level: 'mid' }), emptyPractice(), random, 'delta')?.slug).toBe('delta');
  });

  it('draws nothing when nothing matches', () => {
    expect(drawQuestion(QUESTIONS, filter({ level: 'principal' }), emptyPractice(), Math.random)).toBeUndefined();
  });
});

describe('progress', () => {
  const data = withPractised(withPractised(emptyPractice(), 'alpha', true, NOW), 'delta', true, NOW);

  it('counts practised of total per competency, leaving out competencies without questions', () => {
    const competencies = [{ id: 'ownership' }, { id: 'integrity' }, { id: 'mentorship' }];
    expect(progressByCompetency(QUESTIONS, competencies, data).map(({ item, tally }) => [item.id, tally.practised, tally.total])).toEqual([
      ['ownership', 1, 3],
      ['mentorship', 1, 1],
    ]);
  });

  it('counts practised of total per level, most junior first', () => {
    expect(progressByLevel(QUESTIONS, data).map(({ item, tally }) => [item.id, tally.practised, tally.total])).toEqual([
      ['mid', 1, 1],
      ['senior', 1, 2],
      ['staff', 0, 1],
    ]);
  });
});
