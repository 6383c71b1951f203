// A reader browses the fixture bank in Chromium: filters on the home page, links that
// reproduce a filtered view, and plain links when JavaScript is off.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BROWSE_DIST, BROWSE_QUESTIONS, expectedTitles } from '../helpers/browse-bank.ts';
import { openPage } from '../helpers/browser.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const site = useSiteSession(() => BROWSE_DIST);

/** The titles of the question cards a reader can see, sorted. */
async function visibleTitles(page: Page): Promise<string[]> {
  const titles = await page.locator('#questions .question-card-title a').filter({ visible: true }).allTextContents();
  return titles.sort();
}

const filterForm = (page: Page) => page.getByRole('form', { name: 'Filter questions' });

describe('the home page filter', () => {
  it('shows exactly the questions with both competencies at the level, and puts the filter in the URL', async () => {
    const { page, problems } = await openPage(site.browser);
    await page.goto(`${site.origin}/`);
    expect(await visibleTitles(page)).toEqual(expectedTitles({}));

    await filterForm(page).getByRole('checkbox', { name: /^Ownership/u }).check();
    await filterForm(page).getByRole('checkbox', { name: /^Conflict Resolution/u }).check();
    expect(await visibleTitles(page)).toEqual(expectedTitles({ competencies: ['ownership', 'conflict-resolution'] }));
    await filterForm(page).getByRole('radio', { name: /^Staff/u }).check();

    const expected = expectedTitles({ competencies: ['conflict-resolution', 'ownership'], level: 'staff' });
    expect(expected).toEqual(['Charlie Roadmap', 'Hotel Escalation']);
    expect(await visibleTitles(page)).toEqual(expected);
    expect(new URL(page.url()).search).toBe('?competency=conflict-resolution,ownership&level=staff');
    await expect(page.getByRole('status').textContent()).resolves.toBe(`Showing 2 of ${BROWSE_QUESTIONS.length} questions`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('counts what each choice would give with the current choices, and shows which would give none', async () => {
    const { page, problems } = await openPage(site.browser);
    await page.goto(`${site.origin}/`);
    /** The number a choice shows beside its name. */
    const count = async (role: 'checkbox' | 'radio', name: string) =>
      Number(await filterForm(page).getByRole(role, { name: new RegExp(`^${name}`, 'u') }).locator('xpath=..').locator('[data-facet-count]').textContent());
    const expected = (competencies: string[], level?: string) => expectedTitles({ competencies, ...(level ? { level } : {}) }).length;

    expect(await count('checkbox', 'Ownership')).toBe(expected(['ownership']));
    await filterForm(page).getByRole('checkbox', { name: /^Ownership/u }).check();
    // Conflict Resolution now counts the questions with both; Mentorship, never beside Ownership, gives none.
    expect(await count('checkbox', 'Conflict Resolution')).toBe(expected(['ownership', 'conflict-resolution']));
    expect(await count('checkbox', 'Mentorship')).toBe(0);
    await expect(filterForm(page).getByRole('checkbox', { name: /^Mentorship/u }).isDisabled()).resolves.toBe(true);
    expect(await count('radio', 'Staff')).toBe(expected(['ownership'], 'staff'));
    expect(await count('radio', 'Mid')).toBe(expected(['ownership'], 'mid'));

    await filterForm(page).getByRole('checkbox', { name: /^Conflict Resolution/u }).check();
    expect(await count('checkbox', 'Ownership')).toBe(expected(['ownership', 'conflict-resolution']));
    expect(await count('radio', 'Mid')).toBe(0);
    await expect(filterForm(page).getByRole('radio', { name: /^Mid/u }).isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('status').textContent()).resolves.toBe(
      `Showing ${expected(['ownership', 'conflict-resolution'])} of ${BROWSE_QUESTIONS.length} questions`,
    );

    // The active filters are summed up above the list, in the filter's order, and each can be removed there.
    const active = page.getByRole('list', { name: 'Active filters' });
    expect(await active.getByRole('button').allTextContents()).toEqual(['Conflict Resolution', 'Ownership']);
    await active.getByRole('button', { name: 'Remove filter Ownership' }).click();
    expect(new URL(page.url()).search).toBe('?competency=conflict-resolution');
    expect(await visibleTitles(page)).toEqual(expectedTitles({ competencies: ['conflict-resolution'] }));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('starts a shared filtered list on the first screen of a phone, with the choices folded away', async () => {
    const { page } = await openPage(site.browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${site.origin}/?competency=ownership&level=staff`);
    await expect(filterForm(page).isVisible()).resolves.toBe(false);
    expect(await page.getByRole('list', { name: 'Active filters' }).getByRole('button').allTextContents()).toEqual(['Ownership', 'Staff']);
    const first = page.locator('#questions .question-card').filter({ visible: true }).first();
    const box = (await first.boundingBox())!;
    expect(box.y + 40).toBeLessThan(740);
    await page.getByText('Filter questions').click();
    await expect(filterForm(page).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('starts a shared filtered list on the first screen of a desktop, with the choices open', async () => {
    const { page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/?competency=ownership&level=staff`);
    await expect(filterForm(page).isVisible()).resolves.toBe(true);
    const first = page.locator('#questions .question-card').filter({ visible: true }).first();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(900);
    await page.context().close();
  });

  it('restores the same view from a pasted link', async () => {
    const { page, problems } = await openPage(site.browser);
    await page.goto(`${site.origin}/?competency=ownership,conflict-resolution&level=senior`);
    expect(await visibleTitles(page)).toEqual(expectedTitles({ competencies: ['ownership', 'conflict-resolution'], level: 'senior' }));
    await expect(filterForm(page).getByRole('checkbox', { name: /^Ownership/u }).isChecked()).resolves.toBe(true);
    await expect(filterForm(page).getByRole('checkbox', { name: /^Mentorship/u }).isChecked()).resolves.toBe(false);
    await expect(filterForm(page).getByRole('radio', { name: /^Senior/u }).isChecked()).resolves.toBe(true);
    await page.reload();
    expect(await visibleTitles(page)).toEqual(['Alpha Migration', 'Bravo Outage']);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('walks back and forward through filter changes', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}/`);
    await filterForm(page).getByRole('checkbox', { name: /^Mentorship/u }).check();
    await filterForm(page).getByRole('radio', { name: /^Mid/u }).check();
    expect(await visibleTitles(page)).toEqual(['Echo Backlog']);
    await page.goBack();
    expect(await visibleTitles(page)).toEqual(expectedTitles({ competencies: ['mentorship'] }));
    await expect(filterForm(page).getByRole('radio', { name: /^Any level/u }).isChecked()).resolves.toBe(true);
    await page.goBack();
    expect(await visibleTitles(page)).toEqual(expectedTitles({}));
    await page.goForward();
    expect(await visibleTitles(page)).toEqual(expectedTitles({ competencies: ['mentorship'] }));
    await page.context().close();
  });

  it('says when nothing matches, and clears back to every question', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}/?competency=mentorship,stakeholder-management`);
    expect(await visibleTitles(page)).toEqual([]);
    await expect(page.getByText('No question shows all of these together.').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(await visibleTitles(page)).toEqual(expectedTitles({}));
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('is reached in one click from a competency page', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}/competencies/ownership/`);
    expect(await page.locator('main .question-card').count()).toBe(expectedTitles({ competencies: ['ownership'] }).length);
    await page.getByRole('link', { name: 'Ownership + Stakeholder Management' }).click();
    await page.waitForURL(`${site.origin}/?competency=ownership,stakeholder-management`);
    expect(await visibleTitles(page)).toEqual(expectedTitles({ competencies: ['ownership', 'stakeholder-management'] }));
    await page.context().close();
  });
});

describe('the search page with no words', () => {
  const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
  const resultTitles = (page: Page) => page.getByRole('region', { name: 'Results' }).getByRole('heading', { level: 3 }).allInnerTexts();

  // Pagefind orders its pages as it happens to index them; the page puts a browse in title order.
  it('lists every question, and those a filter keeps, by title', async () => {
    const { page, problems } = await openPage(site.browser);
    await page.goto(`${site.origin}/search/`);
    await status(page, `All ${BROWSE_QUESTIONS.length} questions, by title.`);
    expect(await resultTitles(page)).toEqual(expectedTitles({}));
    await page.goto(`${site.origin}/search/?competency=conflict-resolution`);
    const kept = expectedTitles({ competencies: ['conflict-resolution'] });
    expect(kept.length).toBeGreaterThan(3);
    await status(page, `${kept.length} questions, by title.`);
    expect(await resultTitles(page)).toEqual(kept);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('the home page without JavaScript', () => {
  it('lists every question, says the filter needs JavaScript, and its competency chips lead to their pages', async () => {
    const { page, problems } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/?competency=ownership`);
    expect(await visibleTitles(page)).toEqual(expectedTitles({}));
    await expect(filterForm(page).count()).resolves.toBe(0);
    await expect(page.getByText('Filtering needs JavaScript').isVisible()).resolves.toBe(true);
    await expect(page.locator('.notice').getByRole('link', { name: 'competencies' }).getAttribute('href')).resolves.toBe('/competencies/');
    await page.locator('.question-card').filter({ hasText: 'Echo Backlog' }).getByRole('link', { name: 'Prioritization' }).click();
    await page.waitForURL(`${site.origin}/competencies/prioritization/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Prioritization');
    expect((await page.locator('main .question-card-title a').allTextContents()).sort()).toEqual(
      expectedTitles({ competencies: ['prioritization'] }),
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
