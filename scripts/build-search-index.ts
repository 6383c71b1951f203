// Builds the search index of a built site as two Pagefind bundles: <site>/pagefind/, every indexed
// page as Pagefind reads it, and <site>/pagefind-sections/, one record for each section of each
// question (see scripts/lib/search-index.ts), fetched only by a search narrowed to a section.
// Usage: node scripts/build-search-index.ts [site folder, default dist]
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { fileUrlPath } from '../src/lib/shared/urls.ts';
import { sectionRecords } from './lib/search-index.ts';
import { QUESTION_RECORD, SEARCH_BUNDLES, SECTION_RECORD } from '../src/lib/shared/search-records.ts';

const site = resolve(process.argv[2] ?? 'dist');
const bundlePath = (kind: keyof typeof SEARCH_BUNDLES) => join(site, SEARCH_BUNDLES[kind]);

function fail(what: string, errors: readonly string[]): never {
  console.error(`build-search-index: ${what}:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) fail('could not start Pagefind', errors);
  return index;
}

/** Writes a bundle and lets Pagefind free the index, so that only one is held at a time. */
async function writeBundle(index: pagefind.PagefindIndex, output: string): Promise<void> {
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) fail(`could not write ${output}`, written.errors);
  await index.deleteIndex();
}

const started = performance.now();
const questions = await newIndex();
const pages = await questions.addDirectory({ path: site });
if (pages.errors.length > 0) fail(`could not index ${site}`, pages.errors);
await writeBundle(questions, bundlePath(QUESTION_RECORD));

const index = await newIndex();

let sections = 0;
const problems: string[] = [];
async function addSections(file: string): Promise<void> {
  const records = sectionRecords(await readFile(join(site, file), 'utf8'), fileUrlPath(file));
  const added = await Promise.all(records.map((record) => index.addHTMLFile({ url: record.url, content: record.html })));
  problems.push(...added.flatMap((result) => result.errors.map((error) => `${file}: ${error}`)));
  sections += records.length;
}

// Pagefind indexes in its own process and each record is a round trip to it: many pages in
// flight keep it busy (16 left it idle a third of the time, measured on 500 questions) without
// holding every page of a large bank in memory at once.
const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
const inFlight = new Set<Promise<void>>();
for (const file of files) {
  const task: Promise<void> = addSections(file).finally(() => inFlight.delete(task));
  inFlight.add(task);
  if (inFlight.size >= 128) await Promise.race(inFlight);
}
await Promise.all(inFlight);
if (problems.length > 0) fail('could not index the sections of every question', problems);

await writeBundle(index, bundlePath(SECTION_RECORD));
await pagefind.close();

const seconds = ((performance.now() - started) / 1000).toFixed(2);
const written = ([QUESTION_RECORD, SECTION_RECORD] as const).map((kind) => relative(process.cwd(), bundlePath(kind)) || bundlePath(kind));
console.log(`Search index: read ${pages.page_count} pages, added ${sections} section records, wrote ${written.join(' and ')} (${seconds}s)`);
