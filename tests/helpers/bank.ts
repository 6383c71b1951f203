// The built fixture bank that tests/setup/build-bank.ts leaves behind, and ways of reading its pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { OUTPUT, ROOT } from './build.ts';

export const BANK_DIST = join(OUTPUT, 'bank', 'dist');
/** The seed documents the fixture bank (tests/fixtures/bank/questions) was imported from. */
export const SEEDS_DIR = join(ROOT, 'tests/fixtures/seeds');

/** A built page, parsed; `path` is its URL path ("/questions/x/"). */
export function loadPage(dist: string, path: string): cheerio.CheerioAPI {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return cheerio.load(readFileSync(file, 'utf8'));
}

/** Text as a reader sees it: tags dropped, runs of white space made one space. */
export function visibleText($: cheerio.CheerioAPI, selector = 'body'): string {
  return $(selector).text().replace(/\s+/gu, ' ').trim();
}
