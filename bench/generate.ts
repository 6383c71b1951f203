// Writes synthetic question documents in the seeds' plain-text format: the benchmark's test data.
// Usage: npm run generate -- --n 1000 --seed 1 --out DIR
// The same --n and --seed always give the same files, byte for byte.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { commandArgs } from '../scripts/lib/command-args.ts';
import { syntheticDocuments } from './synthetic-question.ts';
import { loadTaxonomy } from '../src/lib/bank/taxonomy.ts';

const usage = 'usage: npm run generate -- --n COUNT [--seed NUMBER] --out DIR';

function main(argv: string[]): number {
  const args = commandArgs(argv, usage, {
    options: { n: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
  });
  if (typeof args === 'number') return args;
  const { values } = args;
  const count = Number(values.n);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || values.out === undefined) {
    console.error(usage);
    return 2;
  }
  const out = resolve(process.env['INIT_CWD'] ?? process.cwd(), values.out);
  // Never mix two generations: a folder with documents in it already is refused.
  if (existsSync(out) && readdirSync(out).some((name) => name.endsWith('.txt'))) {
    console.error(`${values.out} already holds .txt documents; give an empty or new folder`);
    return 1;
  }
  mkdirSync(out, { recursive: true });
  for (const document of syntheticDocuments(count, seed, loadTaxonomy())) writeFileSync(join(out, document.name), document.text);
  console.log(`wrote ${count} documents (seed ${seed}) to ${values.out}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
