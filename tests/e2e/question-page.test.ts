// A reader opens a question in Chromium: every part is there, with or without JavaScript,
// and a link to one bullet lands on that bullet.
import { describe, expect, it } from 'vitest';
import { BANK_DIST } from '../helpers/bank.ts';
import { openPage } from '../helpers/browser.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const QUESTION = '/questions/strategic-influence-and-technical-conflict-resolution/';
const SECTIONS = [
  'Clarifying Questions',
  'Assumptions',
  'Coach Strategy',
  'Situation – Context',
  'Task – Your Responsibility',
  'Action – What You Did',
  'Result – Outcome & Impact',
  'Learning / Reflection – Growth',
];

const site = useSiteSession(() => BANK_DIST);

describe('a question page in Chromium', () => {
  it.each([true, false])('shows the title, prompt and every section (JavaScript on: %s)', async (javaScriptEnabled) => {
    const { page, problems } = await openPage(site.browser, { javaScriptEnabled });
    await page.goto(`${site.origin}${QUESTION}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Strategic Influence and Technical Conflict Resolution');
    expect(await page.getByRole('figure', { name: 'The question' }).getByRole('blockquote').innerText()).toMatch(/^Senior leaders often face/u);
    for (const name of SECTIONS) await expect(page.getByRole('heading', { level: 2, name, exact: true }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole('listitem').filter({ hasText: 'Data-Driven Prototyping:' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('scrolls a linked bullet into view and marks it', async () => {
    const { page, problems } = await openPage(site.browser, { viewport: { width: 390, height: 700 } });
    await page.goto(`${site.origin}${QUESTION}#action-2`);
    const bullet = page.locator('#action-2');
    await expect(bullet.innerText()).resolves.toMatch(/^Data-Driven Prototyping: I spent 48 hours/u);
    const box = (await bullet.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(700);
    const marked = await bullet.evaluate((element) => getComputedStyle(element).backgroundColor);
    const plain = await page.locator('#action-1').evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(marked).not.toBe(plain);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('takes a reader from the table of contents to a section', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}${QUESTION}`);
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Result – Outcome & Impact' }).click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#result');
    const top = await page.locator('#result').evaluate((element) => element.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(50);
    await page.context().close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page } = await openPage(site.browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${site.origin}${QUESTION}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
