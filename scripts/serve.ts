// Serves the built bank (dist/) as a static host would, under its base path: `npm start`.
// Usage: npm run serve -- [--port N] [--host H] [DIR]   (DIR defaults to dist; the base is BANK_BASE)
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { commandArgs } from './lib/command-args.ts';
import { serveSite } from './lib/static-server.ts';
import { siteBase } from '../src/lib/bank/site.ts';

const usage = 'usage: npm run serve -- [--port N] [--host H] [DIR]';

async function main(argv: string[]): Promise<number | undefined> {
  const args = commandArgs(argv, usage, {
    allowPositionals: true,
    options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: 'localhost' } },
  });
  if (typeof args === 'number') return args;
  const port = Number(args.values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || args.positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  const dist = resolve(process.env['INIT_CWD'] ?? process.cwd(), args.positionals[0] ?? 'dist');
  let base: string;
  try {
    base = siteBase();
  } catch (error) {
    console.error(`serve: ${(error as Error).message}`);
    return 2;
  }
  if (!existsSync(resolve(dist, 'index.html'))) {
    console.error(`serve: no built bank in ${relative(process.cwd(), dist) || '.'}; run npm run build first`);
    return 2;
  }
  try {
    const server = await serveSite(dist, { base, port, host: args.values.host });
    console.log(`Serving ${relative(process.cwd(), dist) || '.'} at ${server.home} (Ctrl-C stops)`);
  } catch (error) {
    console.error(`serve: ${(error as Error).message}`);
    return 1;
  }
  return undefined;
}

const code = await main(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
