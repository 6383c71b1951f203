// Writes what the build makes from the question files rather than through Astro: every question's
// Markdown export and the search index (scripts/lib/question-outputs.ts). `astro build` runs it
// beside itself (with --staging) and moves its files into the site when the pages are done; run
// alone, it writes them into a built site.
// Usage: node scripts/question-outputs.ts [--part-size N] [--no-index] [--staging FOLDER | SITE_FOLDER]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { questionsDir } from '../src/lib/bank/bank-paths.ts';
import { commandArgs } from './lib/command-args.ts';
import { installQuestionOutputs, writeQuestionOutputs } from './lib/question-outputs.ts';
import type { RenderedBodyMessage } from '../src/lib/markdown/rendered-bodies.ts';
import { PART_SIZE } from './lib/search-index.ts';

const usage = 'usage: node scripts/question-outputs.ts [--part-size N] [--no-index] [--staging FOLDER | SITE_FOLDER]';
const args = commandArgs(process.argv.slice(2), usage, {
  options: { 'part-size': { type: 'string', default: String(PART_SIZE) }, 'no-index': { type: 'boolean', default: false }, staging: { type: 'string' } },
  allowPositionals: true,
});
if (typeof args === 'number') process.exit(args);
const partSize = Number(args.values['part-size']);
const { staging } = args.values;
if (!Number.isInteger(partSize) || partSize < 1 || args.positionals.length > 1 || (staging !== undefined && args.positionals.length > 0)) {
  console.error(usage);
  process.exit(2);
}

const started = performance.now();
const site = resolve(args.positionals[0] ?? 'dist');
// Beside the site: the same file system, so installing is renaming.
mkdirSync(dirname(site), { recursive: true });
const folder = staging === undefined ? mkdtempSync(join(dirname(site), `.${basename(site)}-outputs-`)) : resolve(staging);
try {
  // Beside `astro build` (a channel to it), the pages take the bodies rendered here (src/lib/markdown/rendered-bodies.ts).
  const sending: Promise<unknown>[] = [];
  const send = process.send?.bind(process);
  const sendBody = send && ((message: RenderedBodyMessage) => sending.push(new Promise((sent) => send(message, sent))));
  const written = await writeQuestionOutputs({ questionsDir: questionsDir(), staging: folder, index: !args.values['no-index'], partSize, sendBody });
  await Promise.all(sending);
  process.disconnect?.();
  if (staging === undefined) installQuestionOutputs(folder, site);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const index = written.parts > 0 ? `, the search index in ${written.parts} part${written.parts === 1 ? '' : 's'}` : '';
  const { done } = written;
  const stages = `bodies sent at ${done.bodies.toFixed(1)}s, exports written at ${done.exports.toFixed(1)}s${written.parts > 0 ? `, index done at ${done.index.toFixed(1)}s` : ''}`;
  console.log(`${written.questions} Markdown exports${index} (${seconds}s; ${stages})`);
} catch (error) {
  if (staging === undefined) rmSync(folder, { recursive: true, force: true });
  const { message } = error as Error;
  // Beside `astro build`, the pages still waiting for a body fail with this question's reason.
  await new Promise((sent) => (process.send ? process.send({ failed: message } satisfies RenderedBodyMessage, sent) : sent(undefined)));
  console.error(`question-outputs: ${message}`);
  process.exit(1);
}
