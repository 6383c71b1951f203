// Searching the built bank in Chromium: words to the one bullet, filters that narrow, a URL that
// brings the same search back, and the words marked where the reader lands.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANK_DIST, loadPage } from '../helpers/bank.ts';
import { openPage } from '../helpers/browser.ts';
import { serveSite, type SiteServer } from '../../scripts/lib/static-server.ts';
import { useSiteSession } from '../helpers/site-session.ts';
import { buildSite } from '../helpers/build.ts';
import { bankQuestions, edit, writeQuestions } from '../helpers/fixtures.ts';
import { indexSite } from '../helpers/search-index.ts';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const STRATEGIC = 'Strategic Influence and Technical Conflict Resolution';
const LEADING = 'Leading Through Influence and Deadlock Resolution';
const STRATEGIC_PATH = '/questions/strategic-influence-and-technical-conflict-resolution/';

const site = useSiteSession(() => BANK_DIST);

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search questions and answers' });
const results = (page: Page) => page.getByRole('region', { name: 'Results' });

/** Waits until the status line says exactly `text`, which it does once the results under it are shown. */
async function searched(page: Page, text: string): Promise<void> {
  const exactly = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'u');
  await page.getByRole('status').filter({ hasText: exactly }).waitFor();
}

async function resultTitles(page: Page): Promise<string[]> {
  return results(page).getByRole('heading', { level: 3 }).allInnerTexts();
}

