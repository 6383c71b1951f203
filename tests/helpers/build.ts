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

export interface BuiltSite {
  ok: boolean;
  /** Everything the build printed, for asserting on error messages. */
  output: string;
  dist: string;
}

/**
 * Builds the site from `questionsDir` into tests/.output/<name>/dist, with a cache of its own,
 * then its search index when asked, as `npm run build` does. `site` stands for BANK_SITE, the public origin.
 */
export function buildSite(name: string, options: { questionsDir: string; pagefind?: boolean; site?: string }): BuiltSite {
  const base = join(OUTPUT, name);
  const dist = join(base, 'dist');
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    BANK_QUESTIONS_DIR: resolve(ROOT, options.questionsDir),
    // Global setup runs outside the projects' env: name the fixture taxonomy here too.
    BANK_TAXONOMY: FIXTURE_TAXONOMY_FILE,
    BANK_CACHE_DIR: join(base, 'cache'),
    ...(options.site === undefined ? {} : { BANK_SITE: options.site }),
  };
  const run = (script: string, args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, env, encoding: 'utf8' });
  const astro = run('node_modules/astro/bin/astro.mjs', ['build', '--outDir', dist]);
  let output = `${astro.stdout}${astro.stderr}`;
  let ok = astro.status === 0;
  if (ok && options.pagefind) {
    const pagefind = run('scripts/build-search-index.ts', [dist]);
    output += `${pagefind.stdout}${pagefind.stderr}`;
    ok = pagefind.status === 0;
  }
  // Astro colours its messages where it thinks a terminal is (CI=true is enough): read them plain.
  return { ok, output: stripVTControlCharacters(output), dist };
}
