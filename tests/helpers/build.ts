// Builds a site from a folder of questions in a child process, as `npm run build` does.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUTPUT = join(ROOT, 'tests/.output');

/** The fixture taxonomy: every competency the fixture banks and documents name; every test build reads it (BANK_TAXONOMY). */
export const FIXTURE_TAXONOMY_FILE = join(ROOT, 'tests/fixtures/bank/competencies.yaml');

/**
 * The environment a command the tests run gets: the tests' own, less what Vitest adds to it. Vitest
 * puts its import.meta.env into process.env: BASE_URL there would override the base Astro takes
 * from BANK_BASE in a child build, and NODE_ENV=test would make Vite build with
 * import.meta.env.DEV true, as `npm run build` does not (a shell's NODE_ENV is tested on its own).
 */
export function commandEnv(): Record<string, string | undefined> {
  const { BASE_URL: _base, DEV: _dev, PROD: _prod, MODE: _mode, SSR: _ssr, NODE_ENV: _nodeEnv, ...inherited } = process.env;
  return inherited;
}

export interface BuiltSite {
  ok: boolean;
  /** Everything the build printed, for asserting on error messages. */
  output: string;
  dist: string;
}

/**
 * Builds the site from `questionsDir` into tests/.output/<name>/dist, with a cache of its own, as
 * `npm run build` does, with its search index when asked. `site` stands for BANK_SITE, the public
 * origin, and `base` for BANK_BASE, the path the bank is published under.
 */
export function buildSite(name: string, options: { questionsDir: string; pagefind?: boolean; site?: string; base?: string; nodeEnv?: string }): BuiltSite {
  const base = join(OUTPUT, name);
  const dist = join(base, 'dist');
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  const env = {
    ...commandEnv(),
    ASTRO_TELEMETRY_DISABLED: '1',
    BANK_QUESTIONS_DIR: resolve(ROOT, options.questionsDir),
    // Global setup runs outside the projects' env: name the fixture taxonomy here too.
    BANK_TAXONOMY: FIXTURE_TAXONOMY_FILE,
    BANK_CACHE_DIR: join(base, 'cache'),
    ...(options.site === undefined ? {} : { BANK_SITE: options.site }),
    ...(options.base === undefined ? {} : { BANK_BASE: options.base }),
    // The build writes the search index beside the pages (scripts/lib/build-integration.ts) unless told not to.
    ...(options.pagefind ? {} : { BANK_SEARCH_INDEX: 'off' }),
    // A shell's own NODE_ENV, as a coach may have one set.
    ...(options.nodeEnv === undefined ? {} : { NODE_ENV: options.nodeEnv }),
  };
  const run = (script: string, args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, env, encoding: 'utf8' });
  const astro = run('node_modules/astro/bin/astro.mjs', ['build', '--outDir', dist]);
  // Astro colours its messages where it thinks a terminal is (CI=true is enough): read them plain.
  return { ok: astro.status === 0, output: stripVTControlCharacters(`${astro.stdout}${astro.stderr}`), dist };
}
