// What a reader's browser allows and shows, on a bank built from the seeds with a moved question and
// hand-written long URLs: the Content-Security-Policy holds on every kind of page with nothing of the
// site's own refused, no page scrolls sideways at 360 px, and hand-mangled URLs never throw.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../helpers/bank.ts';
import { firstMove, openPage } from '../helpers/browser.ts';
import { buildSite, OUTPUT, ROOT } from '../helpers/build.ts';
import { edit } from '../helpers/fixtures.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const MOVED = 'strategic-influence-and-technical-conflict-resolution';
const NEW_SLUG = 'winning-over-a-sceptical-peer';
const QUESTION = '/questions/leading-through-influence-and-deadlock-resolution/';
const LONG_URL = `https://example.com/${'a-very-long-path-segment/'.repeat(10)}?query=${'x'.repeat(60)}`;
const LONG_WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(4);

/** The seeds imported as a coach would, one moved to a new slug, one given long URLs and a long word. */
function buildTrustBank(): string {
  const folder = join(OUTPUT, 'trust-questions');
  rmSync(folder, { recursive: true, force: true });
  const imported = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), '--out', folder, ...readdirSync(SEEDS_DIR).map((name) => join(SEEDS_DIR, name))], { encoding: 'utf8' });
  if (imported.status !== 0) throw new Error(imported.stderr);
  const moved = readFileSync(join(folder, `${MOVED}.md`), 'utf8');
  writeFileSync(join(folder, `${MOVED}.md`), edit(edit(moved, `slug: ${MOVED}`, `slug: ${NEW_SLUG}`), 'aliases: []', `aliases:\n  - ${MOVED}`));
  const file = join(folder, 'leading-through-influence-and-deadlock-resolution.md');
  writeFileSync(file, edit(readFileSync(file, 'utf8'), '## Action – What You Did\n\n', `## Action – What You Did\n\n- A link: [${LONG_URL}](${LONG_URL})\n- Pasted as text: ${LONG_URL}\n- A long word: ${LONG_WORD}\n`));
  const built = buildSite('trust', { questionsDir: folder, pagefind: true });
  if (!built.ok) throw new Error(`building the trust bank failed:\n${built.output}`);
  return built.dist;
}

const site = useSiteSession(buildTrustBank);

/** A page that reports every Content-Security-Policy violation, across navigations, into `violations`. */
async function watchedPage(options = {}) {
  const { page, problems } = await openPage(site.browser, options);
  const violations: string[] = [];
  await page.context().exposeBinding('reportViolation', (_, text: string) => violations.push(text));
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.effectiveDirective} refused ${event.blockedURI} on ${location.pathname}`);
    });
  });
  return { page, problems, violations };
}

/** Each kind of page, and what shows it has done its work (its scripts ran). */
const PAGE_TYPES: [string, string, (page: Page) => Promise<unknown>][] = [
  ['home', '/', (page) => page.getByRole('heading', { level: 1 }).waitFor()],
  ['home, filtered', '/?competency=ownership', (page) => page.waitForFunction(() => location.search.includes('ownership'))],
  ['question', QUESTION, firstMove],
  ['search with results', '/search/?q=deadlock', (page) => page.getByRole('region', { name: 'Results' }).getByRole('heading', { level: 3 }).first().waitFor()],
  ['search by section', '/search/?q=deadlock&section=task', (page) => page.getByRole('region', { name: 'Results' }).getByRole('heading', { level: 3 }).first().waitFor()],
  ['question with highlight', `${QUESTION}?highlight=deadlocked#situation`, (page) => page.locator('mark.search-highlight').first().waitFor()],
  ['alias', `/questions/${MOVED}/#result`, (page) => page.waitForURL(`**/questions/${NEW_SLUG}/#result`)],
  ['competencies', '/competencies/', (page) => page.getByRole('heading', { level: 1 }).waitFor()],
  ['competency', '/competencies/ownership/', (page) => page.getByRole('heading', { level: 1 }).waitFor()],
  ['levels', '/levels/', (page) => page.getByRole('heading', { level: 1 }).waitFor()],
  ['level', '/levels/senior/', (page) => page.getByRole('heading', { level: 1 }).waitFor()],
  ['404', '/404.html', (page) => page.getByRole('heading', { level: 1 }).waitFor()],
];

describe('the Content-Security-Policy', () => {
  it.each(PAGE_TYPES)('refuses nothing of the site on the %s page', async (_, path, ready) => {
    const { page, violations } = await watchedPage();
    await page.goto(`${site.origin}${path}`);
    await ready(page);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('refuses nothing when a reader copies a link and a citation', async () => {
    const { page, violations } = await watchedPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site.origin}${QUESTION}`);
    await page.locator('#action').hover();
    await page.getByRole('button', { name: 'Copy link to Action', exact: true }).click();
    await page.getByRole('button', { name: 'Copy Markdown citation', exact: true }).click();
    await expect(page.evaluate('navigator.clipboard.readText()')).resolves.toMatch(/^\[Leading Through Influence/u);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('refuses an inline script, an inline style and another origin\'s image, and says so', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${site.origin}${QUESTION}`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "ran"';
      document.body.append(script);
      document.body.insertAdjacentHTML('beforeend', '<style>body { color: red }</style><img src="https://other.example/pixel.png">');
    });
    await expect.poll(() => violations.length).toBe(3);
    expect(violations.map((text) => text.split(' ')[0]).sort()).toEqual(['img-src', 'script-src-elem', 'style-src-elem']);
    await expect(page.title()).resolves.not.toBe('ran');
    await page.context().close();
  });
});

describe('a 360 px wide screen', () => {
  it.each(PAGE_TYPES)('never scrolls the %s page sideways', async (_, path, ready) => {
    const { page } = await watchedPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.origin}${path}`);
    await ready(page);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it('shows the long URLs and the long word whole, wrapped', async () => {
    const { page } = await watchedPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.origin}${QUESTION}`);
    const text = await page.locator('section:has(#action)').innerText();
    for (const part of [LONG_URL, LONG_WORD]) expect(text.replace(/\s/gu, '')).toContain(part);
    await page.context().close();
  });
});

describe('a URL mangled by hand', () => {
  it.each([
    ['a malformed escape in ?highlight=', `${QUESTION}?highlight=%E0%A4%A&highlight=%`],
    ['a malformed #fragment', `${QUESTION}#%E0%A4%A`],
    ['a malformed #fragment with ?highlight=', `${QUESTION}?highlight=deadlock#%`],
    ['a malformed ?q=', '/search/?q=%E0%A4%A'],
    ['unknown and malformed filters', '/search/?q=deadlock&competency=%zz&competency=nope&level=%&section=%E0'],
    ['malformed home filters', '/?competency=%zz,ownership&level=%'],
    ['a malformed alias fragment', `/questions/${MOVED}/#%`],
  ])('%s throws nothing', async (_, path) => {
    const { page, problems } = await watchedPage();
    await page.goto(`${site.origin}${path}`);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
