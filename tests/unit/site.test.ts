import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, siteBase, siteOrigin } from '../../src/lib/bank/site.ts';

describe('siteOrigin', () => {
  it('is the local server when BANK_SITE is not set', () => {
    expect(siteOrigin({})).toBe(DEFAULT_SITE);
  });

  it('takes the origin from BANK_SITE, with or without a trailing slash', () => {
    expect(siteOrigin({ BANK_SITE: 'https://bank.example.com' })).toBe('https://bank.example.com');
    expect(siteOrigin({ BANK_SITE: 'https://Bank.Example.com/' })).toBe('https://bank.example.com');
  });

  it('refuses a value that is not an absolute http(s) URL', () => {
    expect(() => siteOrigin({ BANK_SITE: 'bank.example.com' })).toThrow('BANK_SITE must be an absolute URL such as https://bank.example.com, not "bank.example.com"');
    expect(() => siteOrigin({ BANK_SITE: 'ftp://bank.example.com' })).toThrow('BANK_SITE must be an http or https URL');
  });

  it('refuses a path, and says that a path belongs in BANK_BASE', () => {
    expect(() => siteOrigin({ BANK_SITE: 'https://example.com/bank/' })).toThrow(/origin only .*set BANK_BASE/u);
  });
});

describe('siteBase', () => {
  it('is the root when BANK_BASE is not set or empty', () => {
    expect(siteBase({})).toBe('/');
    expect(siteBase({ BANK_BASE: '' })).toBe('/');
    expect(siteBase({ BANK_BASE: '/' })).toBe('/');
  });

  it('gives the path with one leading and one trailing slash however it is written', () => {
    expect(siteBase({ BANK_BASE: '/question-bank/' })).toBe('/question-bank/');
    expect(siteBase({ BANK_BASE: 'question-bank' })).toBe('/question-bank/');
    expect(siteBase({ BANK_BASE: '//team//question-bank' })).toBe('/team/question-bank/');
  });

  it('refuses a URL, a query, dot segments and characters a URL would escape', () => {
    for (const value of ['https://user.github.io/bank/', '/bank?x=1', '/bank#top', '/a/../b/', '/my bank/', '/bänk/']) {
      expect(() => siteBase({ BANK_BASE: value }), value).toThrow(`BANK_BASE must be a path such as /question-bank/`);
    }
  });
});
