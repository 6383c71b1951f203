// Builds the search index of a built site into <site>/pagefind/: every indexed page as Pagefind
// reads it, plus one record for each section of each question (see src/lib/search-index.ts).
// Usage: node scripts/build-search-index.ts [site folder, default dist]
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { pageUrl, sectionRecords } from '../src/lib/search-index.ts';

const site = resolve(process.argv[2] ?? 'dist');
const output = join(site, 'pagefind');

function fail(what: string, errors: readonly string[]): never {
  console.error(`build-search-index: ${what}:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}

const started = performance.now();
const { index, errors } = await pagefind.createIndex();
if (!index) fail('could not start Pagefind', errors);

const pages = await index.addDirectory({ path: site });
if (pages.errors.length > 0) fail(`could not index ${site}`, pages.errors);

let sections = 0;
const problems: string[] = [];
async function addSections(file: string): Promise<void> {
  const records = sectionRecords(await readFile(join(site, file), 'utf8'), pageUrl(file));
  const added = await Promise.all(records.map((record) => index!.addHTMLFile({ url: record.url, content: record.html })));
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

const written = await index.writeFiles({ outputPath: output });
if (written.errors.length > 0) fail(`could not write ${output}`, written.errors);
await pagefind.close();

const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`Search index: read ${pages.page_count} pages, added ${sections} section records, wrote ${relative(process.cwd(), output) || output} (${seconds}s)`);
