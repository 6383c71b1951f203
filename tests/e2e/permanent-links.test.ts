// A link pasted into notes before a question moved still lands where it pointed.
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useSiteSession } from '../helpers/site-session.ts';
import { NEW_SLUG, NEW_TITLE, OLD_SLUG, RETITLED_SLUG, buildMovedBank } from '../helpers/permanent-links.ts';

const site = useSiteSession(() => {
  const built = buildMovedBank('permanent-links-e2e');
  if (!built.ok) throw new Error(`building the moved bank failed:\n${built.output}`);
  return built.dist;
});

describe('an old URL of a moved question', () => {
  it('with #result lands on the current page, at its Result section, marked', async () => {
    const { page, problems } = await openPage(site.browser);
    await page.goto(`${site.origin}/questions/${OLD_SLUG}/#result`);
    await page.waitForURL(`${site.origin}/questions/${NEW_SLUG}/#result`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(NEW_TITLE);
    const top = await page.locator('#result').evaluate((element) => element.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(50);
    const marked = await page.locator('#result').evaluate((element) => getComputedStyle(element).backgroundColor);
    const plain = await page.locator('#task').evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(marked).not.toBe(plain);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('leaves no entry for itself in the history, so Back returns to where the reader came from', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}/questions/${RETITLED_SLUG}/`);
    await page.goto(`${site.origin}/questions/${OLD_SLUG}/#action-2`);
    await page.waitForURL(`**/questions/${NEW_SLUG}/#action-2`);
    await page.goBack();
    expect(page.url()).toBe(`${site.origin}/questions/${RETITLED_SLUG}/`);
    await page.context().close();
  });

  it('still reaches the current page without JavaScript', async () => {
    const { page, problems } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/questions/${OLD_SLUG}/#result`);
    await page.waitForURL(`${site.origin}/questions/${NEW_SLUG}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(NEW_TITLE);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
