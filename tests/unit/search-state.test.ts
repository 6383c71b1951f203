import { describe, expect, it } from 'vitest';
import {
  facetCounts,
  inTitleOrder,
  looseParts,
  narrowResults,
  parseSearchState,
  readOutline,
  resultSummary,
  searchPlan,
  searchStateQuery,
  searchStateUrl,
  searchTerm,
  sectionAt,
  type QuestionOutline,
  type SearchState,
} from '../../src/lib/shared/search-state.ts';

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
  it('searches whole questions with the filters when no section is chosen, counting in Pagefind', () => {
    const plan = searchPlan({ query: ' deadline ', competencies: ['ownership'] });
    expect(plan.results).toEqual({ term: 'deadline', filters: { competency: ['ownership'] } });
    expect(plan.inBrowser).toBe(false);
    expect(plan.levelCounts).toBeUndefined();
  });

  it('searches whole questions without the level when a section is chosen, to narrow and count in the browser', () => {
    const plan = searchPlan({ query: 'circuit breaking', competencies: ['ownership'], level: 'senior', section: 'action' });
    expect(plan.results).toEqual({ term: 'circuit breaking', filters: { competency: ['ownership'] } });
    expect(plan.inBrowser).toBe(true);
    expect(plan.levelCounts).toBeUndefined();
  });

  it('asks all chosen competencies at once, as a question must carry each', () => {
    const plan = searchPlan({ query: 'x', competencies: ['conflict-resolution', 'ownership'] });
    expect(plan.results.filters['competency']).toEqual(['conflict-resolution', 'ownership']);
  });

  it('counts levels without the chosen level', () => {
    const plan = searchPlan({ query: 'x', competencies: [], level: 'senior' });
    expect(plan.results.filters).toEqual({ level: 'senior' });
    expect(plan.levelCounts?.filters).toEqual({});
  });

  it('browses by title when there are no words, and ranks a search that has some', () => {
    const plan = searchPlan({ query: '  ', competencies: [], level: 'senior' });
    expect(plan.results).toEqual({ term: null, filters: { level: 'senior' } });
    expect(searchPlan({ query: '', competencies: [], section: 'action' }).results.term).toBeNull();
    expect(searchPlan({ query: 'deadline', competencies: [] }).results.term).toBe('deadline');
  });

  it('finds the parts that answered a query of several words while lacking one of them altogether', () => {
    // "circuit breaking": part 2 holds no "circuit", so Pagefind answered there with every page holding "breaking".
    expect(looseParts({ 1: 3, 2: 40 }, [{ 1: 5 }, { 1: 9, 2: 40 }])).toEqual(['2']);
    expect(looseParts({ 1: 3, 2: 4 }, [{ 1: 5, 2: 6 }, { 1: 9, 2: 40 }])).toEqual([]);
    // A part that answered nothing has nothing to drop; counts of zero are lacking words too.
    expect(looseParts({ 1: 3, 2: 0 }, [{ 1: 5, 2: 0 }, { 1: 9 }])).toEqual([]);
    expect(looseParts({ 1: 3 }, [{ 1: 0 }, undefined])).toEqual(['1']);
    expect(looseParts(undefined, [{ 1: 5 }])).toEqual([]);
  });

  it('puts browsed results in the title order the indexer lists, and results it does not list last, as they came', () => {
    const found = ['en_c', 'en_x', 'en_a', 'en_y', 'en_b'].map((id) => ({ id }));
    expect(inTitleOrder(found, ['en_a', 'en_b', 'en_c']).map((result) => result.id)).toEqual(['en_a', 'en_b', 'en_c', 'en_x', 'en_y']);
    expect(found.map((result) => result.id)).toEqual(['en_c', 'en_x', 'en_a', 'en_y', 'en_b']);
  });

  it('over an index in parts, checks every word of a query of several on its own, but not a quoted phrase', () => {
    expect(searchPlan({ query: 'Circuit  breaking', competencies: [] }, 3)).toMatchObject({ inBrowser: false, everyWord: ['circuit', 'breaking'] });
    expect(searchPlan({ query: 'circuit and breaking', competencies: [], section: 'action' }, 3)).toMatchObject({ inBrowser: true, everyWord: ['circuit', 'breaking'] });
    expect(searchPlan({ query: 'circuit breaking', competencies: [] }, 1).everyWord).toBeUndefined();
    expect(searchPlan({ query: 'deadline', competencies: [] }, 3)).toMatchObject({ inBrowser: false });
    expect(searchPlan({ query: '"circuit breaking"', competencies: [] }, 3).everyWord).toBeUndefined();
  });
});

describe('searchTerm', () => {
  it('drops words on nearly every page, outside quoted phrases', () => {
    expect(searchTerm('disagree and commit')).toBe('disagree commit');
    expect(searchTerm(' The  cost of a deadline ')).toBe('cost deadline');
    expect(searchTerm('"disagree and commit" in action')).toBe('"disagree and commit" action');
  });

  it('keeps a query of stop words alone as it is', () => {
    expect(searchTerm('and the')).toBe('and the');
    expect(searchTerm('"and"')).toBe('"and"');
    expect(searchTerm('')).toBe('');
  });
});

