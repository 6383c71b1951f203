// Records as Pagefind stores them for the bank's own seed question (tests/fixtures/search/),
// with hits placed where a search would find them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bareWord, excerpt, featuredHits, landingUrl, queryTerms, questionResult, recordOutline, recordText, termCoverage, type Excerpt, type RecordData } from '../../src/lib/shared/search-results.ts';

const PAGE = '/questions/strategic-influence-and-technical-conflict-resolution/';

function record(name: string): Omit<RecordData, 'weighted_locations'> {
  return JSON.parse(readFileSync(new URL(`../fixtures/search/${name}.json`, import.meta.url), 'utf8'));
}

/** The record with a hit on every word that is one of `terms` (ignoring case and punctuation). */
function searched(name: string, ...terms: string[]): RecordData {
  const data = record(name);
  const words = recordText(data.content).words;
  const weighted_locations = words.flatMap((word, location) =>
    terms.includes(bareWord(word).toLowerCase()) ? [{ location, balanced_score: 1 }] : [],
  );
  return { ...data, weighted_locations };
}

const text = (excerpt: Excerpt) => excerpt.parts.map((part) => part.text).join('');
const marks = (excerpt: Excerpt) => excerpt.parts.filter((part) => part.mark).map((part) => part.text);

describe('questionResult, for a whole question', () => {
  it('lands on the one bullet that holds every hit, with its words marked', () => {
    const result = questionResult(searched('question-record', 'circuit-breaking'));
    expect(result.title).toBe('Strategic Influence and Technical Conflict Resolution');
    expect(result.level).toBe('senior');
    expect(result.hits).toHaveLength(1);
    const [hit] = result.hits;
    expect(hit).toMatchObject({ section: 'action', title: 'Action – What You Did', anchor: 'action-4', words: ['circuit-breaking'] });
    expect(hit!.url).toBe(`${PAGE}?highlight=circuit-breaking#action-4`);
    expect(marks(hit!.excerpt)).toEqual(['circuit-breaking']);
    expect(text(hit!.excerpt)).toContain('would allow for better circuit-breaking and blast-radius control.');
  });

  it('lands on the section when its hits are in several bullets, and lists each section once', () => {
    const result = questionResult(searched('question-record', 'deadline'));
    const bySection = new Map(result.hits.map((hit) => [hit.section, hit]));
    expect([...bySection.keys()].sort()).toEqual(['action', 'assumptions', 'situation']);
    expect(bySection.get('action')!.anchor).toBe('action-3');
    expect(bySection.get('situation')!.anchor).toBe('situation-3');
    expect(bySection.get('assumptions')!.url).toBe(`${PAGE}?highlight=deadline#assumptions-3`);
    const latency = questionResult(searched('question-record', 'latency'));
    expect(latency.hits.map((hit) => [hit.section, hit.anchor])).toEqual([['action', 'action']]);
    expect(marks(latency.hits[0]!.excerpt)).toContain('latency');
  });

  it('puts the section holding the most of the different words first, however often a common one repeats', () => {
    const result = questionResult(searched('question-record', 'disagree', 'and', 'commit'), { query: 'disagree and commit' });
    expect(result.hits[0]).toMatchObject({ section: 'coach-strategy', anchor: 'signals-1', words: ['Disagree', 'and', 'Commit'] });
    expect(result.hits.filter((hit) => hit.words.join() === 'and').length).toBeGreaterThan(3);
  });

  it('puts the section with the most hits first, then keeps page order', () => {
    const result = questionResult(searched('question-record', 'monolith'));
    expect(result.hits[0]!.section).toBe('action');
    expect(result.hits.slice(1).map((hit) => hit.section)).toEqual(['assumptions', 'situation', 'task', 'result', 'learning']);
  });

  it('marks a word without the quotes and stops around it', () => {
    const result = questionResult(searched('question-record', 'disagree'));
    const hit = result.hits.find((entry) => entry.section === 'coach-strategy')!;
    expect(hit.anchor).toBe('signals-1');
    expect(hit.words).toEqual(['Disagree']);
    expect(text(hit.excerpt)).toContain('"Disagree and Commit,"');
    expect(marks(hit.excerpt)).toEqual(['Disagree']);
  });

  it('reports hits in the title and prompt as "The question", linking to the page itself', () => {
    const result = questionResult(searched('question-record', 'pushback'));
    expect(result.hits).toEqual([expect.objectContaining({ section: null, title: 'The question', anchor: null, url: `${PAGE}?highlight=pushback` })]);
  });

  it('links the title with every matched word, and offers the prompt as a lead when nothing matched', () => {
    const result = questionResult(searched('question-record', 'latency', 'circuit-breaking'));
    expect(result.url).toBe(`${PAGE}?highlight=latency&highlight=circuit-breaking`);
    const browsed = questionResult(searched('question-record'));
    expect(browsed.hits).toEqual([]);
    expect(browsed.url).toBe(PAGE);
    expect(text(browsed.lead)).toMatch(/^Senior leaders often face situations/u);
    expect(browsed.lead.clippedEnd).toBe(true);
  });
});

