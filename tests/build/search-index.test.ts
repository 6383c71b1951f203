// What the built bank tells Pagefind, and what Pagefind keeps: each question's words with their
// filters and metadata, its outline for the section filter, and none of the page's frame.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANK_DIST, loadPage } from '../helpers/bank.ts';
import { OUTPUT } from '../helpers/build.ts';
import { FIXTURE_QUESTIONS_DIR } from '../helpers/fixtures.ts';
import { bundleRecords, indexedRecords, pageOutline, pagefindFolder, searchManifest, titleOrder } from '../helpers/search-index.ts';
import { BROWSE_DIST, BROWSE_QUESTIONS } from '../helpers/browse-bank.ts';
import { compareTitles } from '../../src/lib/shared/browse.ts';
import { readFrontmatter } from '../../src/lib/bank/frontmatter.ts';
import { searchRecordHtml } from '../../src/lib/bank/search-record.ts';
import { parseQuestionBody, questionBodyHtml } from '../../src/lib/markdown/question-markdown.ts';
import { LEVELS, type LevelId } from '../../src/lib/shared/vocabulary.ts';

const SLUG = 'strategic-influence-and-technical-conflict-resolution';
const PAGE = `/questions/${SLUG}/`;
const TITLE = 'Strategic Influence and Technical Conflict Resolution';
const LEADING = 'Leading Through Influence and Deadlock Resolution';
const SECTION_IDS = ['clarifying-questions', 'assumptions', 'coach-strategy', 'situation', 'task', 'action', 'result', 'learning'];
/** Text of the page's frame, which must never reach an excerpt. */
const FRAME = ['Skip to content', 'Behavioral Question Bank', 'Search the bank', 'On this page', 'Browse by', 'coached STAR model answers'];


describe('a question page, as the search index reads it', () => {
  const $ = loadPage(BANK_DIST, PAGE);

  it('gives Pagefind the question as its body, and keeps the frame out', () => {
    expect($('[data-pagefind-body]')).toHaveLength(1);
    expect($('article.question').attr('data-pagefind-body')).toBe('');
    expect($('header.site-header').attr('data-pagefind-ignore')).toBe('all');
    expect($('footer.site-footer').attr('data-pagefind-ignore')).toBe('all');
    expect($('nav.toc').attr('data-pagefind-ignore')).toBe('all');
  });

  it('files the question under every competency it lists, and its level, as filters and metadata of its record', () => {
    const listed = $('article ul.chips a').map((_, link) => $(link).attr('href')!.split('/')[2]).get();
    expect(listed).toHaveLength(7);
    const record = indexedRecords(BANK_DIST).find((entry) => entry.url === PAGE)!;
    expect([...record.filters['competency']!].sort()).toEqual([...listed].sort());
    expect(record.filters['level']).toEqual(['senior']);
    expect(record.filters['kind']).toEqual(['question']);
    expect(record.meta).toMatchObject({ title: TITLE, level: 'senior' });
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

  // A bank of 10,000 questions once had 80,000 section records besides; a section search now reads outlines.
  it('holds one record per question and nothing else, in one part for a small bank', () => {
    expect(records).toHaveLength(2);
    expect(searchManifest(BANK_DIST).parts).toEqual(['/pagefind/']);
  });

  it('writes each question’s outline: its level, competencies and where each section starts among its words', () => {
    const manifest = searchManifest(BANK_DIST);
    const [id, outline] = pageOutline(BANK_DIST, PAGE);
    const [level, competencies, starts] = outline;
    expect(id).toMatch(/^en_/u);
    expect(LEVELS[level]!.id).toBe('senior');
    expect(competencies.map((index) => manifest.competencies[index]).sort()).toEqual([...record(PAGE)!.filters['competency']!].sort());
    const anchors = new Map(record(PAGE)!.anchors.map((anchor) => [anchor.id, anchor.location]));
    expect(starts).toEqual(SECTION_IDS.map((section) => anchors.get(section)));
    // The same numbering as the record's words: the Action section starts with its heading.
    const words = record(PAGE)!.content.split(/\s+/u);
    expect(words.slice(starts[SECTION_IDS.indexOf('action')]!, starts[SECTION_IDS.indexOf('action')]! + 3).join(' ')).toBe('Action – What');
  });

  // Browsing lists questions by title from this list; a Pagefind sort would put the order in every
  // part's metadata, which every first search fetches (12 KB of 38 KB a part at 5,000 questions).
  it('lists every question by title beside the index, and asks Pagefind for no sort of its own', () => {
    const titles = BROWSE_QUESTIONS.map((entry) => entry.title);
    expect(titleOrder(BROWSE_DIST)).toEqual([...titles].sort(compareTitles));
    expect(titleOrder(BANK_DIST)).toEqual([LEADING, TITLE]);
    const html = searchRecordHtml({ title: TITLE, level: 'senior', competencies: [], prompt: ['Why?'], bodyHtml: '<p>Because.</p>' });
    expect(html).toContain('data-pagefind-meta="title"');
    expect(html).not.toContain('data-pagefind-sort');
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
  // The page's own `#` links beside every heading, bullet and paragraph become the copy controls
  // in the browser; they carry data-pagefind-ignore, and so never reach a record or an excerpt.
  const $ = loadPage(BANK_DIST, PAGE);
  const controls = $('article .anchor-link');

  it('sit beside every section heading and bullet of the real page, each marked to be ignored', () => {
    expect(controls.length).toBeGreaterThan(SECTION_IDS.length);
    for (const id of [...SECTION_IDS, 'action-1', 'signals-1']) expect($(`article .anchor-link[href="#${id}"]`), id).toHaveLength(1);
    expect(controls.filter((_, element) => $(element).attr('data-pagefind-ignore') === undefined)).toHaveLength(0);
  });

  it('are left out of the question’s record and its excerpts', () => {
    const question = indexedRecords(BANK_DIST).find((entry) => entry.url === PAGE)!;
    expect(question.content).not.toContain('#');
    expect(question.content).not.toContain('Link to');
    expect(question.content).not.toContain('Download as Markdown');
    expect(question.content).toContain('the latency of a network call. Data-Driven Prototyping:');
  });

  // The check above can fail: the same question's record, its controls no longer marked, puts their text in the index.
  it('would reach the record if they were not marked', () => {
    const folder = join(OUTPUT, 'search-unmarked-controls');
    rmSync(folder, { recursive: true, force: true });
    const file = join(FIXTURE_QUESTIONS_DIR, `${SLUG}.md`);
    const { frontmatter, content } = readFrontmatter(readFileSync(file, 'utf8'), file);
    const data = frontmatter as { title: string; level: LevelId; question: string };
    const bodyHtml = questionBodyHtml(parseQuestionBody(content.trimEnd(), file).tree).replaceAll(' data-pagefind-ignore=""', '');
    mkdirSync(join(folder, 'questions', SLUG), { recursive: true });
    writeFileSync(join(folder, 'questions', SLUG, 'index.html'), searchRecordHtml({ title: data.title, level: data.level, competencies: [], prompt: [data.question], bodyHtml }));
    const indexed = pagefindFolder(folder);
    expect(indexed.ok, indexed.output).toBe(true);
    const [unmarked] = bundleRecords(indexed.bundle);
    expect(unmarked!.content).toContain('network call.#');
  });
});
