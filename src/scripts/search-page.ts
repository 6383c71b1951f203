// The /search/ page in the browser: keeps the form, the address bar and the results in step.
// The state lives in the URL; Pagefind (from the site's own /pagefind/) is loaded on arrival.
import { featuredHits, questionResult, recordOutline, type Excerpt, type QuestionResult, type RecordData } from '../lib/shared/search-results.ts';
import {
  NO_PART,
  PART_FILTER,
  facetCounts,
  inTitleOrder,
  looseParts,
  narrowResults,
  parseSearchState,
  readOutline,
  resultSummary,
  searchPlan,
  searchStateUrl,
  type FacetCounts,
  type FilterCounts,
  type PagefindQuery,
  type QuestionOutline,
  type SearchState,
  type SearchVocabulary,
} from '../lib/shared/search-state.ts';
import { SEARCH_INDEX, SEARCH_MANIFEST, SEARCH_TITLE_ORDER, outlineShard, outlineShardUrl, type OutlineEntry, type SearchManifest } from '../lib/shared/search-records.ts';
import { sectionTitle } from '../lib/shared/sections.ts';
import { levelName, type LevelId } from '../lib/shared/vocabulary.ts';

interface PagefindResult {
  id: string;
  words: number[];
  data(): Promise<RecordData>;
}

interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
  /** The counts over every page holding the words, whatever the filters. */
  totalFilters: FilterCounts;
}

/** A filter Pagefind adds to every page of an index it loads: here, which part of the index a page is in. */
type MergeFilter = Record<string, string>;

interface PagefindInstance {
  mergeIndex(path: string, options: { metaCacheTag: string; mergeFilter: MergeFilter }): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: Omit<PagefindQuery, 'term'>): Promise<PagefindResponse>;
}

interface PagefindModule {
  createInstance(options: { basePath: string; noWorker: boolean; metaCacheTag: string; mergeFilter: MergeFilter }): PagefindInstance;
}

/** Questions shown at first, and added by each "Show more". */
const PAGE_SIZE = 10;
/** At most this many sections get an excerpt under a question; further ones are listed as links. */
const HITS_WITH_EXCERPT = 3;
/** Typing pauses this long before a search runs, so a word typed quickly is searched once. */
const TYPING_PAUSE_MS = 100;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const hint = document.querySelector<HTMLElement>('[data-search-hint]')!;
const filters = document.querySelector<HTMLDetailsElement>('[data-search-filters]')!;

