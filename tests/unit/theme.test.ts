import { describe, expect, it } from 'vitest';
import { PRE_PAINT_SCRIPT, THEME_KEY, themeFrom } from '../../src/lib/shared/theme.ts';

/** Runs the pre-paint script against a stand-in <html> and storage; returns what it set. */
function prePaint(stored: string | null | (() => never)): Record<string, string> {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (typeof stored === 'function') stored();
      return key === THEME_KEY ? stored : null;
    },
  };
  new Function('document', 'localStorage', PRE_PAINT_SCRIPT)({ documentElement: { dataset } }, localStorage);
  return dataset;
}

describe('PRE_PAINT_SCRIPT', () => {
  it('applies a stored light or dark choice and marks that scripts run', () => {
    expect(prePaint('dark')).toEqual({ js: '', theme: 'dark' });
    expect(prePaint('light')).toEqual({ js: '', theme: 'light' });
  });

  it('leaves the system scheme for no choice, an unknown one, or refused storage', () => {
    expect(prePaint(null)).toEqual({ js: '' });
    expect(prePaint('"><script>')).toEqual({ js: '' });
    expect(
      prePaint(() => {
        throw new Error('SecurityError');
      }),
    ).toEqual({ js: '' });
  });
});

describe('themeFrom', () => {
  it('reads a stored value as a theme, anything else as system', () => {
    expect(themeFrom('dark')).toBe('dark');
    expect(themeFrom('blue')).toBe('system');
    expect(themeFrom(null)).toBe('system');
  });
});
