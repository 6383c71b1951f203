import { describe, expect, it } from 'vitest';
import { astroPhases, figuresObject, formatFigures, formatValue, median, parseDuration, statusKilobytes } from '../../bench/bench-figures.ts';

describe('median', () => {
  it('takes the middle value of an odd count, in any order', () => {
    expect(median([30, 10, 20])).toBe(20);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty list rather than inventing a value', () => {
    expect(() => median([])).toThrow(/no values/u);
  });
});

describe('parseDuration', () => {
  it('reads milliseconds, seconds, and minutes with seconds', () => {
    expect(parseDuration('804ms')).toBe(0.804);
    expect(parseDuration('41.97s')).toBe(41.97);
    expect(parseDuration('1m 8s')).toBe(68);
    expect(parseDuration('2m')).toBe(120);
  });

  it('gives nothing for text that is no duration', () => {
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseDuration('')).toBeUndefined();
  });
});

describe('astroPhases', () => {
  const log = [
    '11:16:25 [types] Generated 41.97s',
    '11:16:25 [build] ✓ Completed in 42.18s.',
    '11:16:32 [vite] ✓ built in 7.68s',
    '11:16:33 [vite] ✓ built in 17ms',
    '',
    ' generating static routes ',
    '11:16:40 ├─ /questions/a/index.html (+2ms)',
    '11:16:51 ✓ Completed in 1m 17.5s.',
    '',
    '11:16:51 [build] ✓ Completed in 25.80s.',
  ].join('\n');

  it('reads content sync, the first bundle and page rendering from a build log', () => {
    expect(astroPhases(log)).toEqual({ contentSync: 41.97, bundle: 7.68, render: 77.5 });
  });

  it('leaves out a phase the log does not show', () => {
    expect(astroPhases('[vite] ✓ built in 2.5s')).toEqual({ bundle: 2.5 });
  });
});

describe('formatFigures', () => {
  it('prints one name: value line per figure, rounding to what a reader needs', () => {
    expect(formatFigures([['questions', 1000], ['total seconds', 84.345], ['ms per question', 0.5], ['peak RSS MB', 1890.4], ['query', 'a b']])).toBe(
      'questions: 1000\ntotal seconds: 84.3\nms per question: 0.50\npeak RSS MB: 1890\nquery: a b',
    );
  });

  it('keeps whole numbers whole', () => {
    expect(formatValue(12345678)).toBe('12345678');
  });

  it('keeps every figure, unrounded, for the JSON file', () => {
    expect(figuresObject([['total seconds', 84.345], ['questions', 10]])).toEqual({ 'total seconds': 84.345, questions: 10 });
  });
});

describe('statusKilobytes', () => {
  const status = 'Name:\tnode\nVmPeak:\t 2000000 kB\nVmHWM:\t  1536000 kB\nVmRSS:\t  1024 kB\n';

  it('reads the peak and the current resident set of /proc/<pid>/status in bytes', () => {
    expect(statusKilobytes(status, 'VmHWM')).toBe(1536000 * 1024);
    expect(statusKilobytes(status, 'VmRSS')).toBe(1024 * 1024);
  });

  it('gives nothing when the field is missing (a zombie process has none)', () => {
    expect(statusKilobytes('Name:\tnode\n', 'VmHWM')).toBeUndefined();
  });
});
