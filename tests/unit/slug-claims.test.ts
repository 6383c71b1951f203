import { describe, expect, it } from 'vitest';
import { checkSlugClaims } from '../../src/lib/slug-claims.ts';

describe('checkSlugClaims', () => {
  it('accepts distinct slugs and aliases', () => {
    expect(() =>
      checkSlugClaims([
        { file: 'a.mdx', slug: 'a', aliases: ['old-a'] },
        { file: 'b.mdx', slug: 'b', aliases: [] },
      ]),
    ).not.toThrow();
  });

  it('names both files when two questions claim one slug', () => {
    expect(() =>
      checkSlugClaims([
        { file: 'content/questions/a.mdx', slug: 'same', aliases: [] },
        { file: 'content/questions/b.mdx', slug: 'same', aliases: [] },
      ]),
    ).toThrow('"same" is claimed as slug by content/questions/a.mdx and as slug by content/questions/b.mdx');
  });

  it('names both files when an alias collides with another slug', () => {
    expect(() =>
      checkSlugClaims([
        { file: 'a.mdx', slug: 'a', aliases: [] },
        { file: 'b.mdx', slug: 'b', aliases: ['a'] },
      ]),
    ).toThrow('"a" is claimed as slug by a.mdx and as alias by b.mdx');
  });

  it('refuses an alias equal to its own slug', () => {
    expect(() => checkSlugClaims([{ file: 'a.mdx', slug: 'a', aliases: ['a'] }])).toThrow('a.mdx: "a" is both the slug and an alias');
  });
});
