// The bank published under a path, as a GitHub Pages project site serves it: the link checker
// passes it, its sitemap lists its public addresses, and in Chromium every link, the filter, search, an old address and the copy controls
// stay under the path, with nothing fetched from outside it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BROWSE_QUESTIONS, expectedTitles } from '../helpers/browse-bank.ts';
import { axeViolations } from '../helpers/axe.ts';
import { firstMove, openPage } from '../helpers/browser.ts';
import { ROOT } from '../helpers/build.ts';
import { MDX_EXAMPLE, OLD_ALPHA, PUBLIC_BASE, PUBLIC_HOME, PUBLIC_ORIGIN, buildPublishedBank } from '../helpers/published-bank.ts';
import { useSiteSession } from '../helpers/site-session.ts';

let dist = '';
const site = useSiteSession(() => (dist = buildPublishedBank('base-path-e2e').dist), PUBLIC_BASE);

/** Records every URL the page asks for, so a test can say none left the base path. */
function requestsOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}
const outsideBase = (urls: readonly string[]) => urls.filter((url) => !url.startsWith(site.home));

describe('a bank built with BANK_BASE=/question-bank/', () => {
  it('passes the link checker at its public address, and fails it at the root, where a host would serve none of it', () => {
    const check = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts/check-links.ts'), '--site', PUBLIC_ORIGIN, ...args, dist], { encoding: 'utf8' });
    const underBase = check('--base', PUBLIC_BASE);
    expect(underBase.stderr).toBe('');
    expect(underBase.stdout).toContain(`(site ${PUBLIC_HOME})`);
    expect(underBase.status).toBe(0);
    const atRoot = check('--base', '/');
    expect(atRoot.status).toBe(1);
    expect(atRoot.stderr).toContain('/: /question-bank/questions/alpha-migration/ — no page at /question-bank/questions/alpha-migration/');
  });

  it('lists its pages in sitemap.xml at their public addresses, old addresses left out, and names it in robots.txt', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/gu)].map((match) => match[1]);
    expect(urls).toEqual(expect.arrayContaining([PUBLIC_HOME, `${PUBLIC_HOME}search/`, `${PUBLIC_HOME}competencies/mentorship/`, `${PUBLIC_HOME}levels/staff/`, `${PUBLIC_HOME}questions/${MDX_EXAMPLE.slug}/`]));
    expect(urls.filter((url) => url!.includes('/questions/'))).toHaveLength(BROWSE_QUESTIONS.length + 1);
    expect(urls.filter((url) => url!.includes(OLD_ALPHA) || url!.includes('404'))).toEqual([]);
    // Every listed page exists under the path.
    for (const url of urls) expect(existsSync(join(dist, url!.slice(PUBLIC_HOME.length), 'index.html')), url).toBe(true);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${PUBLIC_HOME}sitemap.xml`);
  });

  it('is browsed by its links and filter without leaving the path', async () => {
    const { page, problems } = await openPage(site.browser);
    const requests = requestsOf(page);
    await page.goto(site.home);
    await page.getByRole('form', { name: 'Filter questions' }).getByRole('checkbox', { name: /^Mentorship/u }).check();
    const titles = (await page.locator('#questions .question-card-title a').filter({ visible: true }).allTextContents()).sort();
    expect(titles).toEqual(expectedTitles({ competencies: ['mentorship'] }));
    expect(new URL(page.url()).pathname).toBe(PUBLIC_BASE);

    await page.getByRole('link', { name: 'Delta Mentoring' }).click();
    await page.waitForURL(`${site.home}questions/delta-mentoring/`);
    await page.getByRole('link', { name: 'Staff', exact: false }).first().click();
    await page.waitForURL(`${site.home}levels/staff/`);
    await page.getByRole('link', { name: 'Competencies' }).first().click();
    await page.waitForURL(`${site.home}competencies/`);
    await expect(page.locator('link[rel=canonical]').getAttribute('href')).resolves.toBe(`${PUBLIC_HOME}competencies/`);
    expect(outsideBase(requests)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('searches from the header and follows a result to the bullet, under the path', async () => {
    const { page, problems } = await openPage(site.browser);
    const requests = requestsOf(page);
    await page.goto(`${site.home}levels/`);
    const box = page.getByRole('searchbox', { name: /Search/u }).first();
    await box.fill('Result of Golf Review');
    await box.press('Enter');
    await page.waitForURL(`${site.home}search/?q=Result+of+Golf+Review`);
    const results = page.getByRole('region', { name: 'Results' });
    await results.getByRole('heading', { level: 3, name: 'Golf Review' }).waitFor();
    await results.getByRole('link', { name: /Golf Review/u }).first().click();
    await page.waitForURL((url) => url.pathname === `${PUBLIC_BASE}questions/golf-review/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Golf Review');
    // Pagefind, its index and the section bundle all come from under the path.
    expect(requests.some((url) => url.startsWith(`${site.home}pagefind/`))).toBe(true);
    expect(outsideBase(requests)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('sends an old address, with its anchor, to the current page under the path', async () => {
    const { page, problems } = await openPage(site.browser);
    await page.goto(`${site.home}questions/${OLD_ALPHA}/#result`);
    await page.waitForURL(`${site.home}questions/alpha-migration/#result`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('copies links and citations with the public address and the path', async () => {
    const { page, problems } = await openPage(site.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site.home}questions/echo-backlog/`);
    await firstMove(page);
    await page.getByRole('button', { name: 'Copy link to Action', exact: true }).click();
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(page.evaluate('navigator.clipboard.readText()')).resolves.toBe(`${PUBLIC_HOME}questions/echo-backlog/#action`);
    const markdown = await page.getByRole('link', { name: /Markdown/u }).getAttribute('href');
    expect(markdown).toBe(`${PUBLIC_BASE}questions/echo-backlog.md`);
    // The server answers the export as a static host would: Markdown, in UTF-8.
    const [type, text] = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return [response.headers.get('content-type'), await response.text()];
    }, markdown!);
    expect(type).toBe('text/markdown; charset=utf-8');
    expect(text).toContain('Behavioral · Level: [Mid](https://coach.github.io/question-bank/levels/mid/)');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("shows an MDX question's table, aside and comparison, finds it by the aside's words, and copies a link to the aside", async () => {
    const { page, problems } = await openPage(site.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site.home}search/?q=interviewers+hear`);
    const results = page.getByRole('region', { name: 'Results' });
    await results.getByRole('link', { name: MDX_EXAMPLE.title }).first().click();
    await page.waitForURL((url) => url.pathname === `${PUBLIC_BASE}questions/${MDX_EXAMPLE.slug}/`);
    await expect(page.getByRole('table').getByRole('columnheader').allInnerTexts()).resolves.toEqual(['Piece', 'Owner', 'Blocked by']);
    await expect(page.getByRole('complementary').filter({ hasText: 'Interviewers hear' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.answer-comparison').innerText()).resolves.toMatch(/Strong answer[\s\S]*Weak answer/u);
    await firstMove(page);
    await page.getByRole('button', { name: "Copy link to Coach Strategy: Coach's aside", exact: true }).click();
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(page.evaluate('navigator.clipboard.readText()')).resolves.toBe(`${PUBLIC_HOME}questions/${MDX_EXAMPLE.slug}/#coach-strategy-1`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('shows the MDX question with no axe-core violations in the %s scheme', async (colorScheme) => {
    const { page, problems } = await openPage(site.browser, { colorScheme });
    await page.goto(`${site.home}questions/${MDX_EXAMPLE.slug}/`);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
