// Reads the built fixture bank: every line a coach wrote reaches the page, with its permanent anchors.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BANK_DIST, SEEDS_DIR, loadPage, visibleText } from '../helpers/bank.ts';
import { FIXTURE_QUESTIONS_DIR } from '../helpers/fixtures.ts';
import { expectedTexts } from '../helpers/seed-text.ts';
import { PRE_PAINT_SCRIPT } from '../../src/lib/shared/theme.ts';

const seeds = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt'));

describe.each(seeds)('the page built from %s', (seed) => {
  const document = readFileSync(join(SEEDS_DIR, seed), 'utf8');
  const title = expectedTexts(document)[1]!;
  const page = readdirSync(join(BANK_DIST, 'questions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => loadPage(BANK_DIST, `/questions/${entry.name}/`))
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
      const items = page!(`.section-heading:has(#${section}) + ul > li`);
      expect(items.length).toBeGreaterThan(0);
      items.each((index, item) => {
        expect(page!(item).attr('id')).toBe(`${section}-${index + 1}`);
      });
    }
  });

  it('shows labelled bullets with the label set apart', () => {
    const labels = page!('.section-heading:has(#action) + ul > li > strong:first-child').map((_, label) => page!(label).text()).get();
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

  it('runs no script before the page is read but the tiny pre-paint one, and under 4 KB gzip in all, chunks included', () => {
    // Module scripts run once the page is parsed (reading needs none: see tests/e2e/question-page.test.ts);
    // the budget is for all of them together: the "/" search key, the contents marker, the scheme
    // switch, the list trail, and the start-up that puts the rest in. The one classic script is the
    // fixed pre-paint one (the chosen colour scheme), inline in <head>. The copy controls, the practice
    // code and the search-word marks wait in <template>s, unrun until wanted: a template's content is a
    // fragment of its own, outside the document's tree.
    const scripts = page!('script').toArray().filter((script) => page!(script).closest('html').length === 1);
    expect(scripts.length).toBeGreaterThan(0);
    const classic = scripts.filter((script) => page!(script).attr('type') !== 'module');
    expect(classic.map((script) => page!(script).text())).toEqual([PRE_PAINT_SCRIPT]);
    expect(page!('head > script:not([type])')).toHaveLength(1);
    // Each module script and every chunk it imports, as the browser fetches them before any interaction.
    const files = new Set<string>();
    const follow = (src: string) => {
      if (files.has(src)) return;
      files.add(src);
      const code = readFileSync(join(BANK_DIST, src), 'utf8');
      for (const [, chunk] of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/gu)) follow(new URL(chunk!, `http://bank${src}`).pathname);
    };
    let bytes = 0;
    for (const script of scripts) {
      const src = page!(script).attr('src');
      if (src === undefined) bytes += gzipSync(page!(script).text()).length;
      else follow(src);
    }
    for (const src of files) bytes += gzipSync(readFileSync(join(BANK_DIST, src))).length;
    expect(files.size).toBeGreaterThan(scripts.length - 1);
    expect(bytes).toBeLessThan(4096);
  });
});

describe('the questions in the fixture bank', () => {
  it('are the seeds, each imported once', () => {
    const folder = FIXTURE_QUESTIONS_DIR;
    const sources = readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8').match(/^source: (.*)$/mu)?.[1]);
    expect(sources.sort()).toEqual(seeds.sort());
  });
});