describe('questionResult, ranking sections by the searched words they hold', () => {
  // Two sections that both hold "Tiger Team"; the second also holds "cross-team", a third form of a searched word.
  const words = 'Action. The "Tiger Team" Initiative: each team met. Result. The "Tiger Team" model for cross-team disputes.'.split(' ');
  const at = (word: string) => words.flatMap((entry, index) => (entry === word ? [index] : []));
  const data: RecordData = {
    url: '/questions/q/',
    content: words.join(' '),
    meta: { title: 'Q' },
    filters: { kind: ['question'] },
    anchors: [
      { element: 'h2', id: 'action', location: 0 },
      { element: 'li', id: 'action-1', location: 1 },
      { element: 'h2', id: 'result', location: 8 },
      { element: 'li', id: 'result-1', location: 9 },
    ],
    weighted_locations: [...at('"Tiger'), ...at('Team"'), ...at('team'), ...at('cross-team')].map((location) => ({ location, balanced_score: 1 })),
  };

  it('counts searched words, not the forms they take, so page order decides between equals', () => {
    const result = questionResult(data, { query: 'tiger team' });
    expect(result.hits.map((hit) => [hit.section, hit.coverage])).toEqual([['action', 2], ['result', 2]]);
    expect(featuredHits(result.hits, 3).featured).toHaveLength(2);
  });

  it('falls back to counting the different words matched when it is not told the query', () => {
    expect(questionResult(data).hits.map((hit) => hit.section)).toEqual(['result', 'action']);
  });
});

describe('termCoverage', () => {
  it('credits a term for words starting with its stem and for the parts of compounds', () => {
    expect(termCoverage(['cross-team'], queryTerms('team'))).toBe(1);
    expect(termCoverage(['breaks'], queryTerms('breaking'))).toBe(1);
    expect(termCoverage(['circuit-breaking'], queryTerms('circuit breaking'))).toBe(2);
    expect(termCoverage(['and', 'and'], queryTerms('disagree and commit'))).toBe(1);
  });

  it('reads query words as Pagefind does: once each, lower-case, without quotes', () => {
    expect(queryTerms(' "Disagree and  commit" and ')).toEqual(['disagree', 'and', 'commit']);
  });
});

describe('questionResult, for a search narrowed to one section', () => {
  it('keeps the hits in that section only, and keeps the question title', () => {
    const result = questionResult(searched('question-record', 'prototyping', 'deadline'), { section: 'action' });
    expect(result.title).toBe('Strategic Influence and Technical Conflict Resolution');
    expect(result.hits.map((hit) => hit.section)).toEqual(['action']);
    expect(result.hits[0]).toMatchObject({ section: 'action', url: `${PAGE}?highlight=Prototyping&highlight=deadline#action` });
    const single = questionResult(searched('question-record', 'prototyping'), { section: 'action' });
    expect(single.hits).toEqual([expect.objectContaining({ section: 'action', anchor: 'action-2', url: `${PAGE}?highlight=Prototyping#action-2` })]);
  });

  it('offers the section itself, from its opening, when browsing without words', () => {
    const result = questionResult(searched('question-record'), { section: 'action' });
    expect(result.hits).toEqual([expect.objectContaining({ section: 'action', anchor: 'action', url: `${PAGE}#action`, words: [] })]);
    expect(text(result.hits[0]!.excerpt)).toMatch(/^Active Listening & Validation: Instead of pushing my design/u);
  });

  it('links the section when a hit is in its heading', () => {
    const result = questionResult(searched('question-record', 'signals'), { section: 'coach-strategy' });
    expect(result.hits[0]).toMatchObject({ section: 'coach-strategy', anchor: 'coach-strategy' });
  });
});

