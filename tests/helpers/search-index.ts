// Reads the records of a built Pagefind index back, as the browser would receive them.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SEARCH_BUNDLES } from '../../src/lib/shared/search-records.ts';
import { ROOT } from './build.ts';

export interface IndexedRecord {
  url: string;
  /** The text Pagefind indexed, which excerpts are cut from. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; title?: string; location: number }[];
}

/**
 * Every record of a built site's search bundles (`<dist>/pagefind` for questions and pages,
 * `<dist>/pagefind-sections` for sections), or of one: each fragment file is a gzipped signature and JSON.
 */
export function indexedRecords(dist: string, bundle?: (typeof SEARCH_BUNDLES)[keyof typeof SEARCH_BUNDLES]): IndexedRecord[] {
  return (bundle ? [bundle] : Object.values(SEARCH_BUNDLES)).flatMap((path) => bundleRecords(join(dist, path)));
}

function bundleRecords(bundle: string): IndexedRecord[] {
  const folder = join(bundle, 'fragment');
  return readdirSync(folder).map((file) => {
    const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as IndexedRecord;
  });
}

/** Runs the build's indexer over an already built site folder. */
export function indexSite(dist: string): { ok: boolean; output: string } {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build-search-index.ts'), dist], { cwd: ROOT, encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}
