// A reader on a question page: landing on a linked part with its section in view, the table of
// contents following along, the keyboard's way past the copy controls, the way on to other
// questions, the colour scheme, a phone's width, and paper.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BROWSE_DIST, BROWSE_QUESTIONS } from '../helpers/browse-bank.ts';
import { firstMove, openPage } from '../helpers/browser.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const site = useSiteSession(() => BROWSE_DIST);
const QUESTION = '/questions/bravo-outage/';
const currentTocEntry = (page: Page) => page.locator('.toc a[aria-current]').allTextContents();

describe('landing on a linked part of an answer', () => {
  it.each([
    { width: 1280, height: 900 },
    { width: 360, height: 740 },
  ])('keeps the part and its section heading in view at $width px, and marks the section in the contents', async (viewport) => {
    const { page, problems } = await openPage(site.browser, { viewport });
    await page.goto(`${site.origin}${QUESTION}#action-9`);
    const bullet = (await page.locator('#action-9').boundingBox())!;
    const heading = (await page.locator('#action').boundingBox())!;
    expect(bullet.y).toBeGreaterThanOrEqual(heading.y + heading.height);
    expect(bullet.y + bullet.height).toBeLessThanOrEqual(viewport.height);
    expect(heading.y).toBeGreaterThanOrEqual(0);
    await page.waitForFunction(() => document.querySelector('.toc a[aria-current]') !== null);
    expect(await currentTocEntry(page)).toEqual(['Action']);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('moves the contents\' mark as the reader scrolls', async () => {
    const { page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}${QUESTION}#task`);
    await page.waitForFunction(() => document.querySelector('.toc a[aria-current]')?.textContent === 'Task');
    await page.locator('#learning').scrollIntoViewIfNeeded();
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    await page.waitForFunction(() => document.querySelector('.toc a[aria-current]')?.textContent === 'Learning');
    expect(await currentTocEntry(page)).toEqual(['Learning']);
    await page.context().close();
  });
});

describe('the keyboard', () => {
  it('reaches the related questions in a bounded number of Tab presses, the copy controls being one stop', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}${QUESTION}`);
    const stops: string[] = [];
    for (let presses = 1; presses <= 40; presses += 1) {
      await page.keyboard.press('Tab');
      const where = (await page.evaluate(
        '(() => { const e = document.activeElement; return `${e.closest(".related") ? "related" : e.className}|${e.getAttribute("aria-label") ?? e.textContent.trim()}`; })()',
      )) as string;
      stops.push(where);
      if (where.startsWith('related|')) break;
      // The first key puts the copy controls in; a person takes longer than that to press the next.
      if (presses === 1) await page.locator('.copy-link').first().waitFor({ state: 'attached' });
    }
    expect(stops.at(-1)).toMatch(/^related\|/u);
    // Skip link, header, level, chips, Markdown, contents, one copy control, the way on: about 20, whatever the answer's length.
    expect(stops.length).toBeLessThanOrEqual(25);
    expect(stops.filter((stop) => stop.startsWith('copy-link|'))).toEqual(['copy-link|Copy link to Situation']);
    await page.context().close();
  });

  it('moves between copy controls with the arrow keys, and the keys are listed on the page', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}${QUESTION}`);
    await firstMove(page);
    await page.getByRole('button', { name: 'Copy link to Situation', exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate('document.activeElement.getAttribute("aria-label")')).resolves.toBe('Copy link to Task');
    await page.keyboard.press('End');
    await expect(page.evaluate('document.activeElement.getAttribute("aria-label")')).resolves.toMatch(/^Copy link to Learning .*: Learning of Bravo Outage\.$/u);
    await page.getByText('Keyboard shortcuts').click();
    await expect(page.getByRole('definition').filter({ hasText: 'next or previous part of the answer' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('previous, next and back', () => {
  it('lead through the bank by title without a list to go back to', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}${QUESTION}`);
    const nav = page.getByRole('navigation', { name: 'More questions' });
    await expect(nav.getByRole('link', { name: /^Previous/u }).getAttribute('href')).resolves.toBe('/questions/alpha-migration/');
    await expect(nav.getByRole('link', { name: /^Next/u }).getAttribute('href')).resolves.toBe('/questions/charlie-roadmap/');
    await expect(nav.getByRole('link', { name: /All questions/u }).getAttribute('href')).resolves.toBe('/');
    await page.context().close();
  });

  it('follow the filtered list the reader came from, and lead back to it as it was', async () => {
    const { page, problems } = await openPage(site.browser);
    await page.goto(`${site.origin}/?competency=mentorship`);
    await page.getByRole('link', { name: 'Delta Mentoring' }).click();
    await page.waitForURL(`${site.origin}/questions/delta-mentoring/`);
    const nav = page.getByRole('navigation', { name: 'More questions' });
    // The filtered list holds Delta Mentoring and Echo Backlog only.
    await expect(nav.getByRole('link', { name: /^Previous/u }).count()).resolves.toBe(0);
    await nav.getByRole('link', { name: /^Next/u }).click();
    await page.waitForURL(`${site.origin}/questions/echo-backlog/`);
    await nav.getByRole('link', { name: 'Back to All questions' }).click();
    await page.waitForURL(`${site.origin}/?competency=mentorship`);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('the colour scheme switch', () => {
  it('keeps the reader\'s choice across a reload, applied before the first paint', async () => {
    const { page, problems } = await openPage(site.browser, { colorScheme: 'light' });
    // Records the page's background at its first frame, before any module script could run.
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { firstBackground: string }).firstBackground = getComputedStyle(document.documentElement).backgroundColor;
      });
    });
    await page.goto(`${site.origin}${QUESTION}`);
    const background = () => page.evaluate('getComputedStyle(document.body).backgroundColor');
    await expect(background()).resolves.toBe('rgb(255, 255, 255)');
    await page.getByRole('combobox', { name: 'Colour scheme' }).selectOption('dark');
    await expect(background()).resolves.toBe('rgb(21, 23, 26)');
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { firstBackground?: string }).firstBackground !== undefined);
    await expect(page.evaluate('window.firstBackground')).resolves.toBe('rgb(21, 23, 26)');
    await expect(page.getByRole('combobox', { name: 'Colour scheme' }).inputValue()).resolves.toBe('dark');
    await page.goto(`${site.origin}/`);
    await expect(background()).resolves.toBe('rgb(21, 23, 26)');
    await page.getByRole('combobox', { name: 'Colour scheme' }).selectOption('system');
    await page.reload();
    await expect(background()).resolves.toBe('rgb(255, 255, 255)');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('at 360 px', () => {
  const PAGES = ['/', '/?competency=ownership&level=staff', QUESTION, '/competencies/', '/competencies/ownership/', '/competencies/integrity/', '/levels/', '/levels/senior/', '/search/?q=alpha', '/404.html'];

  it.each(PAGES)('%s has no horizontal scroll, and its header search shows its whole placeholder', async (path) => {
    const { page } = await openPage(site.browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${site.origin}${path}`);
    await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
    const box = page.locator('#site-search-query');
    if ((await box.count()) > 0) {
      const fits = await box.evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontSize} ${style.fontFamily}`;
        return context.measureText(input.placeholder).width <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      });
      expect(fits).toBe(true);
    }
    await page.context().close();
  });

  it('keeps every copy control on a line with text, never on a line of its own', async () => {
    const { page } = await openPage(site.browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${site.origin}${QUESTION}`);
    await firstMove(page);
    const controls = page.locator('.answer li .copy-link');
    expect(await controls.count()).toBeGreaterThan(12);
    // A control alone on its line starts below the bottom of the last line of text before it. Where
    // lines break depends on the width, so phone widths around 360 px are all tried.
    const alone = async () => controls.evaluateAll((buttons) =>
      buttons.filter((button) => {
        const item = button.closest('li')!;
        const range = document.createRange();
        range.setStart(item, 0);
        range.setEndBefore(button);
        const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
        return lines.length > 0 && button.getBoundingClientRect().top >= Math.max(...lines.map((rect) => rect.bottom)) - 2;
      }).length,
    );
    const found: number[] = [];
    for (let width = 320; width <= 420; width += 4) {
      await page.setViewportSize({ width, height: 740 });
      if ((await alone()) > 0) found.push(width);
    }
    expect(found).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    for (const box of await controls.evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().right))) expect(box).toBeLessThanOrEqual(360);
    await page.context().close();
  });
});

describe('the copy menu on a phone', () => {
  it('opens clear of both edges of the screen, for a control at either side', async () => {
    const { page } = await openPage(site.browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${site.origin}${QUESTION}`);
    await firstMove(page);
    // The heading's control sits at the right of the heading; a bullet's at the end of its text.
    for (const control of ['.section-heading:has(#action) .copy-link', '#action-3 .copy-link']) {
      await page.locator(control).click();
      const menu = (await page.locator('#copy-menu').boundingBox())!;
      expect(menu.x).toBeGreaterThanOrEqual(8);
      expect(menu.x + menu.width).toBeLessThanOrEqual(352);
      await page.keyboard.press('Escape');
    }
    await page.context().close();
  });
});

describe('on paper', () => {
  it('a question carries the bank\'s name and its address, and its answer starts on page one', async () => {
    const { page } = await openPage(site.browser, { viewport: { width: 816, height: 1056 } });
    await page.goto(`${site.origin}${QUESTION}`);
    await page.emulateMedia({ media: 'print' });
    const source = page.locator('.print-only');
    await expect(source.isVisible()).resolves.toBe(true);
    await expect(source.textContent()).resolves.toMatch(/^Behavioral Question Bank · https?:\/\/[^ ]+\/questions\/bravo-outage\/$/u);
    // A letter page less its margins is about 960 CSS px tall: the first section starts well within it.
    const situation = (await page.locator('#situation').boundingBox())!;
    expect(situation.y).toBeLessThan(600);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

it('the fixture bank is the one these tests read', () => {
  expect(BROWSE_QUESTIONS.map((question) => question.slug)).toContain('bravo-outage');
});
