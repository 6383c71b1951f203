import { describe, expect, it } from 'vitest';
import { syntheticDocuments } from '../../bench/synthetic-question.ts';
import { fixtureTaxonomy, importedQuestion } from '../helpers/fixtures.ts';
import {
  coOccurringCompetencies,
  compareTitles,
  countByCompetency,
  countByLevel,
  facetCounts,
  filterQuery,
  firstSentence,
  matchesFilter,
  parseFilterQuery,
  questionsAtLevel,
  questionsWithCompetency,
  relatedQuestions,
  type QuestionSummary,
} from '../../src/lib/shared/browse.ts';

const q = (title: string, level: QuestionSummary['level'], ...competencies: string[]): QuestionSummary => ({
  slug: title.toLowerCase(),
  title,
  level,
  competencies,
});

const BANK = [
  q('Bravo', 'senior', 'ownership', 'conflict'),
  q('Alpha', 'senior', 'ownership', 'conflict', 'stakeholders'),
  q('Charlie', 'staff', 'ownership', 'conflict', 'stakeholders'),
  q('Delta', 'staff', 'conflict', 'mentorship'),
  q('Echo', 'mid', 'mentorship'),
];
const TAXONOMY = ['conflict', 'mentorship', 'ownership', 'stakeholders', 'teamwork'].map((id) => ({ id, name: id[0]!.toUpperCase() + id.slice(1) }));
const titles = (questions: readonly QuestionSummary[]) => questions.map((question) => question.title);

describe('compareTitles', () => {
  it('orders titles as a reader does: case aside, runs of digits by their value', () => {
    expect(['Q10 rollout', 'Q2 rollout', 'Bridge', 'apple', 'Q2', 'Aligning an Audit', 'Aligning Code'].sort(compareTitles)).toEqual([
      'Aligning an Audit',
      'Aligning Code',
      'apple',
      'Bridge',
      'Q2',
      'Q2 rollout',
      'Q10 rollout',
    ]);
  });
});

describe('countByCompetency', () => {
  it('counts questions per competency, most first, then by name, empty ones last', () => {
    expect(countByCompetency(BANK, TAXONOMY).map(({ item, count }) => `${item.id}:${count}`)).toEqual([
      'conflict:4',
      'ownership:3',
      'mentorship:2',
      'stakeholders:2',
      'teamwork:0',
    ]);
  });
});

describe('countByLevel', () => {
  it('counts questions per level in level order, empty levels included', () => {
    expect(countByLevel(BANK).map(({ item, count }) => `${item.id}:${count}`)).toEqual([
      'junior:0',
      'mid:1',
      'senior:2',
      'staff:2',
      'principal:0',
    ]);
  });
});

describe('questionsWithCompetency and questionsAtLevel', () => {
  it('lists the questions carrying a competency, by title', () => {
    expect(titles(questionsWithCompetency(BANK, 'ownership'))).toEqual(['Alpha', 'Bravo', 'Charlie']);
  });

  it('lists the questions of a level, by title', () => {
    expect(titles(questionsAtLevel(BANK, 'senior'))).toEqual(['Alpha', 'Bravo']);
  });
});

describe('coOccurringCompetencies', () => {
  it('counts the competencies seen with one, most first', () => {
    expect(coOccurringCompetencies(BANK, 'conflict')).toEqual([
      { item: 'ownership', count: 3 },
      { item: 'stakeholders', count: 2 },
      { item: 'mentorship', count: 1 },
    ]);
  });
});

describe('matchesFilter', () => {
  it('requires every chosen competency and the level', () => {
    const filter = { competencies: ['ownership', 'conflict'], level: 'senior' as const };
    expect(titles(BANK.filter((question) => matchesFilter(question, filter)))).toEqual(['Bravo', 'Alpha']);
  });

  it('lets everything through an empty filter', () => {
    expect(BANK.filter((question) => matchesFilter(question, { competencies: [], level: undefined }))).toHaveLength(5);
  });
});

