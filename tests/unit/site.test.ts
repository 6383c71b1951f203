import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, siteOrigin } from '../../src/lib/bank/site.ts';

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

  it('refuses a path, since every link in the bank starts at the root', () => {
    expect(() => siteOrigin({ BANK_SITE: 'https://example.com/bank/' })).toThrow(/origin only/u);
  });
});
