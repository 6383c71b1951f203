// /practice/ in Chromium: draws only questions matching the filter in its URL; and every
// practice control passes axe-core and fits a 360 px phone, in the light and the dark scheme.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { expectedTitles } from '../helpers/browse-bank.ts';
import { openPage } from '../helpers/browser.ts';
import { openYourAnswer, PRACTICE_DIST } from '../helpers/practice-bank.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const site = useSiteSession(() => PRACTICE_DIST);

/** Waits for the practice code, which arrives on first use, to have saved progress on a question. */
const savedFor = (page: Page, slug: string) =>
  page.waitForFunction((slug) => localStorage.getItem('behavioral-question-bank:practice')?.includes(`"${slug}"`), slug);

/** The titles of 20 draws in a row. */
async function drawTwenty(page: Page): Promise<string[]> {
  const titles: string[] = [];
  for (let draw = 0; draw < 20; draw += 1) {
    await page.getByRole('button', { name: 'Draw a question' }).click();
    titles.push(await page.locator('[data-practice-drawn] .question-card-title').innerText());
  }
  return titles;
}

describe('/practice/', () => {
  it('only ever draws questions matching the competencies and level in its URL', async () => {
    const { page, problems } = await openPage(site.browser);
    await page.goto(`${site.origin}/practice/?competency=conflict-resolution&level=staff`);
    await expect(page.getByRole('checkbox', { name: /Conflict Resolution/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Level', { exact: true }).inputValue()).resolves.toBe('staff');
    await expect(page.locator('[data-practice-matching]').innerText()).resolves.toBe('3 questions match.');
    const expected = expectedTitles({ competencies: ['conflict-resolution'], level: 'staff' });
    const drawn = await drawTwenty(page);
    expect(drawn.filter((title) => !expected.includes(title))).toEqual([]);
    // Never the same question twice in a row, so more than one comes up.
    expect(new Set(drawn).size).toBeGreaterThan(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('draws only unpractised questions when asked, and keeps that in the URL', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}/questions/charlie-roadmap/`);
    await openYourAnswer(page);
    await page.getByLabel('Practised').check();
    await savedFor(page, 'charlie-roadmap');
    await page.goto(`${site.origin}/practice/?competency=conflict-resolution&level=staff`);
    await page.getByLabel('Progress', { exact: true }).selectOption('unpractised');
    expect(new URL(page.url()).search).toBe('?competency=conflict-resolution&level=staff&progress=unpractised');
    const drawn = await drawTwenty(page);
    expect([...new Set(drawn)].sort()).toEqual(['Delta Mentoring', 'Hotel Escalation']);

    await page.reload();
    await expect(page.getByLabel('Progress', { exact: true }).inputValue()).resolves.toBe('unpractised');
    await page.goBack();
    await expect(page.getByLabel('Progress', { exact: true }).inputValue()).resolves.toBe('');
    await page.context().close();
  });

  it('links a drawn question to its page in practice mode', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}/practice/?competency=mentorship&level=mid`);
    await page.getByRole('link', { name: 'Start practising Echo Backlog' }).click();
    await page.getByRole('button', { name: 'Reveal Clarifying Questions' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/questions/echo-backlog/');
    await page.context().close();
  });

  it('says what it needs without JavaScript', async () => {
    const { page } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/practice/`);
    await expect(page.getByText('Practice keeps your progress in your browser and needs JavaScript.').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Draw a question' }).isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

const overflow = (page: Page) => page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth') as Promise<number>;

describe.each(['light', 'dark'] as const)('practice in the %s scheme at 360 px', (colorScheme) => {
  it('practice mode on a question page has no axe-core violations and nothing wider than the screen', async () => {
    const { page } = await openPage(site.browser, { colorScheme, viewport: { width: 360, height: 740 } });
    await page.goto(`${site.origin}/questions/alpha-migration/`);
    await openYourAnswer(page);
    await page.getByLabel('Situation – Context').fill('A story.');
    await page.getByLabel('3 confident').check();
    await page.getByRole('button', { name: 'Practice', exact: true }).click();
    await page.getByRole('button', { name: 'Reveal Clarifying Questions' }).click();
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflow(page)).toBe(0);
    await page.keyboard.press('Escape');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('/practice/ with a drawn question and progress has no axe-core violations and nothing wider than the screen', async () => {
    const { page } = await openPage(site.browser, { colorScheme, viewport: { width: 360, height: 740 } });
    await page.goto(`${site.origin}/questions/bravo-outage/`);
    await openYourAnswer(page);
    await page.getByLabel('Practised').check();
    await savedFor(page, 'bravo-outage');
    await page.goto(`${site.origin}/practice/?competency=ownership`);
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflow(page)).toBe(0);
    await page.goto(`${site.origin}/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
