// A reader copies a link to one part of a question in Chromium, by mouse and by keyboard, pastes
// it into notes, and the link leads back to that part.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteOrigin } from '../../src/lib/bank/site.ts';
import { BANK_DIST } from '../helpers/bank.ts';
import { firstMove, openPage } from '../helpers/browser.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const QUESTION = '/questions/strategic-influence-and-technical-conflict-resolution/';
const TITLE = 'Strategic Influence and Technical Conflict Resolution';
/** Copied links carry the site's public address (BANK_SITE), not the test server's. */
const PUBLIC_URL = `${siteOrigin()}${QUESTION}`;

const site = useSiteSession(() => BANK_DIST);

/** The question page, opened; `move` makes the reader's first move, which puts the copy controls in. */
async function openQuestion(options: BrowserContextOptions = {}, move = options.javaScriptEnabled !== false) {
  const opened = await openPage(site.browser, { permissions: ['clipboard-read', 'clipboard-write'], ...options });
  await opened.page.goto(`${site.origin}${QUESTION}`);
  if (move) await firstMove(opened.page);
  return opened;
}

const clipboard = (page: Page) => page.evaluate('navigator.clipboard.readText()') as Promise<string>;
const opacity = (page: Page, selector: string) => page.locator(selector).evaluate((element) => getComputedStyle(element).opacity);
const FOCUSED_NAME = 'document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent';
const focusedName = (page: Page) => page.evaluate(FOCUSED_NAME) as Promise<string>;
/** Waits for the keyboard focus to reach the control with this name (a menu takes it as it opens). */
// Polled as functions: the site's Content-Security-Policy refuses evaluating strings in the page.
const focusReaches = (page: Page, name: string) =>
  page.waitForFunction((expected) => (document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent) === expected, name);
/** What the copy controls' status region (the one they add at the end of the page) announces, once it has announced something. */
async function announced(page: Page): Promise<string> {
  await page.waitForFunction(() => document.querySelector('body > [role=status]')?.textContent !== '');
  return page.locator('body > [role=status]').innerText();
}

