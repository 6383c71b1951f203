// Practice mode on a question page in Chromium: the answer hidden, a timer against the model
// answer's speaking time, the parts revealed one at a time by click and by key, the page restored.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { openYourAnswer, PRACTICE_DIST, PRACTICE_STEPS } from '../helpers/practice-bank.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const site = useSiteSession(() => PRACTICE_DIST);
const QUESTION = '/questions/alpha-migration/';

/** The headings of the answer's sections a reader can see, in page order. */
const visibleSections = (page: Page) =>
  page.locator('.answer > section h2').evaluateAll((headings) => headings.filter((heading) => heading.checkVisibility()).map((heading) => heading.textContent));
const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();
const timer = (page: Page) => page.getByRole('timer', { name: 'Time speaking' });

describe('practice mode', () => {
  it('hides everything after the prompt, runs the timer, and reveals each part in order by click', async () => {
    const { page, problems } = await openPage(site.browser);
    await page.goto(`${site.origin}${QUESTION}`);
    await page.getByRole('button', { name: 'Practice', exact: true }).click();
    // The practice code arrives on this first use; practice mode is on once its controls show.
    await page.getByRole('button', { name: 'Leave practice' }).waitFor();

    expect(await visibleSections(page)).toEqual([]);
    for (const selector of ['.toc', '#your-answer', '.related']) expect(await visible(page, selector)).toBe(false);
    await expect(page.getByRole('heading', { name: 'Alpha Migration', level: 1 }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.prompt').isVisible()).resolves.toBe(true);
    // The fixture's narrative is 130 words: one minute at 130 words a minute.
    await expect(page.locator('[data-practice-target]').innerText()).resolves.toContain("about 1 min (the model answer's 130 words at 130 words a minute)");
    await expect(timer(page).innerText()).resolves.toBe('0:00');
    await page.waitForFunction(() => document.querySelector('[role=timer]')?.textContent === '0:02', undefined, { timeout: 5000 });

    for (const [index, step] of PRACTICE_STEPS.entries()) {
      await page.getByRole('button', { name: `Reveal ${step}`, exact: true }).click();
      expect(await visibleSections(page)).toEqual(PRACTICE_STEPS.slice(0, index + 1));
    }
    await expect(page.getByRole('button', { name: 'All revealed' }).isDisabled()).resolves.toBe(true);
    expect(await visible(page, '#your-answer')).toBe(true);

    await page.getByRole('button', { name: 'Leave practice' }).click();
    expect(await visibleSections(page)).toEqual(PRACTICE_STEPS);
    for (const selector of ['.toc', '#your-answer', '.related']) expect(await visible(page, selector)).toBe(true);
    await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe('Practice');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('starts with P, reveals with N, pauses the timer, and leaves with Escape', async () => {
    const { page, problems } = await openPage(site.browser);
    await page.goto(`${site.origin}${QUESTION}`);
    await page.keyboard.press('p');
    await page.getByRole('button', { name: 'Leave practice' }).waitFor();
    expect(await visibleSections(page)).toEqual([]);
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    expect(await visibleSections(page)).toEqual(PRACTICE_STEPS.slice(0, 3));
    await expect.poll(() => page.locator('[data-practice-message]').innerText()).toBe('Revealed Coach Strategy.');

    await page.waitForFunction(() => document.querySelector('[role=timer]')?.textContent !== '0:00', undefined, { timeout: 5000 });
    await page.getByRole('button', { name: 'Pause timer' }).click();
    const paused = await timer(page).innerText();
    await page.waitForTimeout(1500);
    await expect(timer(page).innerText()).resolves.toBe(paused);
    await page.getByRole('button', { name: 'Resume timer' }).click();
    await page.waitForFunction((shown) => document.querySelector('[role=timer]')?.textContent !== shown, paused, { timeout: 5000 });

    await page.keyboard.press('Escape');
    expect(await visibleSections(page)).toEqual(PRACTICE_STEPS);
    await expect(page.getByRole('button', { name: 'Leave practice' }).isVisible()).resolves.toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('starts on arrival at #practice, as /practice/ links to it', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}${QUESTION}#practice`);
    await page.getByRole('button', { name: 'Reveal Clarifying Questions' }).waitFor();
    expect(await visibleSections(page)).toEqual([]);
    await page.context().close();
  });

  it('does not take the keys while the reader types their answer', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}${QUESTION}`);
    await openYourAnswer(page);
    await page.getByLabel('Task – Your Responsibility').pressSequentially('plan');
    await expect(page.getByLabel('Task – Your Responsibility').inputValue()).resolves.toBe('plan');
    await expect(page.getByRole('button', { name: 'Leave practice' }).isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

describe('the practice code', () => {
  it('loads the practice code on first use, not before (the 4 KB budget is held by tests/build/question-page.test.ts)', async () => {
    const { page } = await openPage(site.browser);
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    await page.goto(`${site.origin}${QUESTION}`, { waitUntil: 'networkidle' });
    // The practice code waits in a template until first use.
    const src = await page.locator('template[data-practice-code]').evaluate((template: HTMLTemplateElement) => template.content.querySelector('script')!.getAttribute('src')!);
    const practiceCode = new URL(src, site.origin);
    expect(practiceCode.pathname).toMatch(/^\/_astro\/.+\.js$/u);
    expect(scripts).not.toContain(practiceCode.href);

    await page.keyboard.press('p');
    await page.getByRole('button', { name: 'Leave practice' }).waitFor();
    expect(scripts.filter((script) => script === practiceCode.href)).toHaveLength(1);
    await page.context().close();
  });
});

describe('the question page without JavaScript', () => {
  it('is the normal page: every section shown, no practice controls or answer form', async () => {
    const { page, problems } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.origin}${QUESTION}`);
    expect(await visibleSections(page)).toEqual(PRACTICE_STEPS);
    for (const selector of ['#practice', '#your-answer']) expect(await visible(page, selector)).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
