// The files the build makes from the question files themselves rather than through Astro: each
// question's Markdown export (/questions/<slug>.md) and the search index. They are written into a
// staging folder while Astro renders the pages, on the machine's other core, then moved into the
// built site (installQuestionOutputs) once Astro is done. See README, Performance.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readFrontmatter } from '../../src/lib/bank/frontmatter.ts';
import { PROJECT_ROOT } from '../../src/lib/bank/bank-paths.ts';
import { searchRecordHtml } from '../../src/lib/bank/search-record.ts';
import { siteOrigin } from '../../src/lib/bank/site.ts';
import { loadTaxonomy } from '../../src/lib/bank/taxonomy.ts';
import { questionExport } from '../../src/lib/markdown/markdown-export.ts';
import { parseQuestionBody, questionBodyHtml, questionFormat } from '../../src/lib/markdown/question-markdown.ts';
import { questionDigest, type RenderedBodyMessage } from '../../src/lib/markdown/rendered-bodies.ts';
import { SEARCH_MANIFEST, SEARCH_TITLE_ORDER, outlineShardChars, outlineShardUrl, searchPartFolder, searchPartPath, type OutlineEntry, type SearchManifest } from '../../src/lib/shared/search-records.ts';
import { BASE_PATH, SEARCH_PATH, questionMarkdownPath, questionPath } from '../../src/lib/shared/urls.ts';
import { compareTitles } from '../../src/lib/shared/browse.ts';
import { createQuestionSchema } from '../../src/schemas/question.ts';
import { questionFiles } from './check-content.ts';
import { fragmentOutline, gzipHeaderRules, outlineShards, preloadLinks, splitIntoParts, type IndexedFragment, type WrittenPart } from './search-index.ts';

export interface QuestionOutputOptions {
  /** The question files (BANK_QUESTIONS_DIR). */
  questionsDir: string;
  /** An empty folder: `site/` in it mirrors the built site's new files, `records/` is Pagefind's input. */
  staging: string;
  /** Whether to build the search index (the exports are always written). */
  index: boolean;
  /** Questions per part of the index (PART_SIZE). */
  partSize: number;
  /** Given every rendered body, then the end, for the pages (src/lib/markdown/rendered-bodies.ts). */
  sendBody?: ((message: RenderedBodyMessage) => void) | undefined;
}

export interface QuestionOutputs {
  questions: number;
  /** Parts of the index; 0 without an index. */
  parts: number;
  /** When each stage was done, in seconds from the start: where the build's time goes. */
  done: { bodies: number; exports: number; index: number };
}

/** Where a URL of the site (under BANK_BASE) is in a folder that holds the site without its base. */
const onDisk = (folder: string, url: string) => join(folder, url.slice(BASE_PATH.length));

/**
 * Writes every question's export and, when asked, the search index into `staging`. A question
 * the build refuses throws its `file:line: reason`; Astro's build says the same of it.
 *
 * In this order, for the build's sake: the questions are taken in title order, the order the
 * index's parts are cut in and about the order the pages ask for their bodies. Each body is parsed
 * once: its HTML is sent to the pages (rendered-bodies.ts) and kept for the index, then its export
 * is written from the same tree. Pagefind indexes each part in its own process while the next part
 * renders, so the index does not wait for the last body. Files are written asynchronously, so the
 * file system works on libuv's threads while this one renders.
 */