describe('the copy control of a section', () => {
  it('appears on hover and puts the section link, then its Markdown citation, on the clipboard', async () => {
    const { page, problems } = await openQuestion();
    const control = page.getByRole('button', { name: 'Copy link to Action', exact: true });
    await expect(opacity(page, '.section-heading:has(#action) .copy-link')).resolves.toBe('0');
    await page.locator('#action').hover();
    await expect(opacity(page, '.section-heading:has(#action) .copy-link')).resolves.toBe('1');

    await control.click();
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(clipboard(page)).resolves.toBe(`${PUBLIC_URL}#action`);
    await expect(announced(page)).resolves.toBe('Copied link');

    await control.click();
    await page.getByRole('button', { name: 'Copy Markdown citation', exact: true }).click();
    await expect(clipboard(page)).resolves.toBe(`[${TITLE} — Action](${PUBLIC_URL}#action)`);
    await expect(announced(page)).resolves.toBe('Copied Markdown citation');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('is a real button that the keyboard reaches, shows on focus, and hands focus back after copying', async () => {
    const { page, problems } = await openQuestion();
    // The controls are one Tab stop; the arrow key moves from the last control of Task to the next one.
    await page.locator('#task-3 .copy-link').focus();
    await page.keyboard.press('ArrowDown');
    await expect(focusedName(page)).resolves.toBe('Copy link to Action');
    await expect(page.evaluate('document.activeElement.tagName')).resolves.toBe('BUTTON');
    await expect(opacity(page, '.section-heading:has(#action) .copy-link')).resolves.toBe('1');

    await page.keyboard.press('Enter');
    await focusReaches(page, 'Copy link');
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe('Copy Markdown citation');
    await page.keyboard.press('Enter');
    await expect(clipboard(page)).resolves.toBe(`[${TITLE} — Action](${PUBLIC_URL}#action)`);
    await expect(announced(page)).resolves.toBe('Copied Markdown citation');
    await expect(focusedName(page)).resolves.toBe('Copy link to Action');
    await expect(page.locator('#copy-menu').isVisible()).resolves.toBe(false);

    await page.keyboard.press('Enter');
    await expect(page.locator('#copy-menu').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('#copy-menu').isVisible()).resolves.toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('the copy control of a bullet', () => {
  it('cites the bullet by its label, and its link lands on the bullet, in view and marked', async () => {
    const { page, problems } = await openQuestion();
    await page.locator('#action-2').hover();
    const control = page.getByRole('button', { name: 'Copy link to Action: Data-Driven Prototyping', exact: true });
    await control.click();
    await page.getByRole('button', { name: 'Copy Markdown citation', exact: true }).click();
    await expect(clipboard(page)).resolves.toBe(`[${TITLE} — Action: Data-Driven Prototyping](${PUBLIC_URL}#action-2)`);
    await control.click();
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    const copied = await clipboard(page);
    expect(copied).toBe(`${PUBLIC_URL}#action-2`);
    await page.context().close();

    // Pasted into notes and opened later, on a phone: the test server stands in for the public site.
    const reader = await openPage(site.browser, { viewport: { width: 390, height: 700 } });
    await reader.page.goto(copied.replace(siteOrigin(), site.origin));
    const bullet = reader.page.locator('#action-2');
    const box = (await bullet.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    const marked = await bullet.evaluate((element) => getComputedStyle(element).backgroundColor);
    const plain = await reader.page.locator('#action-1').evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(marked).not.toBe(plain);
    expect([...problems, ...reader.problems]).toEqual([]);
    await reader.page.context().close();
  });

  it('names a bullet without a label by its first words', async () => {
    const { page } = await openQuestion();
    await page.locator('#situation-1').hover();
    await page.getByRole('button', { name: 'Copy link to Situation: As the Tech Lead for the Core Infrastructure…', exact: true }).click();
    await page.getByRole('button', { name: 'Copy Markdown citation', exact: true }).click();
    await expect(clipboard(page)).resolves.toBe(`[${TITLE} — Situation: As the Tech Lead for the Core Infrastructure…](${PUBLIC_URL}#situation-1)`);
    await page.context().close();
  });

  it('opens its menu within a phone screen', async () => {
    const { page } = await openQuestion({ viewport: { width: 360, height: 740 }, hasTouch: true });
    await page.getByRole('button', { name: 'Copy link to Result: Metric', exact: true }).click();
    const menu = (await page.locator('#copy-menu').boundingBox())!;
    expect(menu.x).toBeGreaterThanOrEqual(0);
    expect(menu.x + menu.width).toBeLessThanOrEqual(360);
    await page.context().close();
  });
});

describe('before the reader first moves', () => {
  it('runs none of the copy code: the page holds its plain # links and fetched no copy script', async () => {
    const { page, problems } = await openQuestion({}, false);
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(request.url()));
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.answer a.anchor-link').count()).toBeGreaterThan(25);
    expect(await page.locator('.copy-link').count()).toBe(0);
    // A key is a first move too: the controls come in.
    await page.keyboard.press('Shift');
    await page.locator('.copy-link').first().waitFor({ state: 'attached' });
    expect(await page.locator('.answer a.anchor-link').count()).toBe(0);
    expect(scripts.some((url) => url.includes('CopyLinkCode'))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens the copy menu of a # link activated before then, as a screen reader does, without leaving the page', async () => {
    const { page, problems } = await openQuestion({}, false);
    await page.waitForLoadState('networkidle');
    // A click with no pointer move before it.
    await page.locator('#action-2 .anchor-link').dispatchEvent('click');
    // The copy code arrives, then opens the menu.
    await page.locator('#copy-menu').waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(clipboard(page)).resolves.toBe(`${PUBLIC_URL}#action-2`);
    expect(new URL(page.url()).hash).toBe('');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('hands the keyboard focus on a # link to its copy control', async () => {
    const { page, problems } = await openQuestion({}, false);
    await page.waitForLoadState('networkidle');
    await page.locator('#action-2 .anchor-link').focus();
    await focusReaches(page, 'Copy link to Action: Data-Driven Prototyping');
    await page.keyboard.press('Enter');
    await expect(page.locator('#copy-menu').isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('leaves a plain # link beside every section and bullet, reachable by keyboard', async () => {
    const { page, problems } = await openQuestion({ javaScriptEnabled: false });
    expect(await page.locator('.answer a.anchor-link').count()).toBeGreaterThan(25);
    expect(await page.locator('.copy-link').count()).toBe(0);
    const link = page.getByRole('link', { name: 'Link to Result', exact: true });
    await page.locator('#action-4 .anchor-link').focus();
    await page.keyboard.press('Tab');
    await expect(link.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(opacity(page, '.section-heading:has(#result) .anchor-link')).resolves.toBe('1');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#result');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
