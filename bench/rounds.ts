// What the benchmarks of one step share (bench:formats, bench:export): N generated questions, R
// rounds, and each way of doing the step timed over all N, interleaved, the best round kept.
import { commandArgs } from '../scripts/lib/command-args.ts';

export interface RoundsArgs {
  count: number;
  seed: number;
  rounds: number;
}

/** `--n COUNT --seed NUMBER --rounds R`, or the exit code when the command is not to run. */
export function roundsArgs(argv: string[], usage: string, defaults: { rounds: number; minCount: number }): RoundsArgs | number {
  const args = commandArgs(argv, usage, { options: { n: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, rounds: { type: 'string', default: String(defaults.rounds) } } });
  if (typeof args === 'number') return args;
  const [count, seed, rounds] = [Number(args.values.n), Number(args.values.seed), Number(args.values.rounds)];
  if (![count, seed, rounds].every(Number.isInteger) || count < defaults.minCount || rounds < 1) {
    console.error(usage);
    return 2;
  }
  return { count, seed, rounds };
}

/**
 * The best time in milliseconds of each way, over `rounds` rounds. Interleaved, so that a burst of
 * load on a shared machine falls on every way alike.
 */
export function bestOfRounds(rounds: number, ways: Record<string, () => void>): Map<string, number> {
  const best = new Map<string, number>();
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, run] of Object.entries(ways)) {
      const started = performance.now();
      run();
      best.set(name, Math.min(best.get(name) ?? Infinity, performance.now() - started));
    }
  }
  return best;
}
