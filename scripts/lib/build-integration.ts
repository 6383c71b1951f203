// The part of `astro build` that runs beside Astro: while Astro renders the pages on one core, a
// child process writes every question's Markdown export and builds the search index on the other
// (scripts/question-outputs.ts); when the pages are done, its files are moved into the site.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { holdRenderedBodies, releaseRenderedBodies } from '../../src/lib/markdown/rendered-bodies.ts';
import { installQuestionOutputs } from './question-outputs.ts';

const SCRIPT = fileURLToPath(new URL('../question-outputs.ts', import.meta.url));

/** `BANK_SEARCH_INDEX=off` builds without the search index (the exports are still written): test builds that never search. */
export const searchIndexWanted = (env: Record<string, string | undefined> = process.env) => env['BANK_SEARCH_INDEX'] !== 'off';

export function questionOutputsIntegration(): AstroIntegration {
  let outDir = '';
  let staging = '';
  let finished: Promise<{ code: number | null; stdout: string; stderr: string }> | undefined;
  let stop = () => {};
  let building = false;
  return {
    name: 'bank-question-outputs',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      // As soon as the site's folder is known, before the content sync and the bundling: the
      // exports and the index need only the question files, and take about as long as those and
      // the pages together.
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        if (!building || finished) return;
        mkdirSync(dirname(outDir), { recursive: true });
        staging = mkdtempSync(join(dirname(outDir), `.${basename(outDir)}-outputs-`));
        // Its own process group, so that stopping it stops the Pagefind runs it started too.
        const child = spawn(process.execPath, [SCRIPT, '--staging', staging, ...(searchIndexWanted() ? [] : ['--no-index'])], { detached: true, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
        // It renders every body for the index, and sends each to the pages (src/lib/markdown/rendered-bodies.ts).
        const bodies = holdRenderedBodies();
        child.on('message', bodies.take as (message: unknown) => void);
        child.on('close', bodies.end);
        let stdout = '';
        let stderr = '';
        child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        finished = new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
        // A build that fails (Astro exits) leaves neither the child running nor its folder.
        stop = () => {
          if (child.exitCode === null && child.pid !== undefined) {
            try {
              process.kill(-child.pid, 'SIGKILL');
            } catch {
              // Already gone.
            }
          }
          rmSync(staging, { recursive: true, force: true });
        };
        process.once('exit', stop);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const result = await finished!;
        process.off('exit', stop);
        const bodies = releaseRenderedBodies();
        if (result.code !== 0) {
          rmSync(staging, { recursive: true, force: true });
          throw new Error(result.stderr.trim() || `scripts/question-outputs.ts stopped (exit ${result.code})`);
        }
        installQuestionOutputs(staging, fileURLToPath(dir));
        logger.info(result.stdout.trim());
        logger.info(`the pages took ${bodies.taken} of the ${bodies.sent} bodies rendered beside them`);
      },
    },
  };
}
