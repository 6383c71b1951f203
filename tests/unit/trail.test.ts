import { describe, expect, it } from 'vitest';
import { parseTrail, trailAround, trailItems, type Trail } from '../../src/lib/shared/trail.ts';

const isQuestion = (path: string) => /^\/questions\/[^/]+\/$/u.test(path);

describe('trailItems', () => {
  it('keeps question links in order, once each, and nothing else', () => {
    const links = [
      { pathname: '/questions/b/', text: ' Bravo\n Outage ' },
      { pathname: '/questions/b/', text: 'Action' },
      { pathname: '/levels/senior/', text: 'Senior' },
      { pathname: '/questions/a/', text: 'Alpha' },
    ];
    expect(trailItems(links, isQuestion)).toEqual([
      { path: '/questions/b/', title: 'Bravo Outage' },
      { path: '/questions/a/', title: 'Alpha' },
    ]);
  });
});

describe('trailAround', () => {
  const trail: Trail = {
    list: '/?competency=ownership',
    name: 'All questions',
    items: ['a', 'b', 'c'].map((slug) => ({ path: `/questions/${slug}/`, title: slug.toUpperCase() })),
  };

  it('leads back to the list, and to its neighbours in the list', () => {
    expect(trailAround(trail, '/questions/b/')).toEqual({
      back: { href: '/?competency=ownership', name: 'All questions' },
      previous: { path: '/questions/a/', title: 'A' },
      next: { path: '/questions/c/', title: 'C' },
    });
    expect(trailAround(trail, '/questions/a/')).toEqual({ back: { href: '/?competency=ownership', name: 'All questions' }, next: { path: '/questions/b/', title: 'B' } });
  });

  it('says nothing for a question the list does not hold', () => {
    expect(trailAround(trail, '/questions/z/')).toBeUndefined();
    expect(trailAround(undefined, '/questions/a/')).toBeUndefined();
  });
});

describe('parseTrail', () => {
  it('reads back what was stored, and refuses anything else', () => {
    const trail: Trail = { list: '/levels/senior/', name: 'Senior', items: [{ path: '/questions/a/', title: 'A' }] };
    expect(parseTrail(JSON.stringify(trail))).toEqual(trail);
    expect(parseTrail(null)).toBeUndefined();
    expect(parseTrail('{')).toBeUndefined();
    expect(parseTrail(JSON.stringify({ ...trail, list: 'https://elsewhere.example/' }))).toBeUndefined();
    expect(parseTrail(JSON.stringify({ ...trail, list: '//elsewhere.example/' }))).toBeUndefined();
    expect(parseTrail(JSON.stringify({ ...trail, items: [{ path: 1 }] }))).toBeUndefined();
  });
});