/** Every link of the results, as path, highlight words and anchor: what reproducing a search must reproduce. */
async function resultLinks(page: Page): Promise<string[]> {
  return results(page).getByRole('link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href.replace(location.origin, '')));
}

async function open(path: string, options = {}) {
  const { page, problems } = await openPage(site.browser, options);
  await page.goto(`${site.origin}${path}`);
  return { page, problems };
}

describe('searching the bank', () => {
  it('finds a phrase that only one Action section holds, with a link to its bullet', async () => {
    // The phrase is where the test says it is, and nowhere else in the bank.
    const holders = ['leading-through-influence-and-deadlock-resolution', 'strategic-influence-and-technical-conflict-resolution'].flatMap((slug) => {
      const $ = loadPage(BANK_DIST, `/questions/${slug}/`);
      return $('.answer [id]').filter((_, element) => $(element).children('[id]').length === 0 && /circuit-breaking/u.test($(element).text())).map((_, element) => `${slug}#${$(element).attr('id')}`).get();
    });
    expect(holders).toEqual(['strategic-influence-and-technical-conflict-resolution#action-4']);

    const { page, problems } = await openPage(site.browser);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.origin}/search/`);
    await searched(page, 'All 2 questions, by title.');
    await searchBox(page).pressSequentially('circuit breaking');
    await searched(page, '1 question matches “circuit breaking”.');
    expect(await resultTitles(page)).toEqual([STRATEGIC]);
    const hit = results(page).getByRole('link', { name: 'Action – What You Did' });
    const target = new URL((await hit.getAttribute('href'))!, site.origin);
    expect([target.pathname, target.hash, target.searchParams.getAll('highlight')]).toEqual([STRATEGIC_PATH, '#action-4', ['circuit-breaking']]);
    expect(await results(page).locator('mark').allInnerTexts()).toEqual(['circuit-breaking']);
    expect(await hit.locator('xpath=..').innerText()).toContain('would allow for better circuit-breaking and blast-radius control.');
    expect(new URL(page.url()).search).toBe('?q=circuit+breaking');
    // Pagefind and its index come from the site itself.
    expect(requests.filter((url) => url.includes('/pagefind/')).length).toBeGreaterThan(3);
    expect(requests.filter((url) => !url.startsWith(site.origin))).toEqual([]);
    // Question outlines are fetched only by a search narrowed to a section.
    expect(requests.filter((url) => url.includes('/pagefind/outlines/'))).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('narrows to hits inside one section with the section filter', async () => {
    const { page, problems } = await open('/search/?q=deadline');
    await searched(page, '2 questions match “deadline”.');
    expect(await resultTitles(page)).toEqual(expect.arrayContaining([STRATEGIC, LEADING]));
    // Sections are counted once a search is narrowed to one: their records are fetched only then.
    expect(await page.getByRole('radio', { name: 'Task', exact: true }).isVisible()).toBe(true);
    await page.getByRole('radio', { name: 'Assumptions', exact: true }).check();
    await searched(page, '1 question matches “deadline” in Assumptions.');
    await page.getByRole('radio', { name: 'Assumptions 1' }).waitFor();
    expect(await page.getByRole('radio', { name: /^Task/u }).isHidden()).toBe(true);
    expect(await resultTitles(page)).toEqual([STRATEGIC]);
    // The title and the hit both land on the bullet that holds the word.
    expect(await resultLinks(page)).toEqual([`${STRATEGIC_PATH}?highlight=deadline#assumptions-3`, `${STRATEGIC_PATH}?highlight=deadline#assumptions-3`]);
    expect(new URL(page.url()).search).toBe('?q=deadline&section=assumptions');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('narrows to questions carrying every chosen competency', async () => {
    const { page, problems } = await open('/search/?q=deadline');
    await searched(page, '2 questions match “deadline”.');
    await page.getByRole('checkbox', { name: 'Ownership 1' }).check();
    await searched(page, '1 question matches “deadline”.');
    expect(await resultTitles(page)).toEqual([LEADING]);
    // Only the other competencies of that question are left to add.
    expect(await page.getByRole('checkbox', { name: /^Emotional Intelligence/u }).isHidden()).toBe(true);
    await page.getByRole('checkbox', { name: 'Conflict Resolution 1' }).check();
    await page.waitForURL((url) => url.search === '?q=deadline&competency=conflict-resolution,ownership');
    await searched(page, '1 question matches “deadline”.');
    expect(await resultTitles(page)).toEqual([LEADING]);
    await page.getByRole('checkbox', { name: /^Ownership/u }).uncheck();
    await searched(page, '2 questions match “deadline”.');
    expect(new URL(page.url()).search).toBe('?q=deadline&competency=conflict-resolution');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reproduces a search from its URL after a reload, and through back and forward', async () => {
    const { page, problems } = await open('/search/?q=deadline&competency=conflict-resolution&section=action');
    const summary = '2 questions match “deadline” in Action.';
    await searched(page, summary);
    const first = { titles: await resultTitles(page), links: await resultLinks(page) };
    expect(first.links).toContain(`${STRATEGIC_PATH}?highlight=deadline#action-3`);
    const formShows = async () => ({
      query: await searchBox(page).inputValue(),
      competency: await page.getByRole('checkbox', { name: /^Conflict Resolution/u }).isChecked(),
      action: await page.getByRole('radio', { name: /^Action/u }).isChecked(),
    });
    expect(await formShows()).toEqual({ query: 'deadline', competency: true, action: true });

    await page.reload();
    await searched(page, summary);
    expect({ titles: await resultTitles(page), links: await resultLinks(page) }).toEqual(first);
    expect(await formShows()).toEqual({ query: 'deadline', competency: true, action: true });

    await page.getByRole('radio', { name: 'Anywhere' }).check();
    await searched(page, '2 questions match “deadline”.');
    expect(new URL(page.url()).search).toBe('?q=deadline&competency=conflict-resolution');
    await page.goBack();
    await searched(page, summary);
    expect(new URL(page.url()).search).toBe('?q=deadline&competency=conflict-resolution&section=action');
    expect({ titles: await resultTitles(page), links: await resultLinks(page) }).toEqual(first);
    expect(await formShows()).toEqual({ query: 'deadline', competency: true, action: true });
    await page.goForward();
    await searched(page, '2 questions match “deadline”.');
    expect(await page.getByRole('radio', { name: 'Anywhere' }).isChecked()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('browses by filters alone when there are no words', async () => {
    const { page, problems } = await open('/search/?competency=ownership');
    await searched(page, '1 question, by title.');
    expect(await resultTitles(page)).toEqual([LEADING]);
    await page.getByRole('checkbox', { name: /^Ownership/u }).uncheck();
    await searched(page, 'All 2 questions, by title.');
    expect(await resultTitles(page)).toEqual([LEADING, STRATEGIC]);
    await page.getByRole('radio', { name: /^Learning/u }).check();
    await searched(page, '2 questions, by title.');
    expect(await results(page).getByRole('link', { name: 'Learning / Reflection – Growth' }).first().getAttribute('href')).toMatch(/#learning$/u);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('the level filter', () => {
  // The bank's questions are both Senior: this site makes one of them Staff.
  let levels: SiteServer;

  beforeAll(async () => {
    const files = Object.fromEntries([...bankQuestions()].map(([name, text]) => [name, name.startsWith('leading') ? edit(text, /^level: senior$/mu, 'level: staff') : text]));
    const built = buildSite('search-levels', { questionsDir: writeQuestions('search-levels', files), pagefind: true });
    expect(built.ok, built.output).toBe(true);
    levels = await serveSite(built.dist);
  });

  afterAll(async () => {
    await levels?.close();
  });

  it('narrows to one level, and counts what each level would give instead', async () => {
    const { page, problems } = await openPage(site.browser);
    await page.goto(`${levels.origin}/search/?q=deadline`);
    await searched(page, '2 questions match “deadline”.');
    expect(await page.getByRole('radio', { name: /^Junior/u }).isHidden()).toBe(true);
    await page.getByRole('radio', { name: 'Staff 1' }).check();
    await searched(page, '1 question matches “deadline”.');
    expect(await resultTitles(page)).toEqual([LEADING]);
    expect(await results(page).getByText('Staff Level').count()).toBe(1);
    expect(new URL(page.url()).search).toBe('?q=deadline&level=staff');
    // The other level still offers its one question, to switch to.
    await page.getByRole('radio', { name: 'Senior 1' }).check();
    await page.waitForURL((url) => url.search === '?q=deadline&level=senior');
    await results(page).getByRole('heading', { name: STRATEGIC }).waitFor();
    await searched(page, '1 question matches “deadline”.');
    expect(await resultTitles(page)).toEqual([STRATEGIC]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('an index in parts', () => {
  // The bank indexed one question a part, as a large bank is: the parts are merged in the browser.
  let parts: SiteServer;
  let dist: string;

  beforeAll(async () => {
    const questionsDir = writeQuestions('search-parts', Object.fromEntries(bankQuestions()));
    const built = buildSite('search-parts', { questionsDir });
    expect(built.ok, built.output).toBe(true);
    const indexed = indexSite(built.dist, questionsDir, '--part-size', '1');
    expect(indexed.ok, indexed.output).toBe(true);
    dist = built.dist;
    parts = await serveSite(dist);
  });

  afterAll(async () => {
    await parts?.close();
  });

  it('finds, browses by title, narrows by section and counts across every part', async () => {
    const { page, problems } = await openPage(site.browser);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${parts.origin}/search/`);
    await searched(page, 'All 2 questions, by title.');
    expect(await resultTitles(page)).toEqual([LEADING, STRATEGIC]);
    expect(requests.some((path) => path.startsWith('/pagefind-part-2/'))).toBe(true);
    await searchBox(page).fill('circuit breaking');
    await searchBox(page).press('Enter');
    await searched(page, '1 question matches “circuit breaking”.');
    expect(await resultTitles(page)).toEqual([STRATEGIC]);
    // The other part's looser match (one of the words) is neither listed nor counted.
    expect(await page.getByRole('checkbox', { name: /^Ownership/u }).isHidden()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Conflict Resolution 1' }).isVisible()).toBe(true);
    await page.goto(`${parts.origin}/search/?q=deadline&section=assumptions`);
    await searched(page, '1 question matches “deadline” in Assumptions.');
    // The title and the hit both land on the bullet that holds the word.
    expect(await resultLinks(page)).toEqual([`${STRATEGIC_PATH}?highlight=deadline#assumptions-3`, `${STRATEGIC_PATH}?highlight=deadline#assumptions-3`]);
    await page.getByRole('radio', { name: 'Action 2' }).waitFor();
    expect(await page.getByRole('radio', { name: /^Task/u }).isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('narrows by section from the questions’ own records when their outlines cannot be fetched', async () => {
    rmSync(join(dist, 'pagefind', 'outlines'), { recursive: true, force: true });
    // A server of its own: the first one listed the site's files when it started.
    const bare = await serveSite(dist);
    const { page } = await openPage(site.browser);
    await page.goto(`${bare.origin}/search/?q=deadline&section=assumptions`);
    await searched(page, '1 question matches “deadline” in Assumptions.');
    // The title and the hit both land on the bullet that holds the word.
    expect(await resultLinks(page)).toEqual([`${STRATEGIC_PATH}?highlight=deadline#assumptions-3`, `${STRATEGIC_PATH}?highlight=deadline#assumptions-3`]);
    await page.getByRole('radio', { name: 'Action 2' }).waitFor();
    await page.context().close();
    await bare.close();
  });
});

describe('from any page to the bullet', () => {
  it('focuses the header search with "/", searches on Enter, and lands on the bullet with the words marked', async () => {
    const { page, problems } = await open('/questions/leading-through-influence-and-deadlock-resolution/', { viewport: { width: 390, height: 740 } });
    await page.keyboard.press('/');
    const header = page.getByRole('searchbox', { name: 'Search the bank' });
    expect(await header.evaluate((box) => box === document.activeElement)).toBe(true);
    expect(await header.inputValue()).toBe('');
    await page.keyboard.type('steel thread');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.search === '?q=steel+thread');
    await searched(page, '1 question matches “steel thread”.');

    await results(page).getByRole('link', { name: 'Coach Strategy' }).click();
    await page.waitForURL((url) => url.pathname === STRATEGIC_PATH && url.hash === '#cheat-code-1');
    const marks = page.locator('mark.search-highlight');
    await marks.first().waitFor();
    expect(await marks.allInnerTexts()).toEqual(['Steel', 'Thread']);
    expect(await marks.evaluateAll((found) => found.every((mark) => mark.closest('#cheat-code-1') !== null))).toBe(true);
    const box = (await page.locator('#cheat-code-1').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(740);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('focuses the search page’s own box with "/", then types "/" as a character', async () => {
    const { page } = await open('/search/');
    await searched(page, 'All 2 questions, by title.');
    expect(await page.getByRole('searchbox', { name: 'Search the bank' }).count()).toBe(0);
    await page.keyboard.press('/');
    expect(await searchBox(page).evaluate((box) => box === document.activeElement)).toBe(true);
    await page.keyboard.type('p99/p50');
    expect(await searchBox(page).inputValue()).toBe('p99/p50');
    await page.context().close();
  });

  it('marks nothing and loads no search code on a question page reached directly', async () => {
    const { page, problems } = await open(STRATEGIC_PATH);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.reload({ waitUntil: 'load' });
    expect(await page.locator('mark').count()).toBe(0);
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('the search page for every reader', () => {
  it('labels every control and reaches the results by keyboard', async () => {
    const { page } = await open('/search/?q=deadline');
    await searched(page, '2 questions match “deadline”.');
    const unlabelled = await page.locator('input, button, select').evaluateAll((controls) =>
      controls.filter((control) => {
        const labels = (control as HTMLInputElement).labels;
        return !(labels && labels.length > 0) && !control.getAttribute('aria-label') && !(control.textContent ?? '').trim();
      }).length,
    );
    expect(unlabelled).toBe(0);
    await searchBox(page).focus();
    let reached = false;
    for (let step = 0; step < 40 && !reached; step += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null);
    }
    expect(reached).toBe(true);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('shows marked words and result links readably in the %s scheme', async (colorScheme) => {
    const { page, problems } = await open('/search/?q=deadline', { colorScheme });
    await searched(page, '2 questions match “deadline”.');
    const contrasts = await page.evaluate(`(() => {
      const rgb = (value) => value.match(/[\\d.]+/g).slice(0, 3).map(Number);
      const luminance = (value) => {
        const [r, g, b] = rgb(value).map((c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
      const page = getComputedStyle(document.body).backgroundColor;
      const mark = getComputedStyle(document.querySelector('[data-search-results] mark'));
      const link = getComputedStyle(document.querySelector('[data-search-results] a'));
      return { mark: ratio(mark.color, mark.backgroundColor), link: ratio(link.color, page) };
    })()`);
    expect(contrasts).toEqual({ mark: expect.any(Number), link: expect.any(Number) });
    const { mark, link } = contrasts as { mark: number; link: number };
    expect(mark).toBeGreaterThanOrEqual(4.5);
    expect(link).toBeGreaterThanOrEqual(4.5);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says, without JavaScript, that search needs it and where to browse instead', async () => {
    const { page } = await open('/search/?q=deadline', { javaScriptEnabled: false });
    expect(await page.getByRole('status').innerText()).toMatch(/^Search runs in your browser and needs JavaScript/u);
    expect(await page.getByRole('status').getByRole('link', { name: 'competency' }).getAttribute('href')).toBe('/competencies/');
    await page.context().close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page } = await open('/search/?q=deadline', { viewport: { width: 360, height: 740 } });
    await searched(page, '2 questions match “deadline”.');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('a result and a search that finds nothing', () => {
  it('lands the title link where the words are, as the best hit does', async () => {
    const { page, problems } = await open('/search/?q=circuit+breaking');
    await searched(page, '1 question matches “circuit breaking”.');
    const title = await results(page).getByRole('link', { name: STRATEGIC }).getAttribute('href');
    const hit = await results(page).getByRole('link', { name: 'Action – What You Did' }).getAttribute('href');
    expect(title).toBe(hit);
    await results(page).getByRole('link', { name: STRATEGIC }).click();
    await page.waitForURL((url) => url.hash === '#action-4');
    await page.locator('mark').first().waitFor();
    expect(await page.locator('#action-4 mark').allInnerTexts()).toEqual(['circuit-breaking']);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps every filter in view and says what to change when a chosen section holds no hit', async () => {
    const { page, problems } = await open('/search/?q=circuit+breaking&section=assumptions');
    await searched(page, 'No question matches “circuit breaking” in Assumptions.');
    await page.getByRole('group', { name: /^Competency/u }).getByRole('checkbox').first().waitFor();
    expect(await page.getByRole('group', { name: /^Competency/u }).getByRole('checkbox').count()).toBeGreaterThan(1);
    expect(await page.getByRole('group', { name: 'Level' }).getByRole('radio').count()).toBeGreaterThan(1);
    expect(await page.getByRole('group', { name: 'Section' }).getByRole('radio').count()).toBe(9);
    await expect(page.getByText('Nothing has every word and filter chosen').isVisible()).resolves.toBe(true);
    await page.getByRole('radio', { name: /^Anywhere/u }).check();
    await searched(page, '1 question matches “circuit breaking”.');
    await expect(page.getByText('Nothing has every word and filter chosen').isVisible()).resolves.toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
