// Pages the linking contract promises but other issues build (competencies and levels: issue 3;
// search: issue 4). A link to one counts as pending, not broken, only while the route that will
// build it is absent from this tree; once it is merged, such links are checked like any other.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.ts';

const PENDING = [
  { prefix: '/competencies/', route: 'competencies' },
  { prefix: '/levels/', route: 'levels' },
  { prefix: '/search/', route: 'search' },
];

const routeExists = (route: string) =>
  ['', '.astro', '.md', '.mdx', '.ts'].some((ending) => existsSync(join(ROOT, 'src/pages', `${route}${ending}`)));

/** Whether a URL path is one of those pages while its route is not yet in the tree. */
export function isPendingPage(path: string): boolean {
  return PENDING.some(({ prefix, route }) => path.startsWith(prefix) && !routeExists(route));
}
