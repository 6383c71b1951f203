// What the indexer writes beside Pagefind's files: parts of even size, and the outlines that place
// hits in sections.
import { describe, expect, it } from 'vitest';
import { fragmentOutline, outlineShards, splitIntoParts } from '../../scripts/lib/search-index.ts';
import { outlineShard, outlineShardChars } from '../../src/lib/shared/search-records.ts';

describe('splitIntoParts', () => {
  it('makes the fewest parts under the size, as even as can be, in order', () => {
    const items = Array.from({ length: 10 }, (_, index) => index);
    expect(splitIntoParts(items, 3).map((part) => part.length)).toEqual([3, 3, 3, 1]);
    expect(splitIntoParts(Array.from({ length: 10_000 }, (_, index) => index), 3000).map((part) => part.length)).toEqual([2500, 2500, 2500, 2500]);
    expect(splitIntoParts(items, 10)).toEqual([items]);
    expect(splitIntoParts(items, 4).flat()).toEqual(items);
    expect(splitIntoParts([], 4)).toEqual([]);
  });
});

describe('outlines', () => {
  const fragment = {
    url: '/questions/q/',
    filters: { level: ['staff'], competency: ['ownership', 'astrology', 'conflict-resolution'], kind: ['question'] },
    anchors: [
      { id: 'situation', location: 40 },
      { id: 'situation-1', location: 41 },
      { id: 'task', location: 60 },
      { id: 'action', location: 80 },
      { id: 'result', location: 120 },
      { id: 'learning', location: 150 },
    ],
  };

  it('stores a question’s level, known competencies and section starts by index', () => {
    expect(fragmentOutline(fragment, ['conflict-resolution', 'ownership'])).toEqual([3, [1, 0], [null, null, null, 40, 60, 80, 120, 150]]);
  });

  it('shards outlines by page id, and gives up an id two parts share', () => {
    const outline = fragmentOutline(fragment, []);
    const shards = outlineShards(
      [
        ['en_8c726b5', outline],
        ['en_8c11111', outline],
        ['en_b412e9b', outline],
        ['en_b412e9b', outline],
      ],
      2,
    );
    expect(outlineShard('en_8c726b5', 2)).toBe('8c');
    expect(Object.keys(shards.get('8c')!)).toEqual(['en_8c726b5', 'en_8c11111']);
    expect(shards.get('b4')).toEqual({ en_b412e9b: null });
    expect([...outlineShards([['en_8c726b5', outline], ['en_81aaaaa', outline]], 1).keys()]).toEqual(['8']);
  });

  it('names shards with as few characters as keep them near 1,000 questions: 16 files up to 16,000, 256 up to 256,000', () => {
    expect([0, 1, 1000, 10_000, 16_000].map(outlineShardChars)).toEqual([1, 1, 1, 1, 1]);
    expect([16_001, 100_000, 256_000, 256_001].map(outlineShardChars)).toEqual([2, 2, 2, 3]);
  });
});
