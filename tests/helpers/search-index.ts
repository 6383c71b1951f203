// Reads the records of a built Pagefind index back, as the browser would receive them.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SEARCH_INDEX, SEARCH_MANIFEST, SEARCH_TITLE_ORDER, outlineShard, outlineShardUrl, type OutlineEntry, type SearchManifest } from '../../src/lib/shared/search-records.ts';
import { FIXTURE_TAXONOMY_FILE, ROOT } from './build.ts';

export interface IndexedRecord {
  url: string;
  /** The text Pagefind indexed, which excerpts are cut from. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; location: number }[];
}

/** Every record of a built site's search index, over all its parts: each fragment file is a gzipped signature and JSON. */
export function indexedRecords(dist: string): IndexedRecord[] {
  return searchManifest(dist).parts.flatMap((path) => bundleRecords(join(dist, path)));
}

/** The manifest the indexer writes beside Pagefind's files: the parts, and the competencies outlines number. */
export function searchManifest(dist: string): SearchManifest {
  return JSON.parse(readFileSync(join(dist, SEARCH_MANIFEST), 'utf8')) as SearchManifest;
}

/** A fragment file's JSON text: gzipped, after Pagefind's signature. */
function fragmentText(file: string): string {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  return text.slice(text.indexOf('{'));
}

/** The records of one Pagefind bundle (one part of the index). */
export function bundleRecords(bundle: string): IndexedRecord[] {
  const folder = join(bundle, 'fragment');
  return readdirSync(folder).map((file) => JSON.parse(fragmentText(join(folder, file))) as IndexedRecord);
}

/** The titles of the questions the indexer's title order lists, in its order, read from each page id's record in whichever part holds it. */
export function titleOrder(dist: string): string[] {
  const parts = searchManifest(dist).parts;
  const ids = JSON.parse(readFileSync(join(dist, SEARCH_TITLE_ORDER), 'utf8')) as string[];
  return ids.map((id) => {
    const part = parts.find((path) => readdirSync(join(dist, path, 'fragment')).includes(`${id}.pf_fragment`));
    if (!part) throw new Error(`no record of ${id} in ${dist}`);
    return (JSON.parse(fragmentText(join(dist, part, 'fragment', `${id}.pf_fragment`))) as IndexedRecord).meta['title']!;
  });
}

/** The outline the indexer wrote for the question at `url`: its page id and the stored entry. */
export function pageOutline(dist: string, url: string): [string, OutlineEntry] {
  const folder = join(dist, SEARCH_INDEX, 'fragment');
  const file = readdirSync(folder).find((name) => (JSON.parse(fragmentText(join(folder, name))) as IndexedRecord).url === url);
  if (!file) throw new Error(`no record of ${url} in ${folder}`);
  const id = file.replace(/\.pf_fragment$/u, '');
  const shard = JSON.parse(readFileSync(join(dist, outlineShardUrl(outlineShard(id, searchManifest(dist).outlineShardChars))), 'utf8')) as Record<string, OutlineEntry>;
  return [id, shard[id]!];
}

/** Indexes the questions of `questionsDir` again into their built site, with the indexer's options (`--part-size 1`). */
export function indexSite(dist: string, questionsDir: string, ...options: string[]): { ok: boolean; output: string } {
  const env = { ...process.env, BANK_QUESTIONS_DIR: questionsDir, BANK_TAXONOMY: FIXTURE_TAXONOMY_FILE };
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/question-outputs.ts'), ...options, dist], { cwd: ROOT, env, encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** Runs Pagefind's command line, as the build does for each part, over a folder of record pages; gives the bundle's folder. */
export function pagefindFolder(site: string): { ok: boolean; output: string; bundle: string } {
  const bundle = join(site, 'pagefind');
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', site, '--output-path', bundle, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`, bundle };
}
