// A fresh page in Debian's Chromium that records what a reader would count as broken.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export { launchBrowser } from '../../scripts/lib/chromium.ts';

/** A page in a fresh context that records console errors and failed requests. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return { page, problems };
}

/**
 * The reader's first move on a question page: the pointer comes over it. That puts the copy
 * controls in (src/scripts/question-boot.ts); this returns once they have replaced the `#` links.
 */
export async function firstMove(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.locator('.copy-link').first().waitFor({ state: 'attached' });
}
