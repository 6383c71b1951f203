// What the built bank tells Pagefind, and what Pagefind keeps: the question's words with their
// filters and metadata, one record per section, and none of the page's frame.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { BANK_DIST, loadPage } from '../helpers/bank.ts';
import { OUTPUT } from '../helpers/build.ts';
import { indexSite, indexedRecords, type IndexedRecord } from '../helpers/search-index.ts';

const SLUG = 'strategic-influence-and-technical-conflict-resolution';
const PAGE = `/questions/${SLUG}/`;
const TITLE = 'Strategic Influence and Technical Conflict Resolution';
const SECTION_IDS = ['clarifying-questions', 'assumptions', 'coach-strategy', 'situation', 'task', 'action', 'result', 'learning'];
/** Text of the page's frame, which must never reach an excerpt. */
const FRAME = ['Skip to content', 'Behavioral Question Bank', 'Search the bank', 'On this page', 'Browse by', 'coached STAR model answers'];

const attributes = ($: cheerio.CheerioAPI, name: string) => $(`[${name}]`).map((_, element) => $(element).attr(name)).get();

describe('a question page, as the search index reads it', () => {
  const $ = loadPage(BANK_DIST, PAGE);

  it('gives Pagefind the question as its body, and keeps the frame out', () => {
    expect($('[data-pagefind-body]')).toHaveLength(1);
    expect($('article.question').attr('data-pagefind-body')).toBe('');
    expect($('header.site-header').attr('data-pagefind-ignore')).toBe('all');
    expect($('footer.site-footer').attr('data-pagefind-ignore')).toBe('all');
    expect($('nav.toc').attr('data-pagefind-ignore')).toBe('all');
  });

  it('carries a competency filter for every competency it lists, and its level as filter and metadata', () => {
    const listed = $('article ul.chips a').map((_, link) => $(link).attr('href')!.split('/')[2]).get();
    const filters = attributes($, 'data-pagefind-filter');
    expect(listed).toHaveLength(7);
    expect(filters.filter((filter) => filter.startsWith('competency:'))).toEqual(listed.map((id) => `competency:${id}`));
    expect(filters).toContain('level:senior');
    expect(filters).toContain('kind:question');
    expect(attributes($, 'data-pagefind-meta').sort()).toEqual(['level:senior', 'title']);
    expect($('[data-pagefind-meta="title"]').text()).toBe(TITLE);
  });

  it('wraps each section, in page order, in an element naming it for the section filter', () => {
    const sections = $('.answer > section[data-pagefind-filter]');
    expect(sections.map((_, element) => $(element).attr('data-pagefind-filter')).get()).toEqual(SECTION_IDS.map((id) => `section:${id}`));
    sections.each((index, element) => {
      expect($(element).find('h2').first().attr('id')).toBe(SECTION_IDS[index]);
    });
  });
});

describe('the search index of the bank', () => {
  const records = indexedRecords(BANK_DIST);
  const record = (url: string) => records.find((entry) => entry.url === url);

  it('holds each question once as a whole, with its title, level and filters', () => {
    const questions = records.filter((entry) => entry.filters['kind']?.[0] === 'question');
    expect(questions.map((entry) => entry.url).sort()).toEqual([`/questions/leading-through-influence-and-deadlock-resolution/`, PAGE]);
    const question = record(PAGE)!;
    expect(question.meta).toMatchObject({ title: TITLE, level: 'senior' });
    expect(question.filters['level']).toEqual(['senior']);
    expect(question.filters['competency']).toContain('conflict-resolution');
    expect(question.content).toMatch(/^Strategic Influence and Technical Conflict Resolution\. Senior leaders often face/u);
  });

  // A first search fetches only the question bundle; a bank of 10,000 questions has 80,000 sections.
  it('keeps section records in a bundle of their own, apart from the one every search loads', () => {
    const kinds = (bundle: '/pagefind/' | '/pagefind-sections/') => new Set(indexedRecords(BANK_DIST, bundle).map((entry) => entry.filters['kind']?.[0] ?? 'page'));
    expect(kinds('/pagefind-sections/')).toEqual(new Set(['section']));
    expect(kinds('/pagefind/').has('section')).toBe(false);
    expect(kinds('/pagefind/').has('question')).toBe(true);
  });

  it('holds each section of each question as a record of its own, at the section’s anchor', () => {
    const sections = records.filter((entry) => entry.filters['kind']?.[0] === 'section');
    expect(sections).toHaveLength(16);
    for (const id of SECTION_IDS) {
      const section = record(`${PAGE}#${id}`);
      expect(section?.filters['section'], id).toEqual([id]);
      expect(section!.filters['level']).toEqual(['senior']);
      expect(section!.filters['competency']).toHaveLength(7);
    }
  });

  it('keeps a section record to its own section: its words, its bullets, and no searchable title of the question', () => {
    const action = record(`${PAGE}#action`)!;
    expect(action.content).toMatch(/^Action – What You Did\. Active Listening & Validation:/u);
    expect(action.content).toContain('better circuit-breaking and blast-radius control.');
    expect(action.content).not.toContain('My goal was to ensure');
    expect(action.content).not.toContain('Senior leaders often face');
    expect(action.anchors.map((anchor) => anchor.id)).toEqual(['action', 'action-1', 'action-2', 'action-3', 'action-4']);
    expect(action.meta).toEqual({ title: 'Action – What You Did' });
    expect(action.anchors[0]!.title).toBe(TITLE);
    expect(record(`${PAGE}#task`)!.content).toContain('we’d miss the expansion date and lose projected revenue of $2M/month.');
    expect(record(`${PAGE}#result`)!.meta).toEqual({ title: 'Result – Outcome & Impact' });
  });

  it('holds none of the page frame, table of contents or competency list in any record', () => {
    for (const entry of records) {
      for (const text of FRAME) expect(entry.content, `${entry.url} holds "${text}"`).not.toContain(text);
      expect(entry.content).not.toContain('Influencing Others');
      expect(entry.content).not.toContain('Senior Level');
    }
  });
});

describe('copy controls inside a question', () => {
  // The copy-link controls (added beside headings and bullets) must carry data-pagefind-ignore;
  // this indexes a question page that has them where such controls sit.
  const dist = join(OUTPUT, 'search-copy-controls', 'dist');
  let indexed: { ok: boolean; output: string };

  beforeAll(() => {
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(join(dist, 'questions'), { recursive: true });
    cpSync(join(BANK_DIST, 'questions', SLUG), join(dist, 'questions', SLUG), { recursive: true });
    const file = join(dist, 'questions', SLUG, 'index.html');
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    $('h1, .answer h2, .answer h3, .answer li').append(' <button type="button" data-pagefind-ignore>Copy link to here</button>');
    writeFileSync(file, $.html());
    indexed = indexSite(dist);
  });

  it('are left out of every record and every excerpt', () => {
    expect(indexed.ok, indexed.output).toBe(true);
    const records: IndexedRecord[] = indexedRecords(dist);
    expect(records).toHaveLength(9);
    for (const entry of records) {
      expect(entry.content).not.toContain('Copy link');
      expect(entry.content.length).toBeGreaterThan(100);
      for (const text of [...Object.values(entry.meta), ...entry.anchors.map((anchor) => anchor.title ?? '')]) expect(text).not.toContain('Copy link');
    }
    expect(records.find((entry) => entry.url.endsWith('#action'))!.meta).toEqual({ title: 'Action – What You Did' });
  });
});
