// Reads the built bank: every line a coach wrote reaches the page, with its permanent anchors.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANK_DIST, SEEDS_DIR, loadPage, visibleText } from '../helpers/bank.ts';
import { ROOT } from '../helpers/build.ts';

/** Lines that are the format's own labels, not the coach's text. */
const LABELS = [
  /^The Question$/u,
  /^Questions & Insights$/u,
  /^Clarifying Questions$/u,
  /^Assumptions for this response:$/u,
  /^Coach Strategy$/u,
  /^Signals:$/u,
  /^Strategy Breakdown$/u,
  /^The STAR Narrative$/u,
  /^(Situation|Task|Action|Result|Learning \/ Reflection) [–-] [\w &]+$/u,
];
/** Labels that open a line of text; the text after them must reach the page. */
const PREFIXES = /^(Signals|Cheat Code|Assumptions): /u;
const CATEGORY = 'Behavioral';

/** What a reader must find on the page for each line of a seed document. */
function expectedTexts(document: string): string[] {
  return document
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !LABELS.some((label) => label.test(line)))
    .flatMap((line) => (line.startsWith(CATEGORY) && line !== CATEGORY ? [CATEGORY, line.slice(CATEGORY.length)] : [line]))
    .map((line) => line.replace(PREFIXES, ''));
}

const seeds = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt'));

describe.each(seeds)('the page built from %s', (seed) => {
  const document = readFileSync(join(SEEDS_DIR, seed), 'utf8');
  const title = expectedTexts(document)[1]!;
  const page = readdirSync(join(BANK_DIST, 'questions'))
    .map((slug) => loadPage(BANK_DIST, `/questions/${slug}/`))
    .find(($) => $('h1').text() === title);

  it('exists, titled with the question', () => {
    expect(page, `no page has the title "${title}"`).toBeDefined();
  });

  it('shows every line of the document that is not a label, character for character', () => {
    const text = visibleText(page!, 'main');
    const missing = expectedTexts(document).filter((line) => !text.includes(line.replace(/\s+/gu, ' ')));
    expect(missing).toEqual([]);
  });

  it('gives each section its permanent anchor, in order', () => {
    const ids = page!('.answer h2').map((_, heading) => page!(heading).attr('id')).get();
    expect(ids).toEqual(['clarifying-questions', 'assumptions', 'coach-strategy', 'situation', 'task', 'action', 'result', 'learning']);
    expect(page!('.answer h3').map((_, heading) => page!(heading).attr('id')).get()).toEqual(['signals', 'cheat-code']);
  });

  it('gives every narrative bullet its own anchor, numbered within its section', () => {
    for (const section of ['situation', 'task', 'action', 'result', 'learning']) {
      const items = page!(`#${section} + ul > li`);
      expect(items.length).toBeGreaterThan(0);
      items.each((index, item) => {
        expect(page!(item).attr('id')).toBe(`${section}-${index + 1}`);
      });
    }
  });

  it('shows labelled bullets with the label set apart', () => {
    const labels = page!('#action + ul > li > strong:first-child').map((_, label) => page!(label).text()).get();
    expect(labels.length).toBeGreaterThan(2);
    for (const label of labels) expect(label).toMatch(/^[A-Z].*:$/u);
  });

  it('has a table of contents whose every link lands on an element of the page', () => {
    const targets = page!('nav.toc a').map((_, link) => page!(link).attr('href')).get();
    expect(targets).toContain('#action');
    for (const target of targets) expect(page!(target).length, target).toBe(1);
  });

  it('links the level and every competency', () => {
    expect(page!('.kicker a').attr('href')).toBe('/levels/senior/');
    const competencies = page!('article ul.chips a').map((_, link) => page!(link).attr('href')).get();
    expect(competencies).toHaveLength(7);
    for (const href of competencies) expect(href).toMatch(/^\/competencies\/[a-z-]+\/$/u);
  });

  it('loads only small module scripts, which run after the page is read', () => {
    // Reading needs none (tests/e2e/question-page.test.ts reads it with JavaScript off); what there is
    // — the "/" search key, marking search words on arrival — is deferred and small.
    const scripts = page!('script');
    let bytes = 0;
    scripts.each((_, script) => {
      expect(page!(script).attr('type')).toBe('module');
      const src = page!(script).attr('src');
      bytes += src ? readFileSync(join(BANK_DIST, src), 'utf8').length : page!(script).text().length;
    });
    expect(bytes).toBeLessThan(2048);
  });
});

describe('the questions in the bank', () => {
  it('are the seeds, each imported once', () => {
    const folder = join(ROOT, 'content', 'questions');
    const sources = readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8').match(/^source: (.*)$/mu)?.[1]);
    expect(sources.sort()).toEqual(seeds.sort());
  });
});
