// Turns what Pagefind returns for one record into a result to show: the question, the sections its
// hits are in, an excerpt of each, and links that land on the section or bullet with the hits marked.
import { HIGHLIGHT_PARAM } from './search-records.ts';
import { isSectionId, parseBlockAnchor, sectionById, sectionHeading } from './sections.ts';

/** An element with an id in a record, and where in the record's words it starts. */
export interface RecordAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface WeightedLocation {
  location: number;
  balanced_score: number;
}

/** The part of Pagefind's `result.data()` this module reads. */
export interface RecordData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: RecordAnchor[];
  /** Word positions of the hits; empty when browsing, or when only the title matched. */
  weighted_locations: WeightedLocation[];
}

export interface ExcerptPart {
  text: string;
  /** A word the search matched. */
  mark: boolean;
}

export interface Excerpt {
  parts: ExcerptPart[];
  /** Text of the same section comes before or after the excerpt. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** The hits of one result inside one section, or inside the question's title and prompt. */
export interface SectionHit {
  /** The section id, or null for the title and prompt above the sections. */
  section: string | null;
  /** "Action – What You Did", or "The question". */
  title: string;
  /** The id the link lands on: the one bullet holding every hit, else the section. */
  anchor: string | null;
  url: string;
  excerpt: Excerpt;
  /** The matched words, as written on the page. */
  words: string[];
  /** How many of the searched words it holds: the first measure of a better hit. */
  coverage: number;
}

export interface QuestionResult {
  title: string;
  /** The question page; with the matched words to mark when there are any. */
  url: string;
  level: string | undefined;
  /** Best section first. */
  hits: SectionHit[];
  /** The opening of the prompt (or of the section searched in): shown when no hit is. */
  lead: Excerpt;
}

/** A section's heading as the page shows it ("Action – What You Did"). */
const headingOf = (id: string) => {
  const section = sectionById(id);
  return section ? sectionHeading(section) : id;
};
const QUESTION_TITLE = 'The question';

/** A record's text as words in Pagefind's numbering, and what joins them back into text. */
export interface RecordText {
  words: string[];
  joiner: string;
}

/** Splits a record's content as Pagefind counts its words: at zero-width spaces where it segmented the text (CJK), else at white space. */
export function recordText(content: string): RecordText {
  const text = content.includes('\u200B') ? { words: content.split('\u200B'), joiner: '' } : { words: content.split(/\s+/u), joiner: ' ' };
  // Pagefind ends each block with a full stop unless its last character is one; after a closing
  // quote or bracket that already follows one ("executive?”") the stop is its own, not the coach's.
  return { ...text, words: text.words.map((word) => word.replace(/([.!?…]["”’')\]]+)\.$/u, '$1')) };
}

/** A matched word as it should be looked for on the page: without the punctuation around it. */
export function bareWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** A link to a question page that marks `words` on arrival and lands on `anchor`. */
export function landingUrl(pagePath: string, words: readonly string[], anchor: string | null): string {
  const params = new URLSearchParams();
  for (const word of words) params.append(HIGHLIGHT_PARAM, word);
  const query = params.toString();
  return `${pagePath}${query ? `?${query}` : ''}${anchor ? `#${anchor}` : ''}`;
}

/**
 * An excerpt of `length` words from [start, end): the window holding the most hits, opening a
 * few words before the first of them; the opening of the range when there are none.
 */
export function excerpt(text: RecordText, hits: readonly number[], start: number, end: number, length: number): Excerpt {
  const { words, joiner } = text;
  const inside = hits.filter((hit) => hit >= start && hit < end).sort((a, b) => a - b);
  const lead = Math.min(4, Math.floor(length / 4));
  let from = start;
  let best = 0;
  for (const first of inside) {
    const count = inside.filter((hit) => hit >= first && hit < first + length - lead).length;
    if (count > best) {
      best = count;
      from = Math.max(start, first - lead);
    }
  }
  const to = Math.min(end, from + length);
  from = Math.max(start, Math.min(from, to - length));
  const marked = new Set(inside);
  const parts: ExcerptPart[] = [];
  for (let index = from; index < to; index += 1) {
    const word = words[index] ?? '';
    const mark = marked.has(index);
    // Marks cover the word without the punctuation around it, as on the page.
    const bare = mark ? bareWord(word) : '';
    const [before, after] = bare ? [word.slice(0, word.indexOf(bare)), word.slice(word.indexOf(bare) + bare.length)] : ['', ''];
    const pieces: ExcerptPart[] = bare ? [{ text: before, mark: false }, { text: bare, mark: true }, { text: after, mark: false }] : [{ text: word, mark: false }];
    if (index > from) pieces.unshift({ text: joiner, mark: false });
    for (const piece of pieces) {
      if (piece.text === '') continue;
      const last = parts.at(-1);
      if (last && !last.mark && !piece.mark) last.text += piece.text;
      else parts.push({ ...piece });
    }
  }
  return { parts, clippedStart: from > start, clippedEnd: to < end };
}

function uniqueWords(words: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const word of words) {
    const bare = bareWord(word);
    if (bare && !seen.has(bare.toLowerCase())) seen.set(bare.toLowerCase(), bare);
  }
  return [...seen.values()];
}

/** The words of a query as Pagefind searches them: lower-case, without the punctuation around them. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/\s+/u).map(bareWord).filter(Boolean))];
}

/**
 * How many of `terms` the matched words hold. Pagefind matches a term to words that start with
 * its stem, and to the parts of compounds ("team" in "cross-team"), so a word counts for a term
 * when one of its parts starts with the term less a few letters of ending.
 */
export function termCoverage(words: readonly string[], terms: readonly string[]): number {
  const parts = words.flatMap((word) => word.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  return terms.filter((term) => {
    const stem = term.slice(0, Math.max(3, term.length - 3));
    return parts.some((part) => part.startsWith(stem) || (part.length >= 3 && term.startsWith(part)));
  }).length;
}

/** A stretch of a record's words: one section, or the title and prompt above the sections. */
interface Region {
  section: string | null;
  start: number;
  end: number;
  /** Where the section's text starts after its heading. */
  bodyStart: number;
  order: number;
}

/** The regions of a record, in page order, from its anchors (sorted by location). */
function sectionRegions(anchors: readonly RecordAnchor[], wordCount: number): Region[] {
  const sectionAnchors = anchors.filter((anchor) => isSectionId(anchor.id));
  const regions: Region[] = [];
  const firstSection = sectionAnchors[0]?.location ?? wordCount;
  if (firstSection > 0) regions.push({ section: null, start: 0, end: firstSection, bodyStart: 0, order: -1 });
  sectionAnchors.forEach((anchor, index) => {
    const end = sectionAnchors[index + 1]?.location ?? wordCount;
    const body = anchors.find((other) => other.location > anchor.location);
    const bodyStart = body && body.location < end ? body.location : Math.min(end, anchor.location + 1);
    regions.push({ section: anchor.id, start: anchor.location, end, bodyStart, order: index });
  });
  return regions;
}

interface RecordContext {
  text: RecordText;
  anchors: readonly RecordAnchor[];
  blocks: readonly RecordAnchor[];
  pagePath: string;
  terms: readonly string[];
  excerptLength: number;
}

/** The hits of one region as a result line: where to land, what to show, what to mark. */
function sectionHit(region: Region, positions: readonly number[], context: RecordContext): SectionHit {
  const { text, anchors, blocks, pagePath, terms, excerptLength } = context;
  // The one bullet holding every hit is the landing place; hits in several, or in the heading, land on the section.
  const holders = new Set(positions.map((position) => blocks.findLast((block) => block.location <= position && block.location >= region.bodyStart)));
  const block = holders.size === 1 ? [...holders][0] : undefined;
  const anchor = region.section === null ? null : (block?.id ?? region.section);
  let start = region.section !== null && Math.min(...positions) < region.bodyStart ? region.start : region.bodyStart;
  let end = region.end;
  if (block) {
    start = block.location;
    end = Math.min(region.end, anchors.find((other) => other.location > block.location)?.location ?? region.end);
  }
  const words = uniqueWords(positions.map((position) => text.words[position] ?? ''));
  return {
    section: region.section,
    title: region.section === null ? QUESTION_TITLE : headingOf(region.section),
    anchor,
    url: landingUrl(pagePath, words, anchor),
    excerpt: excerpt(text, positions, start, end, excerptLength),
    words,
    // Without the query, the different words matched stand in for the terms they match.
    coverage: terms.length > 0 ? termCoverage(words, terms) : words.length,
  };
}

export interface ResultOptions {
  /** The words searched, to rank a section holding more of them first. */
  query?: string;
  /** Words in an excerpt. */
  excerptLength?: number;
  /** The section the search was narrowed to: only hits inside it count, and it stands in for a hit when browsing. */
  section?: string;
}

/**
 * Reads one Pagefind record — a whole question — as a result: the hits grouped by the section they
 * fall in (best first), each with its excerpt and landing link; only those in `section` when given.
 */
export function questionResult(data: RecordData, { query = '', excerptLength = 30, section }: ResultOptions = {}): QuestionResult {
  const text = recordText(data.content);
  const anchors = [...data.anchors].sort((a, b) => a.location - b.location);
  const context: RecordContext = {
    text,
    anchors,
    blocks: anchors.filter((anchor) => parseBlockAnchor(anchor.id) !== undefined),
    pagePath: data.url.replace(/[?#].*$/u, ''),
    terms: queryTerms(query),
    excerptLength,
  };
  const regions = sectionRegions(anchors, text.words.length);
  const title = data.meta['title'] ?? context.pagePath;

  const grouped = new Map<Region, WeightedLocation[]>();
  for (const hit of data.weighted_locations) {
    const region = regions.findLast((candidate) => candidate.start <= hit.location) ?? regions[0]!;
    if (section !== undefined && region.section !== section) continue;
    grouped.set(region, [...(grouped.get(region) ?? []), hit]);
  }
  const hits = [...grouped.entries()]
    .map(([region, locations]) => ({
      hit: sectionHit(region, locations.map((location) => location.location), context),
      score: locations.reduce((sum, location) => sum + location.balanced_score, 0),
      order: region.order,
    }))
    // A section holding more of the words searched beats one repeating a common one ("and").
    .sort((a, b) => b.hit.coverage - a.hit.coverage || b.score - a.score || a.order - b.order)
    .map(({ hit }) => hit);

  const allWords = uniqueWords(hits.flatMap((hit) => hit.words));
  const leadRegion = section !== undefined ? regions.find((region) => region.section === section) : regions.find((region) => region.section === null);
  const titleWords = recordText(title).words.length;
  const leadStart = leadRegion ? (leadRegion.section === null && data.content.startsWith(title) ? titleWords : leadRegion.bodyStart) : 0;
  const lead = excerpt(text, [], leadStart, leadRegion?.end ?? text.words.length, excerptLength);
  // Browsing one section: the section itself is what the reader asked for.
  if (section !== undefined && hits.length === 0 && leadRegion?.section) {
    hits.push({ section, title: headingOf(section), anchor: section, url: landingUrl(context.pagePath, [], section), excerpt: lead, words: [], coverage: 0 });
  }
  return {
    title,
    url: landingUrl(context.pagePath, allWords, null),
    level: data.filters['level']?.[0] ?? data.meta['level'],
    hits,
    lead,
  };
}

/** What the search page needs to narrow by section from a fetched record, when its outline could not be stored. */
export function recordOutline(data: RecordData): { level: string | undefined; competencies: string[]; sections: { id: string; start: number }[] } {
  return {
    level: data.filters['level']?.[0],
    competencies: data.filters['competency'] ?? [],
    sections: data.anchors.filter((anchor) => isSectionId(anchor.id)).map((anchor) => ({ id: anchor.id, start: anchor.location })).sort((a, b) => a.start - b.start),
  };
}

/**
 * Splits a result's hits into those worth an excerpt — the best ones, holding as many of the
 * searched words as the best does, at most `max` — and the rest, which are only listed.
 */
export function featuredHits(hits: readonly SectionHit[], max: number): { featured: SectionHit[]; others: SectionHit[] } {
  const most = Math.max(0, ...hits.map((hit) => hit.coverage));
  const featured = hits.filter((hit) => hit.coverage === most).slice(0, max);
  return { featured, others: hits.filter((hit) => !featured.includes(hit)) };
}
