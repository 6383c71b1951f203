// Checks a built site's internal links: every link to one of its pages or files must reach it,
// and every #fragment must name an element id on that page. Fails naming the page and the link.
// Usage: npm run check:links -- [--site ORIGIN] [--base PATH] [DIR]
// (DIR defaults to dist; ORIGIN to BANK_SITE; PATH, the base path the site is published under, to BANK_BASE)
import { relative, resolve } from 'node:path';
import { readBuiltSite } from './lib/built-site.ts';
import { commandArgs } from './lib/command-args.ts';
import { findLinkProblems, formatLinkProblems, type BuiltSite } from './lib/link-check.ts';
import { siteBase, siteOrigin } from '../src/lib/bank/site.ts';
import { absoluteUrl, withBase } from '../src/lib/shared/urls.ts';

const usage = 'usage: npm run check:links -- [--site ORIGIN] [--base PATH] [DIR]';

function main(argv: string[]): number {
  const args = commandArgs(argv, usage, { allowPositionals: true, options: { site: { type: 'string' }, base: { type: 'string' } } });
  if (typeof args === 'number') return args;
  if (args.positionals.length > 1) {
    console.error(`one folder at most\n${usage}`);
    return 2;
  }
  const root = resolve(process.env['INIT_CWD'] ?? process.cwd(), args.positionals[0] ?? 'dist');
  let origin: string;
  let site: BuiltSite;
  try {
    origin = siteOrigin(args.values.site === undefined ? process.env : { BANK_SITE: args.values.site });
    // The site's root: its origin and the base path every internal link must stay under.
    origin = absoluteUrl(withBase('/', siteBase(args.values.base === undefined ? process.env : { BANK_BASE: args.values.base })), origin);
    site = readBuiltSite(root);
  } catch (error) {
    console.error(`check-links: ${(error as Error).message}`);
    return 2;
  }
  const { pages } = site;
  if (pages.size === 0) {
    console.error(`check-links: no HTML pages in ${relative(process.cwd(), root) || '.'}; build the site first`);
    return 2;
  }
  const problems = findLinkProblems(site, origin);
  const links = [...pages.values()].reduce((sum, page) => sum + new Set(page.links).size, 0);
  const scope = `${links} links on ${pages.size} pages in ${relative(process.cwd(), root) || '.'} (site ${origin})`;
  if (problems.length > 0) {
    console.error(formatLinkProblems(problems));
    const pagesWithProblems = new Set(problems.map((problem) => problem.page)).size;
    console.error(`\ncheck-links: ${problems.length} broken on ${pagesWithProblems} page${pagesWithProblems === 1 ? '' : 's'}; checked ${scope}`);
    return 1;
  }
  console.log(`check-links: every link resolves; checked ${scope}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