const optionsOf = (name: string) => [...filters.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
const vocabulary: SearchVocabulary = {
  competencies: optionsOf('competency').map((option) => option.value),
  levels: optionsOf('level').map((option) => option.value).filter(Boolean),
  sections: optionsOf('section').map((option) => option.value).filter(Boolean),
};
const sectionName = (id: string) => sectionTitle(id) ?? id;

/**
 * What a Pagefind instance is for. Once its filter data is loaded, Pagefind counts every filter
 * value over every result of every search: at 10,000 questions that makes a search take 0.4–1.3 s
 * instead of 40–60 ms. So results come from an instance that never loads it, and the counts beside
 * the filters from a second instance, after the results are on screen.
 */
type Purpose = 'results' | 'counts';
const instances = new Map<Purpose, Promise<PagefindInstance>>();
/** How the index is split, fetched once, with the Pagefind script, as the page starts. */
const manifest: Promise<SearchManifest> = fetch(SEARCH_MANIFEST).then((response) => {
  if (!response.ok) throw new Error(`${response.status} fetching ${SEARCH_MANIFEST}`);
  return response.json() as Promise<SearchManifest>;
});
// Awaited by every search; a failure is reported there, as "Search is not available".
manifest.catch(() => undefined);
const pagefindModule = import(/* @vite-ignore */ `${SEARCH_INDEX}pagefind.js`) as Promise<PagefindModule>;

/**
 * A Pagefind instance over every part of the index, loaded on first use. It runs on the page's
 * own thread (`noWorker`): starting Pagefind's worker costs a first search more than the worker saves.
 */
function loadPagefind(purpose: Purpose): Promise<PagefindInstance> {
  let instance = instances.get(purpose);
  if (!instance) {
    instance = (async () => {
      const { parts, build } = await manifest;
      // Each page is filed under its part (PART_FILTER), so that a search can count each part's pages.
      const part = (index: number) => ({ [PART_FILTER]: String(index + 1) });
      const pagefind = (await pagefindModule).createInstance({ basePath: SEARCH_INDEX, noWorker: true, metaCacheTag: build, mergeFilter: part(0) });
      for (const [index, path] of parts.entries()) if (index > 0) await pagefind.mergeIndex(path, { metaCacheTag: build, mergeFilter: part(index) });
      if (purpose === 'counts') await pagefind.filters();
      return pagefind;
    })();
    instances.set(purpose, instance);
  }
  return instance;
}

/** Every question's page id in title order, fetched the first time the page browses (a search with no words). */
let titleOrder: Promise<string[]> | undefined;
function questionsByTitle(): Promise<string[]> {
  titleOrder ??= fetch(SEARCH_TITLE_ORDER).then((response) => {
    if (!response.ok) throw new Error(`${response.status} fetching ${SEARCH_TITLE_ORDER}`);
    return response.json() as Promise<string[]>;
  });
  // A failed fetch is tried again by the next browse.
  titleOrder.catch(() => (titleOrder = undefined));
  return titleOrder;
}

/** Outline shards, each fetched once. */
const shards = new Map<string, Promise<Record<string, OutlineEntry | null>>>();

/** The outline of every result, from the shards its page ids fall in; a page without a stored outline is read from its record. */
async function outlines(results: readonly PagefindResult[]): Promise<Map<PagefindResult, QuestionOutline>> {
  const { competencies, outlineShardChars } = await manifest;
  const shardOf = (id: string) => {
    const name = outlineShard(id, outlineShardChars);
    let shard = shards.get(name);
    if (!shard) {
      shard = fetch(outlineShardUrl(name)).then((response) => (response.ok ? (response.json() as Promise<Record<string, OutlineEntry | null>>) : {}));
      shards.set(name, shard);
    }
    return shard;
  };
  const found = await Promise.all(
    results.map(async (result): Promise<[PagefindResult, QuestionOutline]> => {
      const entry = (await shardOf(result.id))[result.id];
      return [result, entry ? readOutline(entry, competencies) : recordOutline(await result.data())];
    }),
  );
  return new Map(found);
}

function formState(): SearchState {
  const params = new URLSearchParams();
  // FormData includes the filters, which join the form through their form attribute.
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return parseSearchState(params, vocabulary);
}

function showState(state: SearchState): void {
  input.value = state.query;
  for (const option of optionsOf('competency')) option.checked = state.competencies.includes(option.value);
  for (const option of optionsOf('level')) option.checked = option.value === (state.level ?? '');
  for (const option of optionsOf('section')) option.checked = option.value === (state.section ?? '');
}

function pageTitle(state: SearchState): string {
  const query = state.query.trim();
  return `${query ? `“${query}” · ` : ''}Search · Behavioral Question Bank`;
}

/** Records the state in the address bar: a new history entry for a deliberate change, the same one while typing. */
function remember(state: SearchState, entry: 'push' | 'replace'): void {
  const url = searchStateUrl(state);
  document.title = pageTitle(state);
  if (url === `${location.pathname}${location.search}`) return;
  if (entry === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function showCounts(counts: FacetCounts, state: SearchState, found: number): void {
  const groups: [string, Record<string, number> | undefined][] = [
    ['competency', counts.competency],
    ['level', counts.level],
    ['section', counts.section],
  ];
  for (const [name, byValue] of groups) {
    for (const option of optionsOf(name)) {
      if (!option.value) continue;
      const label = option.closest('label')!;
      // Not counted (sections, until a search is narrowed to one): every value is offered.
      const count = byValue ? (byValue[option.value] ?? 0) : undefined;
      label.querySelector('[data-count]')!.textContent = count === undefined ? '' : String(count);
      // A value that would find nothing is left out, unless it is chosen and has to be undone, or
      // nothing is found at all: then every filter stays, to change the search from.
      label.hidden = found > 0 && count === 0 && !option.checked;
    }
  }
  const active = state.competencies.length + (state.level ? 1 : 0) + (state.section ? 1 : 0);
  filters.querySelector('[data-active-filters]')!.textContent = active > 0 ? ` (${active} chosen)` : '';
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', undefined, text);
  anchor.href = href;
  return anchor;
}

/** Excerpts are built as text nodes and <mark> elements: nothing from the index is parsed as HTML. */
function excerptParagraph(excerpt: Excerpt): HTMLParagraphElement {
  const paragraph = element('p', 'search-excerpt');
  if (excerpt.clippedStart) paragraph.append('… ');
  for (const part of excerpt.parts) paragraph.append(part.mark ? element('mark', undefined, part.text) : part.text);
  if (excerpt.clippedEnd) paragraph.append(' …');
  return paragraph;
}

function resultItem(result: QuestionResult): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h3', 'search-result-title');
  // The title lands where the words are, as the best hit's own link does.
  heading.append(link(result.hits[0]?.url ?? result.url, result.title));
  item.append(heading);
  if (result.level) item.append(element('p', 'search-result-level', `${levelName(result.level as LevelId)} Level`));
  if (result.hits.length === 0) {
    item.append(excerptParagraph(result.lead));
    return item;
  }
  const { featured, others } = featuredHits(result.hits, HITS_WITH_EXCERPT);
  const hits = element('ul', 'search-hits');
  hits.setAttribute('aria-label', `Matches in ${result.title}`);
  for (const hit of featured) {
    const entry = element('li', 'search-hit');
    entry.append(link(hit.url, hit.title), excerptParagraph(hit.excerpt));
    hits.append(entry);
  }
  item.append(hits);
  if (others.length > 0) {
    const also = element('p', 'search-also', 'Also in ');
    others.forEach((hit, index) => {
      if (index > 0) also.append(', ');
      also.append(link(hit.url, hit.title));
    });
    item.append(also);
  }
  return item;
}

/** What is on screen: the records of the latest search, and how many of them are shown. */
let shown: { state: SearchState; records: PagefindResult[]; count: number } = { state: { query: '', competencies: [] }, records: [], count: 0 };
/** Counts searches, so that an answer that arrives after a newer search started is dropped. */
let generation = 0;

/** The next page of results from `from` on, or null when a newer search has started meanwhile. */
async function resultItems(run: number, state: SearchState, records: PagefindResult[], from: number): Promise<HTMLLIElement[] | null> {
  const page = records.slice(from, from + PAGE_SIZE);
  const options = { query: state.query, ...(state.section ? { section: state.section } : {}) };
  const results = await Promise.all(page.map(async (record) => questionResult(await record.data(), options)));
  return run === generation ? results.map(resultItem) : null;
}

async function showMore(): Promise<void> {
  const items = await resultItems(generation, shown.state, shown.records, shown.count);
  if (!items || items.length === 0) return;
  list.append(...items);
  shown.count += items.length;
  more.hidden = shown.count >= shown.records.length;
  // Keyboard and screen reader users carry on from the first result just added.
  items[0]!.querySelector('a')!.focus();
}

async function search(state: SearchState): Promise<void> {
  const run = ++generation;
  list.setAttribute('aria-busy', 'true');
  try {
    const plan = searchPlan(state, (await manifest).parts.length);
    // A browse lists the questions by title: the order is fetched while Pagefind answers.
    const order = plan.results.term === null ? questionsByTitle() : undefined;
    const ask = async ({ term, ...options }: PagefindQuery, purpose: Purpose) => (await loadPagefind(purpose)).search(term, options);
    /** A query's results, less the looser matches of parts that lack one of the words (see SearchPlan.everyWord). */
    const exactly = async (query: PagefindQuery) => {
      const answer = await ask(query, 'results');
      const found = answer.results;
      if (!plan.everyWord) return { found, loose: false };
      // How many pages of each part hold each word: a search no page passes only counts, which is
      // cheap, where listing every page that holds a common word is not.
      const holding = await Promise.all(plan.everyWord.map(async (word) => (await ask({ term: word, filters: { [PART_FILTER]: NO_PART } }, 'results')).totalFilters[PART_FILTER]));
      const loose = looseParts(answer.filters[PART_FILTER], holding);
      if (loose.length === 0) return { found, loose: false };
      const dropped = new Set((await Promise.all(loose.map((part) => ask({ ...query, filters: { ...query.filters, [PART_FILTER]: part } }, 'results')))).flatMap((inPart) => inPart.results.map((record) => record.id)));
      const exact = found.filter((record) => !dropped.has(record.id));
      // No question holds every word: keep the looser matches, as Pagefind does over one index.
      return exact.length > 0 ? { found: exact, loose: true } : { found, loose: false };
    };
    const answer = await exactly(plan.results);
    let records = answer.found;
    let narrowed: FacetCounts | undefined;
    if (plan.inBrowser || answer.loose) {
      // Every result's hits are placed in sections from outlines, so the counts are exact without
      // fetching a result. Also when looser matches were dropped, which Pagefind's counts include;
      // then the levels are counted over the search made without the level, as Pagefind would.
      const base = !plan.inBrowser && plan.levelCounts ? (await exactly(plan.levelCounts)).found : records;
      const known = await outlines(base);
      ({ results: records, counts: narrowed } = narrowResults(base, (record) => known.get(record), state, vocabulary));
    }
    if (order) records = inTitleOrder(records, await order);
    const items = await resultItems(run, state, records, 0);
    if (!items) return;
    shown = { state, records, count: items.length };
    list.replaceChildren(...items);
    more.hidden = shown.count >= shown.records.length;
    let counts = narrowed;
    if (!counts) {
      // The counts beside the filters come after the results, from the counting instance.
      const [counted, levels] = await Promise.all([ask(plan.results, 'counts'), plan.levelCounts ? ask(plan.levelCounts, 'counts') : undefined]);
      counts = facetCounts(vocabulary, { results: counted.filters, ...(levels ? { levelCounts: levels.filters } : {}) });
    }
    if (run !== generation) return;
    showCounts(counts, state, records.length);
    // Said last, when everything on the page matches it.
    status.textContent = resultSummary(state, records.length, sectionName);
    hint.hidden = records.length > 0 || (state.competencies.length === 0 && !state.level && !state.section);
  } catch (error) {
    if (run !== generation) return;
    status.textContent = 'Search is not available: its index could not be loaded. Browse by competency or level instead.';
    console.warn('search: could not load or query the index', error);
  } finally {
    if (run === generation) list.removeAttribute('aria-busy');
  }
}

let typing: ReturnType<typeof setTimeout> | undefined;

input.addEventListener('input', () => {
  const state = formState();
  remember(state, 'replace');
  clearTimeout(typing);
  typing = setTimeout(() => void search(state), TYPING_PAUSE_MS);
});

filters.addEventListener('change', () => {
  const state = formState();
  remember(state, 'push');
  clearTimeout(typing);
  void search(state);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const state = formState();
  remember(state, 'push');
  clearTimeout(typing);
  void search(state);
});

more.addEventListener('click', () => void showMore());

window.addEventListener('popstate', () => {
  const state = parseSearchState(location.search, vocabulary);
  showState(state);
  document.title = pageTitle(state);
  clearTimeout(typing);
  void search(state);
});

// Filters are a long list: open beside the results on a wide screen, folded above them on a phone.
filters.open = matchMedia('(min-width: 60rem)').matches;
const initial = parseSearchState(location.search, vocabulary);
showState(initial);
remember(initial, 'replace');
void search(initial);