describe('recordOutline', () => {
  it('reads the level, competencies and section starts from a fetched record, in the same numbering as its hits', () => {
    const data = searched('question-record', 'circuit-breaking');
    const outline = recordOutline(data);
    expect(outline.level).toBe('senior');
    expect(outline.competencies).toContain('conflict-resolution');
    expect(outline.sections.map((section) => section.id)).toEqual(['clarifying-questions', 'assumptions', 'coach-strategy', 'situation', 'task', 'action', 'result', 'learning']);
    const action = outline.sections.find((section) => section.id === 'action')!;
    const result = outline.sections.find((section) => section.id === 'result')!;
    expect(data.weighted_locations.every(({ location }) => location >= action.start && location < result.start)).toBe(true);
  });
});

describe('excerpt', () => {
  const sample = recordText(Array.from({ length: 20 }, (_, index) => `w${index}`).join(' '));

  it('opens a few words before the densest run of hits, inside the range', () => {
    const result = excerpt(sample, [3, 10, 11, 13], 0, 20, 8);
    expect(text(result)).toBe('w8 w9 w10 w11 w12 w13 w14 w15');
    expect(marks(result)).toEqual(['w10', 'w11', 'w13']);
    expect(result).toMatchObject({ clippedStart: true, clippedEnd: true });
  });

  it('stays inside its range', () => {
    const result = excerpt(sample, [11], 8, 12, 6);
    expect(text(result)).toBe('w8 w9 w10 w11');
    expect(result).toMatchObject({ clippedStart: false, clippedEnd: false });
  });

  it('joins words without spaces where Pagefind segmented the text', () => {
    const segmented = recordText('这是\u200B一段\u200B测试');
    expect(text(excerpt(segmented, [1], 0, 3, 10))).toBe('这是一段测试');
  });
});

describe('landingUrl', () => {
  it('puts each word in its own parameter, before the anchor', () => {
    expect(landingUrl('/questions/x/', ['circuit-breaking', 'Q4'], 'action-4')).toBe('/questions/x/?highlight=circuit-breaking&highlight=Q4#action-4');
    expect(landingUrl('/questions/x/', [], null)).toBe('/questions/x/');
    expect(landingUrl('/questions/x/', ['a&b'], 'task')).toBe('/questions/x/?highlight=a%26b#task');
  });
});

describe('featuredHits', () => {
  it('gives excerpts to the sections holding the most of the different words, and lists the rest', () => {
    const { hits } = questionResult(searched('question-record', 'disagree', 'and', 'commit'), { query: 'disagree and commit' });
    const { featured, others } = featuredHits(hits, 3);
    expect(featured.map((hit) => hit.anchor)).toEqual(['signals-1']);
    expect(others.length).toBe(hits.length - 1);
  });

  it('gives excerpts to at most so many sections when each holds the one word', () => {
    const { hits } = questionResult(searched('question-record', 'monolith'));
    const { featured, others } = featuredHits(hits, 3);
    expect(featured.map((hit) => hit.section)).toEqual(['action', 'assumptions', 'situation']);
    expect(others.map((hit) => hit.section)).toEqual(['task', 'result', 'learning']);
  });
});

describe('recordText', () => {
  it('keeps the text’s own punctuation: no full stop after a quote that already ends a sentence', () => {
    expect(recordText('Did you ask the executive?”. Then we agreed.').words).toEqual(['Did', 'you', 'ask', 'the', 'executive?”', 'Then', 'we', 'agreed.']);
    expect(recordText('A plain heading. The text.').words).toEqual(['A', 'plain', 'heading.', 'The', 'text.']);
  });
});
