// Every kind of page passes axe-core's checks, in the light and the dark scheme.
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { BROWSE_DIST } from '../helpers/browse-bank.ts';
import { openPage } from '../helpers/browser.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const PAGES = [
  '/',
  '/?competency=ownership&level=staff',
  '/questions/alpha-migration/',
  '/competencies/',
  '/competencies/ownership/',
  '/competencies/integrity/',
  '/levels/',
  '/levels/senior/',
  '/404.html',
  '/search/',
  '/search/?q=alpha&level=senior',
];

const site = useSiteSession(() => BROWSE_DIST);

describe.each(['light', 'dark'] as const)('in the %s scheme', (colorScheme) => {
  it.each(PAGES)('%s has no axe-core violations', async (path) => {
    const { page } = await openPage(site.browser, { colorScheme });
    await page.goto(`${site.origin}${path}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
