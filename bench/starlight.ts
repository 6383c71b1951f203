// The bench's comparison site: an Astro Starlight site (one-link sidebar, Pagefind search) over
// the same generated questions, set up in a work folder of its own. Starlight is installed there
// from the npm registry, never as a dependency of the bank.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/lib/bank/bank-paths.ts';

/** The Starlight release compared against; Astro and Pagefind are pinned to the bank's own versions. */
export const STARLIGHT_VERSION = '0.42.4';

const installedVersion = (name: string) => (JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** Versions of what the comparison site runs on, for the figures. */
export function starlightVersions(): { starlight: string; astro: string; pagefind: string } {
  return { starlight: STARLIGHT_VERSION, astro: installedVersion('astro'), pagefind: installedVersion('pagefind') };
}

/**
 * Prepares `folder` as a Starlight site holding the question files of `questions` as its docs
 * (with a home page), installing its packages when they are missing or changed, and returns the
 * Astro command to build it. Its `dist/` holds the site and Starlight's Pagefind index after a build.
 */
export function prepareStarlight(folder: string, questions: string, log: (step: string) => void): string {
  const versions = starlightVersions();
  const manifest = {
    name: 'bank-bench-starlight',
    private: true,
    type: 'module',
    dependencies: { '@astrojs/starlight': versions.starlight, astro: versions.astro },
    // Starlight runs Pagefind after the build: the same release as the bank's.
    overrides: { pagefind: versions.pagefind },
  };
  mkdirSync(folder, { recursive: true });
  const manifestFile = join(folder, 'package.json');
  const wanted = `${JSON.stringify(manifest, null, 2)}\n`;
  const installed = existsSync(join(folder, 'node_modules', 'astro')) && existsSync(manifestFile) && readFileSync(manifestFile, 'utf8') === wanted;
  writeFileSync(manifestFile, wanted);
  if (!installed) {
    log(`installing Starlight ${versions.starlight} (Astro ${versions.astro}, Pagefind ${versions.pagefind}) into ${folder}`);
    const npm = process.env['npm_execpath'];
    const install = npm
      ? spawnSync(process.execPath, [npm, 'install', '--no-audit', '--no-fund'], { cwd: folder, encoding: 'utf8' })
      : spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: folder, encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`could not install Starlight in ${folder}:\n${install.stdout}${install.stderr}`);
  }
  writeFileSync(
    join(folder, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [starlight({ title: 'Question Bank', sidebar: [{ label: 'Home', link: '/' }] })],
});
`,
  );
  mkdirSync(join(folder, 'src'), { recursive: true });
  writeFileSync(
    join(folder, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const docs = join(folder, 'src', 'content', 'docs');
  for (const stale of [docs, join(folder, 'dist'), join(folder, '.astro'), join(folder, 'node_modules', '.astro')]) rmSync(stale, { recursive: true, force: true });
  cpSync(questions, join(docs, 'questions'), { recursive: true });
  writeFileSync(join(docs, 'index.md'), '---\ntitle: Question Bank\n---\n\nThe generated questions, for comparison.\n');
  return join(folder, 'node_modules', 'astro', 'bin', 'astro.mjs');
}