describe('facetCounts', () => {
  it('counts, for each competency, the questions the filter would give with it ticked too', () => {
    const counts = facetCounts(BANK, { competencies: ['ownership'], level: undefined });
    expect(counts.shown).toBe(3);
    expect(Object.fromEntries(counts.competencies)).toEqual({ ownership: 3, conflict: 3, stakeholders: 2 });
    // A competency no matching question carries would give none.
    expect(counts.competencies.get('mentorship')).toBeUndefined();
  });

  it('counts each level with the ticked competencies, whatever level is chosen', () => {
    const counts = facetCounts(BANK, { competencies: ['conflict'], level: 'staff' });
    expect(counts.shown).toBe(2);
    expect(Object.fromEntries(counts.levels)).toEqual({ junior: 0, mid: 0, senior: 2, staff: 2, principal: 0 });
    expect(counts.any).toBe(4);
    // Competency counts respect the chosen level.
    expect(counts.competencies.get('mentorship')).toBe(1);
    expect(counts.competencies.get('stakeholders')).toBe(1);
  });

  it('gives zero everywhere for a combination nothing shows', () => {
    const counts = facetCounts(BANK, { competencies: ['mentorship', 'stakeholders'], level: undefined });
    expect(counts.shown).toBe(0);
    expect(counts.any).toBe(0);
    expect(counts.competencies.size).toBe(0);
  });
});

describe('parseFilterQuery and filterQuery', () => {
  const known = new Set(TAXONOMY.map((competency) => competency.id));

  it('reads comma-separated competencies and a level', () => {
    expect(parseFilterQuery('?competency=ownership,conflict&level=senior', known)).toEqual({
      competencies: ['ownership', 'conflict'],
      level: 'senior',
    });
  });

  it('reads repeated parameters, as a plain form would send them', () => {
    expect(parseFilterQuery('competency=ownership&competency=conflict', known).competencies).toEqual(['ownership', 'conflict']);
  });

  it('drops unknown competencies, duplicates and an unknown level', () => {
    expect(parseFilterQuery('?competency=ownership,telepathy,ownership&level=overlord', known)).toEqual({
      competencies: ['ownership'],
      level: undefined,
    });
  });

  it('writes a readable query that reads back the same', () => {
    const filter = { competencies: ['ownership', 'conflict'], level: 'staff' as const };
    expect(filterQuery(filter)).toBe('?competency=ownership,conflict&level=staff');
    expect(parseFilterQuery(filterQuery(filter), known)).toEqual(filter);
    expect(filterQuery({ competencies: [], level: undefined })).toBe('');
  });
});

describe('relatedQuestions', () => {
  it('ranks a generated bank exactly as comparing every pair would', () => {
    const bank = syntheticDocuments(400, 7, fixtureTaxonomy()).map((document) => {
      const { slug, frontmatter } = importedQuestion(document.text).file;
      return { slug, title: frontmatter.title, level: frontmatter.level, competencies: frontmatter.competencies };
    });
    const related = relatedQuestions(bank, 5);
    const sharing = (a: QuestionSummary, b: QuestionSummary) => a.competencies.filter((id) => b.competencies.includes(id)).length;
    for (const question of bank) {
      const expected = bank
        .filter((other) => other !== question && sharing(question, other) > 0)
        .sort((a, b) => sharing(question, b) * 2 + Number(b.level === question.level) - (sharing(question, a) * 2 + Number(a.level === question.level)) || a.title.localeCompare(b.title, 'en'))
        .slice(0, 5);
      expect(titles(related.get(question.slug)!), question.title).toEqual(titles(expected));
    }
  });

  it('ranks by shared competencies, then same level, then title, leaving the question itself out', () => {
    const related = relatedQuestions(BANK, 3);
    expect(titles(related.get('alpha')!)).toEqual(['Charlie', 'Bravo', 'Delta']);
    expect(titles(related.get('bravo')!)).toEqual(['Alpha', 'Charlie', 'Delta']);
    expect(titles(related.get('echo')!)).toEqual(['Delta']);
  });

  it('prefers the same level when the overlap is equal', () => {
    const related = relatedQuestions([q('A', 'mid', 'x'), q('B', 'staff', 'x'), q('C', 'mid', 'x')], 2);
    expect(titles(related.get('b')!)).toEqual(['A', 'C']);
    expect(titles(related.get('a')!)).toEqual(['C', 'B']);
  });

  it('lists nothing for a question sharing no competency', () => {
    expect(relatedQuestions([q('A', 'mid', 'x'), q('B', 'mid', 'y')], 5).get('a')).toEqual([]);
  });
});

describe('firstSentence', () => {
  it('takes the prompt up to its first full stop or question mark', () => {
    expect(firstSentence('Tell me about a time. How did you handle it?')).toBe('Tell me about a time.');
    expect(firstSentence('Why did it fail? Walk me through it.')).toBe('Why did it fail?');
  });

  it('does not stop inside a number or an abbreviation without a space', () => {
    expect(firstSentence('We hit 99.99% uptime, e.g.during peaks. Then what?')).toBe('We hit 99.99% uptime, e.g.during peaks.');
  });

  it('keeps a prompt with no sentence end whole', () => {
    expect(firstSentence('Describe a conflict')).toBe('Describe a conflict');
  });
});
