import { describe, expect, it } from 'vitest';
import { checkSlugClaims } from '../../src/lib/bank/slug-claims.ts';

describe('checkSlugClaims', () => {
  it('accepts distinct slugs and aliases', () => {
    expect(() =>
      checkSlugClaims([
        { file: 'a.md', slug: 'a', aliases: ['old-a'] },
        { file: 'b.md', slug: 'b', aliases: [] },
      ]),
    ).not.toThrow();
  });

  it('names both files when two questions claim one slug', () => {
    expect(() =>
      checkSlugClaims([
        { file: 'content/questions/a.md', slug: 'same', aliases: [] },
        { file: 'content/questions/b.md', slug: 'same', aliases: [] },
      ]),
    ).toThrow('"same" is claimed as slug by content/questions/a.md and as slug by content/questions/b.md');
  });

  it('names both files when an alias collides with another slug', () => {
    expect(() =>
      checkSlugClaims([
        { file: 'a.md', slug: 'a', aliases: [] },
        { file: 'b.md', slug: 'b', aliases: ['a'] },
      ]),
    ).toThrow('"a" is claimed as slug by a.md and as alias by b.md');
  });

  it('refuses an alias equal to its own slug', () => {
    expect(() => checkSlugClaims([{ file: 'a.md', slug: 'a', aliases: ['a'] }])).toThrow('a.md: "a" is both the slug and an alias');
  });
});
