import { describe, expect, it } from 'vitest';
import { fileUrlPath, homeFilterPath, questionMarkdownPath, questionPath } from '../../src/lib/shared/urls.ts';

describe('fileUrlPath', () => {
  it('serves index.html files at their folder, from a path inside the site or one starting at its root', () => {
    expect(fileUrlPath('questions/leading/index.html')).toBe('/questions/leading/');
    expect(fileUrlPath('index.html')).toBe('/');
    expect(fileUrlPath('questions\\leading\\index.html')).toBe('/questions/leading/');
    expect(fileUrlPath('questions/leading.html')).toBe('/questions/leading.html');
    expect(fileUrlPath('/index.html')).toBe('/');
    expect(fileUrlPath('/questions/a/index.html')).toBe('/questions/a/');
    expect(fileUrlPath('/404.html')).toBe('/404.html');
  });
});

describe('questionPath', () => {
  it('gives a question its page and its Markdown beside it', () => {
    expect(questionPath('breaking-a-deadlock')).toBe('/questions/breaking-a-deadlock/');
    expect(questionMarkdownPath('breaking-a-deadlock')).toBe('/questions/breaking-a-deadlock.md');
  });
});

describe('homeFilterPath', () => {
  it('is the home page itself with no filter, and carries the filter in its query string otherwise', () => {
    expect(homeFilterPath({ competencies: [], level: undefined })).toBe('/');
    expect(homeFilterPath({ competencies: ['ownership', 'conflict-resolution'], level: 'senior' })).toBe('/?competency=ownership,conflict-resolution&level=senior');
  });
});