export async function writeQuestionOutputs(options: QuestionOutputOptions): Promise<QuestionOutputs> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  // The taxonomy the pages bundle: content/competencies.yaml, or the one BANK_TAXONOMY names.
  const taxonomy = loadTaxonomy();
  const names = new Map(taxonomy.map((competency) => [competency.id, competency.name]));
  const schema = createQuestionSchema(taxonomy);
  const site = join(options.staging, 'site');
  const origin = siteOrigin();
  // The folders made so far: every export of a bank shares one, every record's page is in one.
  const folders = new Set<string>();
  const folderFor = (file: string) => {
    const folder = dirname(file);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    return file;
  };

  const questions = questionFiles(options.questionsDir).files.map((name) => {
    const path = join(options.questionsDir, name);
    // Named as the build's loader names it: relative to the project.
    const file = relative(PROJECT_ROOT, path).split(sep).join('/');
    const text = readFileSync(path, 'utf8');
    const { frontmatter, content } = readFrontmatter(text, file);
    const parsed = schema.safeParse(frontmatter);
    if (!parsed.success) throw new Error(`${file}: the frontmatter does not match the question schema`);
    return { file, digest: questionDigest(text), data: parsed.data, body: content.trimEnd(), format: questionFormat(file, parsed.data) };
  });
  // In the bank's title order, the order Astro renders the pages in: each page finds its body sent.
  questions.sort((a, b) => compareTitles(a.data.title, b.data.title));

  const indexer = options.index ? partIndexer(options.staging, site, taxonomy.map((competency) => competency.id), folderFor) : undefined;
  const writing: Promise<void>[] = [];
  try {
    for (const part of splitIntoParts(questions, options.partSize)) {
      const records: SearchRecord[] = [];
      for (const { file, digest, data, body, format } of part) {
        const { tree, headings } = parseQuestionBody(body, file, format);
        if (options.sendBody || indexer) {
          const bodyHtml = questionBodyHtml(tree);
          if (options.sendBody) {
            options.sendBody({ file, digest, html: bodyHtml, headings });
            // A message leaves only when the event loop turns.
            await new Promise(setImmediate);
          }
          if (indexer) {
            const competencies = data.competencies.map((id) => ({ id, name: names.get(id) ?? id }));
            const prompt = data.question.split(/\n\s*\n/u);
            records.push({ slug: data.slug, html: searchRecordHtml({ title: data.title, level: data.level, competencies, prompt, bodyHtml }) });
          }
        }
        // After the HTML: the export makes the tree's links absolute.
        writing.push(writeFile(folderFor(onDisk(site, questionMarkdownPath(data.slug))), questionExport(data, tree, origin, (id) => names.get(id) ?? id)));
      }
      indexer?.index(records);
    }
    options.sendBody?.({ end: true });
    const bodies = seconds();
    await Promise.all(writing);
    const exports = seconds();
    const parts = indexer ? await indexer.done(questions.length) : 0;
    return { questions: questions.length, parts, done: { bodies, exports, index: seconds() } };
  } catch (error) {
    indexer?.stop();
    // Writes still under way settle on their own; their failure is not this one's.
    for (const write of writing) write.catch(() => {});
    throw error;
  }
}

interface SearchRecord {
  slug: string;
  html: string;
}

/**
 * Pagefind runs at the same time at most. One Pagefind process keeps about 1.4 of the machine's
 * two cores busy, so when the pages are done and the last part is still being indexed, a second
 * part beside it uses the other core; each part stays under the 2 GB a process may take.
 */
const PARTS_AT_ONCE = 2;

/**
 * Has Pagefind index the parts of the index as they are handed over, each in its own process
 * as soon as its records are written, `PARTS_AT_ONCE` at a time: `index` writes a part's records
 * (handed over in title order) and starts or queues it; `done` waits for every part, writes the
 * outlines, the title order and the manifest, and gives the number of parts.
 */
function partIndexer(staging: string, site: string, competencyIds: string[], folderFor: (file: string) => string): { index: (records: SearchRecord[]) => void; done: (questions: number) => Promise<number>; stop: () => void } {
  // Pagefind's command line, beside its Node API (lib/index.js) in the package: it builds each
  // part once, where the Node API builds it twice in writeFiles().
  const pagefindCli = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');
  const running = new Set<ChildProcess>();
  const indexPart = (folder: string, number: number) =>
    new Promise<void>((resolve, reject) => {
      const bundle = join(site, searchPartFolder(number));
      const child = spawn(process.execPath, [pagefindCli, '--site', folder, '--output-path', bundle, '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
      running.add(child);
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => {
        running.delete(child);
        if (code !== 0) reject(new Error(`Pagefind could not index part ${number}:\n${output}`));
        else resolve();
      });
    });
  // Each part's outlines, in part order, whichever part finishes first.
  const outlines: IndexedPage[][] = [];
  // Each record's place in title order, by the URL Pagefind gives its page.
  const titleRank = new Map<string, number>();
  const indexing: Promise<void>[] = [];
  let stopped = false;
  return {
    index: (records) => {
      const number = indexing.length + 1;
      const folder = join(staging, 'records', `part-${number}`);
      const written = Promise.all(
        records.map(async (record) => {
          const page = folderFor(onDisk(folder, questionPath(record.slug)));
          titleRank.set(`/${relative(folder, page).split(sep).join('/')}/`, titleRank.size);
          await mkdir(page);
          await writeFile(join(page, 'index.html'), record.html);
        }),
      );
      // A part starts when its records are written and a part PARTS_AT_ONCE before it is done.
      const before = indexing[number - 1 - PARTS_AT_ONCE] ?? Promise.resolve();
      const part = Promise.all([written, before]).then(async () => {
        if (stopped) return;
        await indexPart(folder, number);
        outlines[number - 1] = partOutlines(join(site, searchPartFolder(number)), competencyIds);
        await rm(folder, { recursive: true, force: true });
      });
      // done() reports a part that fails; until then its rejection is held, not unhandled.
      part.catch(() => {});
      indexing.push(part);
    },
    done: async (questions) => {
      await Promise.all(indexing);
      const all = outlines.flat();
      if (all.length !== questions) throw new Error(`indexed ${all.length} questions of ${questions}`);
      const rank = (page: IndexedPage) => titleRank.get(page.url) ?? titleRank.size;
      writeFileSync(onDisk(site, SEARCH_TITLE_ORDER), JSON.stringify([...all].sort((a, b) => rank(a) - rank(b)).map((page) => page.id)));
      const shardChars = outlineShardChars(all.length);
      const manifest: SearchManifest = { parts: indexing.map((_, index) => searchPartPath(index + 1)), competencies: competencyIds, outlineShardChars: shardChars, build: Date.now().toString(36) };
      writeFileSync(onDisk(site, SEARCH_MANIFEST), JSON.stringify(manifest));
      for (const [shard, entries] of outlineShards(all.map((page): [string, OutlineEntry] => [page.id, page.outline]), shardChars)) {
        const file = onDisk(site, outlineShardUrl(shard));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(entries));
      }
      return indexing.length;
    },
    // What they say after being stopped is nobody's concern.
    stop: () => {
      stopped = true;
      for (const child of running) child.kill('SIGKILL');
    },
  };
}

