// Reads a command's arguments the same way for every script: a usage error is said with the usage
// line and exits 2, `--help` (or `-h`) prints the usage and exits 0.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

/** The parsed arguments, or the exit code the command ends with when it is not to run. */
export function commandArgs<const C extends { options: Options; allowPositionals?: boolean }>(argv: string[], usage: string, config: C) {
  const full = { ...config, args: argv, strict: true as const, options: { ...config.options, ...HELP } };
  let args;
  try {
    args = parseArgs(full);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if ((args.values as { help?: boolean }).help) {
    console.log(usage);
    return 0;
  }
  return args;
}
