// One browser and one server per test file: a built site served on 127.0.0.1, opened in Chromium.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveSite, type SiteServer } from '../../scripts/lib/static-server.ts';

export interface SiteSession {
  /** `http://127.0.0.1:<port>`, once the file's tests run. */
  readonly origin: string;
  /** The site's home: the origin and the base path it is served under. */
  readonly home: string;
  readonly browser: Browser;
}

/**
 * Serves the site `dist()` names (under `base`, the path it was built for, if any) and launches
 * Chromium before the file's tests; closes both after.
 */
export function useSiteSession(dist: () => string, base?: string): SiteSession {
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveSite(dist(), base === undefined ? {} : { base });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      return server!.origin;
    },
    get home() {
      return server!.home;
    },
    get browser() {
      return browser!;
    },
  };
}
