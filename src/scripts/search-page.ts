// The /search/ page in the browser: keeps the form, the address bar and the results in step.
// The state lives in the URL; Pagefind (from the site's own /pagefind/) is loaded on arrival.
import { featuredHits, questionResult, type Excerpt, type QuestionResult, type RecordData } from '../lib/shared/search-results.ts';
import {
  facetCounts,
  parseSearchState,
  resultSummary,
  searchPlan,
  searchStateUrl,
  type FacetCounts,
  type FilterCounts,
  type PagefindQuery,
  type SearchState,
  type SearchVocabulary,
} from '../lib/shared/search-state.ts';
import { SEARCH_BUNDLES } from '../lib/shared/search-records.ts';
import { sectionTitle } from '../lib/shared/sections.ts';
import { levelName, type LevelId } from '../lib/shared/vocabulary.ts';

interface PagefindResult {
  data(): Promise<RecordData>;
}

interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}

interface Pagefind {
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: Omit<PagefindQuery, 'term'>): Promise<PagefindResponse>;
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
const filters = document.querySelector<HTMLDetailsElement>('[data-search-filters]')!;

const optionsOf = (name: string) => [...filters.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
const vocabulary: SearchVocabulary = {
  competencies: optionsOf('competency').map((option) => option.value),
  levels: optionsOf('level').map((option) => option.value).filter(Boolean),
  sections: optionsOf('section').map((option) => option.value).filter(Boolean),
};
const sectionName = (id: string) => sectionTitle(id) ?? id;

type Bundle = keyof typeof SEARCH_BUNDLES;
/**
 * What a Pagefind instance is for. Once its filter data is loaded, Pagefind counts every filter
 * value over every result of every search: at 10,000 questions that makes a search take 0.4–1.3 s
 * instead of 40–60 ms. So results come from an instance that never loads it, and the counts beside
 * the filters from a second instance of the same bundle (the same file with a query string is a
 * module of its own), after the results are on screen.
 */
type Purpose = 'results' | 'counts';
const instances = new Map<string, Promise<Pagefind>>();

/** A Pagefind instance over the bundle holding one kind of record, loaded on first use. */
function loadPagefind(kind: Bundle, purpose: Purpose): Promise<Pagefind> {
  const key = `${kind} ${purpose}`;
  let instance = instances.get(key);
  if (!instance) {
    instance = (async () => {
      const url = `${SEARCH_BUNDLES[kind]}pagefind.js${purpose === 'counts' ? '?counts' : ''}`;
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      if (purpose === 'counts') await module.filters();
      return module;
    })();
    instances.set(key, instance);
  }
  return instance;
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

function showCounts(counts: FacetCounts, state: SearchState): void {
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
      // A value that would find nothing is left out, unless it is chosen and has to be undone.
      label.hidden = count === 0 && !option.checked;
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
  heading.append(link(result.url, result.title));
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
let shown: { query: string; records: PagefindResult[]; count: number } = { query: '', records: [], count: 0 };
/** Counts searches, so that an answer that arrives after a newer search started is dropped. */
let generation = 0;

/** The next page of results from `from` on, or null when a newer search has started meanwhile. */
async function resultItems(run: number, query: string, records: PagefindResult[], from: number): Promise<HTMLLIElement[] | null> {
  const page = records.slice(from, from + PAGE_SIZE);
  const results = await Promise.all(page.map(async (record) => questionResult(await record.data(), { query })));
  return run === generation ? results.map(resultItem) : null;
}

async function showMore(): Promise<void> {
  const items = await resultItems(generation, shown.query, shown.records, shown.count);
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
    const plan = searchPlan(state);
    const ask = async ({ term, filters: { kind, ...filters }, ...options }: PagefindQuery, purpose: Purpose) => {
      const engine = await loadPagefind(kind as Bundle, purpose);
      // Each bundle holds one kind of record, so `kind` need not be asked: a search with no
      // filter fetches no filter data, and the first results come sooner and cheaper.
      return engine.search(term, { ...options, filters });
    };
    const results = await ask(plan.results, 'results');
    const items = await resultItems(run, state.query, results.results, 0);
    if (!items) return;
    shown = { query: state.query, records: results.results, count: items.length };
    list.replaceChildren(...items);
    more.hidden = shown.count >= shown.records.length;
    // The counts beside the filters come after the results, from the counting instances.
    const [counted, sections, levels] = await Promise.all([
      ask(plan.results, 'counts'),
      plan.sectionCounts ? ask(plan.sectionCounts, 'counts') : undefined,
      plan.levelCounts ? ask(plan.levelCounts, 'counts') : undefined,
    ]);
    if (run !== generation) return;
    showCounts(
      facetCounts(vocabulary, {
        results: counted.filters,
        ...(sections ? { sectionCounts: sections.filters } : {}),
        ...(levels ? { levelCounts: levels.filters } : {}),
      }),
      state,
    );
    // Said last, when everything on the page matches it.
    status.textContent = resultSummary(state, results.results.length, sectionName);
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
