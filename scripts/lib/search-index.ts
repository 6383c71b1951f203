// What the search index is built from: how the questions are split into
// parts that Pagefind indexes one after another, and the outline of each question (its level,
// competencies and where each section starts) that lets the browser narrow a search to a section.
import { LEVELS } from '../../src/lib/shared/vocabulary.ts';
import { SECTIONS } from '../../src/lib/shared/sections.ts';
import { outlineShard, type OutlineEntry } from '../../src/lib/shared/search-records.ts';

/**
 * Questions per part. Pagefind holds every page's word map until it writes a bundle: parts of
 * 2,500 peaked at 0.8 GB, so 5,000 stay near 1.6 GB, under the 2 GB budget at any bank size.
 * Parts cost a first search bytes: each part answers a word with an index chunk of its own, of
 * much the same size whatever the part's size, so the parts are as large as memory allows.
 */
export const PART_SIZE = 5000;

/**
 * Splits `items` (already in order) into the fewest parts of at most `maxSize`, as even as can be:
 * 10,000 questions in parts of at most 3,000 make four parts of 2,500.
 */
export function splitIntoParts<T>(items: readonly T[], maxSize: number): T[][] {
  if (items.length === 0) return [];
  const count = Math.ceil(items.length / maxSize);
  const size = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, index) => items.slice(index * size, (index + 1) * size)).filter((part) => part.length > 0);
}

/** The part of a Pagefind fragment (one indexed page) that an outline is read from. */
export interface IndexedFragment {
  url: string;
  filters: Record<string, string[] | undefined>;
  anchors: { id: string; location: number }[];
}

/**
 * A question's outline from its fragment: its level and competencies (as indexes into LEVELS and
 * `competencies`) and the word position where each section starts (null for a section it lacks),
 * in the numbering of the hit positions a search returns.
 */
export function fragmentOutline(fragment: IndexedFragment, competencies: readonly string[]): OutlineEntry {
  const level = LEVELS.findIndex((entry) => entry.id === fragment.filters['level']?.[0]);
  const competency = (fragment.filters['competency'] ?? []).map((id) => competencies.indexOf(id)).filter((index) => index >= 0);
  const starts = SECTIONS.map((section) => fragment.anchors.find((anchor) => anchor.id === section.id)?.location ?? null);
  return [level, competency, starts];
}

/**
 * The outlines of every question, in shards by the first `chars` characters of the page id (see `outlineShard`), ready to be written
 * as one JSON file each. A page id that two parts share (Pagefind names a page by a short hash of
 * its content, per part) maps to null: the browser then reads that question's own fragment.
 */
export function outlineShards(outlines: Iterable<[id: string, outline: OutlineEntry]>, chars: number): Map<string, Record<string, OutlineEntry | null>> {
  const shards = new Map<string, Record<string, OutlineEntry | null>>();
  for (const [id, outline] of outlines) {
    const shard = outlineShard(id, chars);
    const entries = shards.get(shard) ?? {};
    entries[id] = id in entries ? null : outline;
    shards.set(shard, entries);
  }
  return shards;
}

/** One written part of the index: its path on the site and its `pagefind-entry.json`. */
export interface WrittenPart {
  path: string;
  entry: { languages: Record<string, { hash: string; wasm?: string }> };
}

/**
 * The `<link>` elements that let the search page fetch what every first search needs while the
 * page itself loads: Pagefind's script, the manifest, each part's entry file and page metadata,
 * and the WebAssembly (once, from the first part). URLs are as Pagefind asks for them, so the
 * preloaded responses are the ones it uses.
 */
export function preloadLinks(manifestUrl: string, build: string, parts: readonly WrittenPart[]): string {
  const fetchLink = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`;
  const [first] = parts;
  if (!first) return '';
  const language = Object.keys(first.entry.languages)[0];
  const links = [`<link rel="modulepreload" href="${first.path}pagefind.js">`, fetchLink(manifestUrl)];
  for (const part of parts) {
    links.push(fetchLink(`${part.path}pagefind-entry.json?ts=${encodeURIComponent(build)}`));
    const meta = language ? part.entry.languages[language]?.hash : undefined;
    if (meta) links.push(fetchLink(`${part.path}pagefind.${meta}.pf_meta`));
  }
  const wasm = language ? first.entry.languages[language]?.wasm : undefined;
  if (wasm) links.push(fetchLink(`${first.path}wasm.${wasm}.pagefind`));
  return links.join('');
}

/** Pagefind's files that it writes gzipped: served as they are, with `Content-Encoding: gzip`, the browser unpacks them natively. */
export const PAGEFIND_GZIPPED = /\.(?:pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/u;

/**
 * Rules for a static host's `_headers` file (Netlify, Cloudflare Pages): each part's gzipped files
 * are served with `Content-Encoding: gzip`, so the browser unpacks them while they download,
 * instead of Pagefind's script doing it after. Whole folders by splat; the files beside them by name.
 */
export function gzipHeaderRules(parts: readonly WrittenPart[]): string {
  const rule = (path: string) => `${path}\n  Content-Encoding: gzip\n`;
  return parts
    .flatMap((part) => {
      const names = Object.values(part.entry.languages).flatMap((language) => [`pagefind.${language.hash}.pf_meta`, ...(language.wasm ? [`wasm.${language.wasm}.pagefind`] : [])]);
      return [...['index', 'fragment', 'filter'].map((folder) => `${part.path}${folder}/*`), ...names.map((name) => `${part.path}${name}`)].map(rule);
    })
    .join('');
}