/** A question as Pagefind indexed it: its page id, its page's URL in the part, its outline. */
interface IndexedPage {
  id: string;
  url: string;
  outline: OutlineEntry;
}

/** Each question of a written part with its outline, read back from Pagefind's fragments (single pages or groups). */
function partOutlines(bundle: string, competencies: readonly string[]): IndexedPage[] {
  const folder = join(bundle, 'fragment');
  return readdirSync(folder).flatMap((name): IndexedPage[] => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    const json = JSON.parse(text.slice(text.indexOf('{'))) as IndexedFragment | Record<string, IndexedFragment>;
    const id = name.replace(/\.pf_fragment$/u, '');
    const fragments: [string, IndexedFragment][] = 'url' in json && typeof json.url === 'string' ? [[id, json as IndexedFragment]] : Object.entries(json as Record<string, IndexedFragment>);
    return fragments.map(([pageId, fragment]) => ({ id: pageId, url: fragment.url, outline: fragmentOutline(fragment, competencies) }));
  });
}

/** A part's folder of the index, which replaces the one an earlier build left rather than mixing with it. */
const INDEX_PART = /^pagefind(?:-part-\d+)?$/u;

/** Moves `from`'s files into `to`, folder by folder, replacing what is there. */
function moveInto(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (statSync(source).isDirectory() && !INDEX_PART.test(name)) {
      moveInto(source, target);
      continue;
    }
    rmSync(target, { recursive: true, force: true });
    renameSync(source, target);
  }
}

const HEADERS_BEGIN = '# search index: Pagefind files stored gzipped (scripts/lib/question-outputs.ts)\n';
const HEADERS_END = '# end of search index\n';

/**
 * Puts what writeQuestionOutputs staged into the built `site` and removes the staging folder. With
 * an index, the host's _headers (kept with whatever else it holds) serves Pagefind's gzipped files
 * as gzip, and the search page preloads what a first search needs, now that their names are known.
 */
export function installQuestionOutputs(staging: string, site: string): void {
  const staged = join(staging, 'site');
  const manifestFile = onDisk(staged, SEARCH_MANIFEST);
  const indexed = existsSync(manifestFile);
  // The parts of an earlier, larger index would linger beside this one's.
  if (indexed) for (const name of readdirSync(site)) if (INDEX_PART.test(name)) rmSync(join(site, name), { recursive: true, force: true });
  moveInto(staged, site);
  rmSync(staging, { recursive: true, force: true });
  if (!indexed) return;

  const manifest = JSON.parse(readFileSync(onDisk(site, SEARCH_MANIFEST), 'utf8')) as SearchManifest;
  const written = manifest.parts.map((path): WrittenPart => ({ path, entry: JSON.parse(readFileSync(join(onDisk(site, path), 'pagefind-entry.json'), 'utf8')) as WrittenPart['entry'] }));
  const headersFile = join(site, '_headers');
  const headers = existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : '';
  const kept = headers.includes(HEADERS_BEGIN) ? headers.slice(0, headers.indexOf(HEADERS_BEGIN)) + headers.slice(headers.indexOf(HEADERS_END) + HEADERS_END.length) : headers;
  writeFileSync(headersFile, `${kept}${kept && !kept.endsWith('\n') ? '\n' : ''}${HEADERS_BEGIN}${gzipHeaderRules(written)}${HEADERS_END}`);
  const searchPage = join(onDisk(site, SEARCH_PATH), 'index.html');
  if (existsSync(searchPage) && written.length > 0) {
    const html = readFileSync(searchPage, 'utf8').replace(/<!--search-preload-->[\s\S]*?<!--\/search-preload-->/u, '');
    writeFileSync(searchPage, html.replace('</head>', `<!--search-preload-->${preloadLinks(SEARCH_MANIFEST, manifest.build, written)}<!--/search-preload--></head>`));
  }
}
