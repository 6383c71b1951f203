import { describe, expect, it } from 'vitest';
import { facetCounts, parseSearchState, resultSummary, searchPlan, searchStateQuery, searchStateUrl, type SearchState } from '../../src/lib/shared/search-state.ts';

const vocabulary = {
  competencies: ['conflict-resolution', 'ownership', 'stakeholder-management'],
  levels: ['junior', 'mid', 'senior', 'staff', 'principal'],
  sections: ['clarifying-questions', 'assumptions', 'coach-strategy', 'situation', 'task', 'action', 'result', 'learning'],
};

describe('parseSearchState', () => {
  it('reads the words and every filter', () => {
    expect(parseSearchState('?q=circuit+breaking&competency=conflict-resolution&level=senior&section=action', vocabulary)).toEqual({
      query: 'circuit breaking',
      competencies: ['conflict-resolution'],
      level: 'senior',
      section: 'action',
    });
  });

  it('reads an empty or missing query string as browsing everything', () => {
    expect(parseSearchState('', vocabulary)).toEqual({ query: '', competencies: [] });
    expect(parseSearchState('?q=&level=&section=', vocabulary)).toEqual({ query: '', competencies: [] });
  });

  it('takes several competencies, repeated or comma-separated, in vocabulary order without duplicates', () => {
    const state = parseSearchState('competency=stakeholder-management&competency=conflict-resolution,ownership&competency=ownership', vocabulary);
    expect(state.competencies).toEqual(['conflict-resolution', 'ownership', 'stakeholder-management']);
  });

  it('drops values that are not in the vocabulary', () => {
    expect(parseSearchState('competency=astrology&level=wizard&section=epilogue', vocabulary)).toEqual({ query: '', competencies: [] });
  });

  it('keeps the first known level and section when several are given', () => {
    const state = parseSearchState('level=wizard&level=staff&level=senior&section=result&section=action', vocabulary);
    expect(state.level).toBe('staff');
    expect(state.section).toBe('result');
  });

  it('keeps the words as typed, punctuation and all', () => {
    expect(parseSearchState(`q=${encodeURIComponent('"disagree and commit" & <why>')}`, vocabulary).query).toBe('"disagree and commit" & <why>');
  });
});

describe('searchStateQuery', () => {
  it('writes words and filters in a fixed order, leaving out what is unset', () => {
    const state: SearchState = { query: 'circuit breaking', competencies: ['conflict-resolution'], section: 'action' };
    expect(searchStateQuery(state)).toBe('q=circuit+breaking&competency=conflict-resolution&section=action');
  });

  it('writes several competencies as the home filter does, comma-separated', () => {
    expect(searchStateQuery({ query: '', competencies: ['conflict-resolution', 'ownership'], level: 'senior' })).toBe(
      'competency=conflict-resolution,ownership&level=senior',
    );
  });

  it('trims the words and leaves out a blank query', () => {
    expect(searchStateQuery({ query: '  deadline ', competencies: [] })).toBe('q=deadline');
    expect(searchStateQuery({ query: '   ', competencies: [] })).toBe('');
  });

  it('round-trips through parseSearchState', () => {
    const state: SearchState = { query: 'p99 <15ms & "quotes"', competencies: ['ownership', 'stakeholder-management'], level: 'staff', section: 'coach-strategy' };
    expect(parseSearchState(searchStateQuery(state), vocabulary)).toEqual(state);
  });
});

describe('searchStateUrl', () => {
  it('is /search/ with the query string, or /search/ alone', () => {
    expect(searchStateUrl({ query: 'deadline', competencies: [] })).toBe('/search/?q=deadline');
    expect(searchStateUrl({ query: '', competencies: [] })).toBe('/search/');
  });
});

