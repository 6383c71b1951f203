// Every kind of page passes axe-core's checks, in the light and the dark scheme.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BROWSE_DIST } from '../helpers/browse-bank.ts';
import { openPage } from '../helpers/browser.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
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

// The system's light and dark, and dark chosen with the header's switch on a light system.
const SCHEMES = [
  { name: 'light', colorScheme: 'light', chosen: undefined },
  { name: 'dark', colorScheme: 'dark', chosen: undefined },
  { name: 'chosen dark', colorScheme: 'light', chosen: 'dark' },
] as const;

describe.each(SCHEMES)('in the $name scheme', ({ colorScheme, chosen }) => {
  it.each(PAGES)('%s has no axe-core violations', async (path) => {
    const { page } = await openPage(site.browser, { colorScheme });
    if (chosen) await page.addInitScript(`localStorage.setItem('bank-theme', '${chosen}')`);
    await page.goto(`${site.origin}${path}`);
    if (chosen) await expect(page.evaluate('document.documentElement.dataset.theme')).resolves.toBe(chosen);
    await page.addScriptTag({ content: AXE });
    const violations = (await page.evaluate(
      'axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`))',
    )) as string[];
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
