// Names and file formats the index, the search page and the question pages share. Kept free of
// the search code, so the browser's scripts take these values without pulling it in.
import { PAGEFIND_PATH, sitePath } from './urls.ts';

/** The `kind` filter every question record carries (src/pages/questions/[slug].astro). */
export const QUESTION_RECORD = 'question';

/** The folder of each part of the index inside the built site: `pagefind`, `pagefind-part-2`, … (the URLs below add the base path). */
export const searchPartFolder = (part: number) => (part === 1 ? 'pagefind' : `pagefind-part-${part}`);

/** The search index: Pagefind's first part, with its script, and the bank's own files beside it. */
export const SEARCH_INDEX = PAGEFIND_PATH;

/** Where the parts after the first are fetched: `/pagefind-part-2/`, … (merged in the browser with `mergeIndex`). */
export const searchPartPath = (part: number) => (part === 1 ? SEARCH_INDEX : sitePath(`/${searchPartFolder(part)}/`));

/** Written by the indexer beside Pagefind's files: how the index is split, and the taxonomy outlines use. */
export const SEARCH_MANIFEST = `${SEARCH_INDEX}bank-index.json`;

export interface SearchManifest {
  /** Every part's bundle path, the first being SEARCH_INDEX. Parts are in title order. */
  parts: string[];
  /** Competency ids, in the order outlines number them. */
  competencies: string[];
  /** The characters of a page id that name its outline shard (outlineShardChars). */
  outlineShardChars: number;
  /**
   * Names this build of the index, as Pagefind's `metaCacheTag`: Pagefind then fetches each part's
   * `pagefind-entry.json?ts=<build>`, a URL the search page can preload, instead of a new one each time.
   */
  build: string;
}

/**
 * A question's outline: its level (an index into LEVELS), its competencies (indexes into the
 * manifest's `competencies`), and the word position where each section starts, in SECTIONS order
 * (null for a section it lacks). Hit positions from a search fall in these regions, so the section
 * of every hit of every result is known without fetching the result itself.
 */
export type OutlineEntry = [level: number, competencies: number[], sectionStarts: (number | null)[]];

/**
 * Every question's page id, in title order: written by the indexer beside the manifest, and read
 * only to browse (a search with no words), which lists questions by title. Pagefind could sort by
 * a `title` sort of its own, but it keeps a sort's order in each part's metadata, which every first
 * search fetches: 12 KB of a part's 50 KB (gzipped) at 5,000 questions.
 */
export const SEARCH_TITLE_ORDER = `${SEARCH_INDEX}title-order.json`;

/**
 * How many characters of a page id's hash name its outline shard: as few as keep a shard near 1,000
 * questions or under (one up to 16,000 questions, two up to 256,000). A section search whose results
 * are spread over the bank then fetches at most 16 files at 10,000 questions rather than 256, and a
 * search with few results still fetches few.
 */
export const outlineShardChars = (questions: number): number => Math.max(1, Math.ceil(Math.log(questions / 1000) / Math.log(16)));

/** Outlines are stored in shards by the first `chars` characters of a page id's hash (SearchManifest.outlineShardChars), so a search reads only the shards of its results. */
export const outlineShard = (pageId: string, chars: number) => (pageId.split('_').at(-1) ?? pageId).slice(0, chars);

/** A shard's file: a JSON object from page id to outline (null: read the page's own record instead). */
export const outlineShardUrl = (shard: string) => `${SEARCH_INDEX}outlines/${shard}.json`;

/** The URL parameter a question page reads the words to mark from (src/scripts/search-highlight.ts). */
export const HIGHLIGHT_PARAM = 'highlight';
