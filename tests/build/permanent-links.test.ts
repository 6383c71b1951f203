// Links people have pasted into notes keep working: a retitled question keeps its URL, an
// earlier slug redirects to the current page, and absolute links use the deployment's origin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../scripts/lib/built-site.ts';
import { findLinkProblems } from '../../scripts/lib/link-check.ts';
import type { QuestionsIndex } from '../../src/schemas/questions-index.ts';
import { loadPage } from '../helpers/bank.ts';
import type { BuiltSite } from '../helpers/build.ts';
import {
  MOVED_SITE as SITE,
  NEW_SLUG,
  NEW_TITLE,
  OLD_SLUG,
  RETITLED_SLUG,
  RETITLED_TITLE,
  buildMovedBank,
} from '../helpers/permanent-links.ts';

let site: BuiltSite;

beforeAll(() => {
  site = buildMovedBank('permanent-links');
  expect(site.ok, site.output).toBe(true);
});

describe('a question whose title changes', () => {
  it('keeps the URL its slug gave it, and shows the new title there', () => {
    const $ = loadPage(site.dist, `/questions/${RETITLED_SLUG}/`);
    expect($('h1').text()).toBe(RETITLED_TITLE);
    expect($('#action-1').length).toBe(1);
  });
});

describe('an earlier slug listed in aliases', () => {
  const redirect = () => loadPage(site.dist, `/questions/${OLD_SLUG}/`);

  it('is a page that sends the reader to the current URL, keeping the #anchor', () => {
    const $ = redirect();
    expect($('a[data-alias-target]').attr('href')).toBe(`/questions/${NEW_SLUG}/`);
    // The redirect is a bundled file, as the Content-Security-Policy requires, not an inline script.
    const src = $('script[type="module"]').attr('src')!;
    expect($('script:not([src])').length).toBe(0);
    expect(readFileSync(join(site.dist, src), 'utf8')).toMatch(/location\.replace\(\w+\+location\.search\+location\.hash\)/u);
  });

  it('still sends a reader without JavaScript on, and gives them the link', () => {
    const $ = redirect();
    expect($('noscript').html()).toContain(`<meta http-equiv="refresh" content="0; url=/questions/${NEW_SLUG}/">`);
    expect($('a').attr('href')).toBe(`/questions/${NEW_SLUG}/`);
    expect($('a').text()).toBe(NEW_TITLE);
  });

  it('tells search engines where the question lives now, and stays out of their index', () => {
    const $ = redirect();
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}/questions/${NEW_SLUG}/`);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  it('works for every alias, and is listed in questions.json', () => {
    expect(loadPage(site.dist, '/questions/strategic-influence/')('a').attr('href')).toBe(`/questions/${NEW_SLUG}/`);
    const index = JSON.parse(readFileSync(join(site.dist, 'questions.json'), 'utf8')) as QuestionsIndex;
    expect(index.questions.find((question) => question.slug === NEW_SLUG)?.aliases).toEqual([OLD_SLUG, 'strategic-influence']);
  });

  it('passes the link checker, as do the pages around it', () => {
    const built = readBuiltSite(site.dist);
    expect(built.pages.has(`/questions/${OLD_SLUG}/index.html`)).toBe(true);
    const problems = findLinkProblems(built, SITE);
    expect(problems).toEqual([]);
  });
});

describe('a deployment that sets BANK_SITE', () => {
  it('builds every absolute link on that origin: canonical, citations, Markdown and questions.json', () => {
    const $ = loadPage(site.dist, `/questions/${NEW_SLUG}/`);
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}/questions/${NEW_SLUG}/`);
    expect($('[data-cite-url]').attr('data-cite-url')).toBe(`${SITE}/questions/${NEW_SLUG}/`);
    const markdown = readFileSync(join(site.dist, 'questions', `${NEW_SLUG}.md`), 'utf8');
    expect(markdown).toContain(`From the Behavioral Question Bank: <${SITE}/questions/${NEW_SLUG}/>`);
    expect(markdown).not.toContain('localhost');
    const index = JSON.parse(readFileSync(join(site.dist, 'questions.json'), 'utf8')) as QuestionsIndex;
    expect(index.site).toBe(SITE);
    expect(index.questions.flatMap((question) => [question.url, ...question.sections.map((section) => section.url)]).every((url) => url.startsWith(`${SITE}/`))).toBe(true);
  });
});