describe('facetCounts', () => {
  it('takes competency counts from the results, level counts from the search without a level', () => {
    const counts = facetCounts(vocabulary, {
      results: { competency: { 'conflict-resolution': 2, ownership: 1 }, level: { senior: 2 }, section: { action: 9 } },
      levelCounts: { level: { senior: 2, staff: 3 } },
    });
    expect(counts.competency).toEqual({ 'conflict-resolution': 2, ownership: 1, 'stakeholder-management': 0 });
    expect(counts.level).toEqual({ junior: 0, mid: 0, senior: 2, staff: 3, principal: 0 });
  });

  it('takes level counts from the results when no level is chosen, and counts no section', () => {
    const counts = facetCounts(vocabulary, { results: { level: { mid: 4 }, section: { action: 9 } } });
    expect(counts.level['mid']).toBe(4);
    expect(counts.section).toBeUndefined();
  });
});

describe('outlines', () => {
  const competencyIds = ['conflict-resolution', 'ownership', 'stakeholder-management'];
  // Sections in SECTIONS order: clarifying-questions, assumptions, coach-strategy, situation, task, action, result, learning.
  const outline = readOutline([3, [1, 0], [null, 10, 20, 30, 40, 50, 60, 70]], competencyIds);

  it('reads a stored outline with the manifest’s competencies, skipping the sections a question lacks', () => {
    expect(outline.level).toBe('staff');
    expect(outline.competencies).toEqual(['ownership', 'conflict-resolution']);
    expect(outline.sections.map((section) => section.id)).toEqual(['assumptions', 'coach-strategy', 'situation', 'task', 'action', 'result', 'learning']);
  });

  it('places a hit position in its section, or above them in the title and prompt', () => {
    expect(sectionAt(outline, 3)).toBeNull();
    expect(sectionAt(outline, 10)).toBe('assumptions');
    expect(sectionAt(outline, 55)).toBe('action');
    expect(sectionAt(outline, 900)).toBe('learning');
  });
});

describe('narrowResults', () => {
  const sections = (...starts: [string, number][]) => starts.map(([id, start]) => ({ id, start }));
  const outlines = new Map<string, QuestionOutline>([
    ['a', { level: 'senior', competencies: ['ownership'], sections: sections(['situation', 10], ['action', 20], ['result', 30]) }],
    ['b', { level: 'staff', competencies: ['ownership', 'conflict-resolution'], sections: sections(['situation', 10], ['action', 20], ['result', 30]) }],
    ['c', { level: 'senior', competencies: ['conflict-resolution'], sections: sections(['situation', 10], ['action', 20]) }],
  ]);
  const results = [
    { id: 'a', words: [2, 22, 25] },
    { id: 'b', words: [12, 31] },
    { id: 'c', words: [21] },
    { id: 'unknown', words: [21] },
  ];
  const narrow = (state: SearchState) => narrowResults(results, (result) => outlines.get(result.id), state, vocabulary);

  it('keeps the questions with a hit in the section, and counts each section, level and competency over all of them', () => {
    const { results: kept, counts } = narrow({ query: 'x', competencies: [], section: 'action' });
    expect(kept.map((result) => result.id)).toEqual(['a', 'c']);
    expect(counts.section).toEqual({ 'clarifying-questions': 0, assumptions: 0, 'coach-strategy': 0, situation: 1, task: 0, action: 2, result: 1, learning: 0 });
    expect(counts.level).toMatchObject({ senior: 2, staff: 0 });
    expect(counts.competency).toEqual({ 'conflict-resolution': 1, ownership: 1, 'stakeholder-management': 0 });
  });

  it('applies the level after counting levels, and counts sections at that level', () => {
    const { results: kept, counts } = narrow({ query: 'x', competencies: [], level: 'staff', section: 'result' });
    expect(kept.map((result) => result.id)).toEqual(['b']);
    expect(counts.level).toMatchObject({ senior: 0, staff: 1 });
    expect(counts.section).toMatchObject({ situation: 1, result: 1, action: 0 });
  });

  it('keeps every question that has the section when browsing without words', () => {
    const browsed = narrowResults(results.map(({ id }) => ({ id, words: [] })), (result) => outlines.get(result.id), { query: '', competencies: [], section: 'result' }, vocabulary);
    expect(browsed.results.map((result) => result.id)).toEqual(['a', 'b']);
  });

  it('counts no section when none is chosen', () => {
    const { results: kept, counts } = narrow({ query: 'x', competencies: [], level: 'senior' });
    expect(kept.map((result) => result.id)).toEqual(['a', 'c']);
    expect(counts.section).toBeUndefined();
    expect(counts.level).toMatchObject({ senior: 2, staff: 1 });
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