describe('searchPlan', () => {
  it('searches whole questions alone when no section is chosen, leaving the section records unfetched', () => {
    const plan = searchPlan({ query: ' deadline ', competencies: ['ownership'] });
    expect(plan.results).toEqual({ term: 'deadline', filters: { kind: 'question', competency: ['ownership'] } });
    expect(plan.sectionCounts).toBeUndefined();
    expect(plan.levelCounts).toBeUndefined();
  });

  it('searches the chosen section’s records when a section is chosen, and counts the other sections', () => {
    const plan = searchPlan({ query: 'circuit breaking', competencies: ['ownership'], section: 'action' });
    expect(plan.results).toEqual({ term: 'circuit breaking', filters: { kind: 'section', competency: ['ownership'], section: 'action' } });
    expect(plan.sectionCounts).toEqual({ term: 'circuit breaking', filters: { kind: 'section', competency: ['ownership'] } });
  });

  it('asks all chosen competencies at once, as a question must carry each', () => {
    const plan = searchPlan({ query: 'x', competencies: ['conflict-resolution', 'ownership'] });
    expect(plan.results.filters['competency']).toEqual(['conflict-resolution', 'ownership']);
  });

  it('counts levels without the chosen level, in the same records as the results', () => {
    const plan = searchPlan({ query: 'x', competencies: [], level: 'senior', section: 'result' });
    expect(plan.results.filters).toEqual({ kind: 'section', level: 'senior', section: 'result' });
    expect(plan.sectionCounts?.filters).toEqual({ kind: 'section', level: 'senior' });
    expect(plan.levelCounts?.filters).toEqual({ kind: 'section', section: 'result' });
  });

  it('browses by title when there are no words', () => {
    const plan = searchPlan({ query: '  ', competencies: [], level: 'senior' });
    expect(plan.results).toEqual({ term: null, filters: { kind: 'question', level: 'senior' }, sort: { title: 'asc' } });
  });
});

describe('facetCounts', () => {
  it('takes competency counts from the results, section counts from the section search, level counts from the search without a level', () => {
    const counts = facetCounts(vocabulary, {
      results: { competency: { 'conflict-resolution': 2, ownership: 1 }, level: { senior: 2 }, section: { action: 9 } },
      sectionCounts: { section: { action: 2, situation: 1 } },
      levelCounts: { level: { senior: 2, staff: 3 } },
    });
    expect(counts.competency).toEqual({ 'conflict-resolution': 2, ownership: 1, 'stakeholder-management': 0 });
    expect(counts.level).toEqual({ junior: 0, mid: 0, senior: 2, staff: 3, principal: 0 });
    expect(counts.section).toMatchObject({ action: 2, situation: 1, task: 0, learning: 0 });
  });

  it('takes level counts from the results when no level is chosen', () => {
    const counts = facetCounts(vocabulary, { results: { level: { mid: 4 } }, sectionCounts: {} });
    expect(counts.level['mid']).toBe(4);
    expect(counts.section?.['action']).toBe(0);
  });

  it('counts no section when no section search was made', () => {
    expect(facetCounts(vocabulary, { results: { section: { action: 9 } } }).section).toBeUndefined();
  });
});

describe('resultSummary', () => {
  const name = (id: string) => (id === 'action' ? 'Action' : id);

  it('says how many questions match the words, and where', () => {
    expect(resultSummary({ query: ' deadline ', competencies: [] }, 2, name)).toBe('2 questions match “deadline”.');
    expect(resultSummary({ query: 'circuit breaking', competencies: [], section: 'action' }, 1, name)).toBe('1 question matches “circuit breaking” in Action.');
  });

  it('says when nothing matches, and whether filters were part of it', () => {
    expect(resultSummary({ query: 'zebra', competencies: [] }, 0, name)).toBe('No question matches “zebra”.');
    expect(resultSummary({ query: 'zebra', competencies: ['ownership'] }, 0, name)).toBe('No question matches “zebra” with these filters.');
  });

  it('describes browsing without words', () => {
    expect(resultSummary({ query: '', competencies: [] }, 2, name)).toBe('All 2 questions, by title.');
    expect(resultSummary({ query: '', competencies: ['ownership'] }, 1, name)).toBe('1 question, by title.');
    expect(resultSummary({ query: '', competencies: [], level: 'staff' }, 0, name)).toBe('No question has all of these filters.');
  });
});
