// axe-core's accessibility checks, run in a page as the browser tests open it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every axe-core violation on the page as it stands, as "rule: element, element". */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated by the browser's debugger, not added as an inline <script>, which the site's CSP refuses.
  await page.evaluate(AXE);
  return (await page.evaluate(
    'axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`))',
  )) as string[];
}
