// Builds the search index of a built site: one Pagefind record per question, in parts of at most
// PART_SIZE questions indexed one after another by Pagefind's command line (the browser merges
// them with mergeIndex), plus the manifest and the question outlines the search page reads
// (see scripts/lib/search-index.ts and README, Search).
// Usage: node scripts/build-search-index.ts [--part-size N] [site folder, default dist]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { commandArgs } from './lib/command-args.ts';
import { loadTaxonomy } from '../src/lib/bank/taxonomy.ts';
import { PART_SIZE, compareTitles, fragmentOutline, gzipHeaderRules, outlineShards, preloadLinks, questionSortTitle, splitIntoParts, type IndexedFragment, type WrittenPart } from './lib/search-index.ts';
import { BASE_PATH, SEARCH_PATH } from '../src/lib/shared/urls.ts';
import { SEARCH_MANIFEST, outlineShardUrl, searchPartPath, type OutlineEntry, type SearchManifest } from '../src/lib/shared/search-records.ts';

const usage = 'usage: node scripts/build-search-index.ts [--part-size N] [SITE_FOLDER]';
const args = commandArgs(process.argv.slice(2), usage, { options: { 'part-size': { type: 'string', default: String(PART_SIZE) } }, allowPositionals: true });
if (typeof args === 'number') process.exit(args);
const partSize = Number(args.values['part-size']);
if (!Number.isInteger(partSize) || partSize < 1 || args.positionals.length > 1) {
  console.error(usage);
  process.exit(2);
}
const site = resolve(args.positionals[0] ?? 'dist');
const started = performance.now();
// Pagefind's command line, beside its Node API (lib/index.js) in the package.
const pagefindCli = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

/** Where a URL of the site (under BANK_BASE) is in the built folder, which holds the site without its base. */
const onDisk = (url: string) => join(site, url.slice(BASE_PATH.length));

function fail(message: string): never {
  console.error(`build-search-index: ${message}`);
  process.exit(1);
}

// The question pages, in title order: the pages that give Pagefind a body.
const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html') && !/^pagefind/u.test(file));
const questions = files
  .map((file) => ({ file, title: questionSortTitle(readFileSync(join(site, file), 'utf8')) }))
  .filter((page): page is { file: string; title: string } => page.title !== undefined)
  .sort((a, b) => compareTitles(a.title, b.title));
const parts = splitIntoParts(questions, partSize);

// Each part is a folder of hard links to its pages (a copy where links cannot be made), indexed by
// the CLI: it builds the index once, where Pagefind's Node API builds it twice in writeFiles().
// Parts of an earlier build that this one would not overwrite.
for (const name of readdirSync(site)) if (/^pagefind-part-\d+$/u.test(name)) rmSync(join(site, name), { recursive: true, force: true });
const staging = mkdtempSync(join(dirname(site), '.search-index-'));
const outlines: [string, OutlineEntry][] = [];
const competencies = loadTaxonomy().map((competency) => competency.id);
try {
  for (const [index, part] of parts.entries()) {
    const folder = join(staging, `part-${index + 1}`);
    for (const { file } of part) {
      mkdirSync(join(folder, dirname(file)), { recursive: true });
      try {
        linkSync(join(site, file), join(folder, file));
      } catch {
        copyFileSync(join(site, file), join(folder, file));
      }
    }
    const bundle = onDisk(searchPartPath(index + 1));
    rmSync(bundle, { recursive: true, force: true });
    const run = spawnSync(process.execPath, [pagefindCli, '--site', folder, '--output-path', bundle, '--quiet'], { encoding: 'utf8' });
    if (run.status !== 0) fail(`Pagefind could not index part ${index + 1}:\n${run.stdout}${run.stderr}`);
    rmSync(folder, { recursive: true, force: true });
    outlines.push(...partOutlines(bundle));
  }
} finally {
  rmSync(staging, { recursive: true, force: true });
}
if (outlines.length !== questions.length) fail(`indexed ${outlines.length} questions of ${questions.length}`);

const build = Date.now().toString(36);
const manifest: SearchManifest = { parts: parts.map((_, index) => searchPartPath(index + 1)), competencies, build };
writeFileSync(onDisk(SEARCH_MANIFEST), JSON.stringify(manifest));
for (const [shard, entries] of outlineShards(outlines)) {
  const file = onDisk(outlineShardUrl(shard));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(entries));
}

// Now that the files' names are known: the search page preloads what a first search needs, and the
// host's _headers (kept with whatever else it holds) serves Pagefind's gzipped files as gzip.
const written = manifest.parts.map((path): WrittenPart => ({ path, entry: JSON.parse(readFileSync(join(onDisk(path), 'pagefind-entry.json'), 'utf8')) as WrittenPart['entry'] }));
const headersFile = join(site, '_headers');
const BEGIN = '# search index: Pagefind files stored gzipped (scripts/build-search-index.ts)\n';
const END = '# end of search index\n';
const headers = existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : '';
const kept = headers.includes(BEGIN) ? headers.slice(0, headers.indexOf(BEGIN)) + headers.slice(headers.indexOf(END) + END.length) : headers;
writeFileSync(headersFile, `${kept}${kept && !kept.endsWith('\n') ? '\n' : ''}${BEGIN}${gzipHeaderRules(written)}${END}`);
const searchPage = join(onDisk(SEARCH_PATH), 'index.html');
if (existsSync(searchPage) && written.length > 0) {
  const html = readFileSync(searchPage, 'utf8').replace(/<!--search-preload-->[\s\S]*?<!--\/search-preload-->/u, '');
  writeFileSync(searchPage, html.replace('</head>', `<!--search-preload-->${preloadLinks(SEARCH_MANIFEST, build, written)}<!--/search-preload--></head>`));
}

const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`Search index: ${questions.length} questions in ${parts.length} part${parts.length === 1 ? '' : 's'}, written to ${relative(process.cwd(), onDisk(searchPartPath(1))) || site} (${seconds}s)`);

/** Each question of a written part with its outline, read back from Pagefind's fragments (single pages or groups). */
function partOutlines(bundle: string): [string, OutlineEntry][] {
  const folder = join(bundle, 'fragment');
  return readdirSync(folder).flatMap((name): [string, OutlineEntry][] => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    const json = JSON.parse(text.slice(text.indexOf('{'))) as IndexedFragment | Record<string, IndexedFragment>;
    const id = name.replace(/\.pf_fragment$/u, '');
    const fragments: [string, IndexedFragment][] = 'url' in json && typeof json.url === 'string' ? [[id, json as IndexedFragment]] : Object.entries(json as Record<string, IndexedFragment>);
    return fragments.map(([pageId, fragment]) => [pageId, fragmentOutline(fragment, competencies)]);
  });
}
