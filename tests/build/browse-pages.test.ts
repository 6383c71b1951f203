// Reads the built fixture bank: every competency and level page lists exactly the right
// questions, and every count a reader sees matches.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage, visibleText } from '../helpers/bank.ts';
import { BROWSE_DIST, BROWSE_QUESTIONS, expectedTitles } from '../helpers/browse-bank.ts';
import { fixtureTaxonomy } from '../helpers/fixtures.ts';

const taxonomy = fixtureTaxonomy();
const used = [...new Set(BROWSE_QUESTIONS.flatMap((question) => question.competencies))];
const page = (path: string) => loadPage(BROWSE_DIST, path);

/** The question titles a page lists as cards, sorted. */
const cardTitles = (path: string, scope = 'main') => {
  const $ = page(path);
  return $(`${scope} .question-card-title a`)
    .map((_, link) => $(link).text())
    .get()
    .sort();
};

/** "name → count" for each entry of the first count list under a heading. */
const counts = (path: string, selector: string) => {
  const $ = page(path);
  return Object.fromEntries(
    $(selector)
      .map((_, item) => [[$(item).find('a, span:not(.count)').first().text(), Number($(item).find('.count').text())]])
      .get(),
  );
};

describe('the home page', () => {
  it('lists every question, with its level and first sentence', () => {
    expect(cardTitles('/')).toEqual(expectedTitles({}));
    const $ = page('/');
    const alpha = $('.question-card').filter((_, card) => $(card).find('h3').text() === 'Alpha Migration');
    expect(visibleText($, '.question-card:has(a[href="/questions/alpha-migration/"])')).toContain('Level: Senior');
    expect(alpha.find('.question-card-prompt').text()).toBe('Tell me about Alpha Migration.');
  });

  it('counts questions per competency and per level', () => {
    const competencyCounts = counts('/', 'section[aria-labelledby="browse-competencies"] li');
    expect(Object.keys(competencyCounts)).toHaveLength(used.length);
    for (const id of used) {
      const name = taxonomy.find((competency) => competency.id === id)!.name;
      expect(competencyCounts[name], name).toBe(expectedTitles({ competencies: [id] }).length);
    }
    expect(counts('/', 'section[aria-labelledby="browse-levels"] li')).toEqual({ Mid: 2, Senior: 3, Staff: 3 });
  });

  it('carries each question\'s level and competencies for the filter', () => {
    const $ = page('/');
    const hotel = $('.question-card:has(a[href="/questions/hotel-escalation/"])');
    expect(hotel.attr('data-level')).toBe('staff');
    expect(hotel.attr('data-competencies')).toBe('ownership conflict-resolution communication');
  });

  it('keeps the filter hidden until its script runs, and the chips as plain links', () => {
    const $ = page('/');
    expect($('#filter-panel').attr('hidden')).toBeDefined();
    const chips = $('.question-card .chips a').map((_, link) => $(link).attr('href')).get();
    expect(chips.length).toBeGreaterThan(8);
    for (const href of chips) expect(existsSync(join(BROWSE_DIST, href, 'index.html')), href).toBe(true);
  });
});

describe('the competency pages', () => {
  it.each(used)('/competencies/%s/ lists exactly the questions carrying it', (id) => {
    expect(cardTitles(`/competencies/${id}/`)).toEqual(expectedTitles({ competencies: [id] }));
    const n = expectedTitles({ competencies: [id] }).length;
    expect(page(`/competencies/${id}/`)('.count-line').text()).toMatch(new RegExp(`^${n} question`, 'u'));
  });

  it('exist for competencies without questions, saying why the list is empty and where to go', () => {
    const $ = page('/competencies/integrity/');
    expect($('h1').text()).toBe('Integrity');
    expect(visibleText($, 'main')).toContain('No question in the bank shows Integrity yet');
    expect($('main .notice a').map((_, link) => $(link).attr('href')).get()).toEqual(['/competencies/#with-questions', '/']);
  });

  it('narrow to the home view by a second competency, with how often they appear together', () => {
    const $ = page('/competencies/ownership/');
    const links = $('section[aria-labelledby="alongside"] li')
      .map((_, item) => `${$(item).find('a').attr('href')} ${$(item).find('.count').text()}`)
      .get();
    expect(links).toEqual([
      `/?competency=ownership,conflict-resolution ${expectedTitles({ competencies: ['ownership', 'conflict-resolution'] }).length}`,
      '/?competency=ownership,stakeholder-management 2',
      '/?competency=ownership,communication 1',
      '/?competency=ownership,prioritization 1',
    ]);
  });

  it('narrow to the home view by level', () => {
    const $ = page('/competencies/ownership/');
    const links = $('section[aria-labelledby="by-level"] a').map((_, link) => $(link).attr('href')).get();
    expect(links).toEqual(['/?competency=ownership&level=mid', '/?competency=ownership&level=senior', '/?competency=ownership&level=staff']);
  });

  it('/competencies/ lists the competencies with questions by count then name, then those without, every one linked', () => {
    const $ = page('/competencies/');
    const entries = $('section[aria-labelledby="with-questions"] .competency-index > li')
      .map((_, item) => ({ name: $(item).find('h3 a').text(), count: Number($(item).find('h3 .count').text()) }))
      .get();
    expect(entries).toHaveLength(used.length);
    const without = $('section[aria-labelledby="not-yet"] .competency-index > li h3 a').map((_, link) => $(link).text()).get();
    expect(without).toHaveLength(taxonomy.length - used.length);
    expect(without).toContain('Integrity');
    expect($('.competency-index a').map((_, link) => $(link).attr('href')).get().sort()).toEqual(taxonomy.map(({ id }) => `/competencies/${id}/`).sort());
    expect(entries.slice(0, 2)).toEqual([
      { name: 'Conflict Resolution', count: 5 },
      { name: 'Ownership', count: 5 },
    ]);
    const sorted = [...entries].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
    expect(entries).toEqual(sorted);
    expect(visibleText($, 'main')).toContain(taxonomy.find((competency) => competency.id === 'mentorship')!.description);
  });
});

describe('the level pages', () => {
  it.each(['mid', 'senior', 'staff'])('/levels/%s/ lists exactly the questions of that level', (level) => {
    expect(cardTitles(`/levels/${level}/`)).toEqual(expectedTitles({ level }));
  });

  it('are not made for levels without questions', () => {
    expect(existsSync(join(BROWSE_DIST, 'levels/junior/index.html'))).toBe(false);
    expect(existsSync(join(BROWSE_DIST, 'levels/principal/index.html'))).toBe(false);
  });

  it('/levels/ counts every level, linking those with questions', () => {
    expect(counts('/levels/', '.level-index li')).toEqual({
      Junior: 0,
      Mid: 2,
      Senior: 3,
      Staff: 3,
      Principal: 0,
    });
    expect(page('/levels/')('.level-index a').map((_, link) => page('/levels/')(link).attr('href')).get()).toEqual([
      '/levels/mid/',
      '/levels/senior/',
      '/levels/staff/',
    ]);
  });
});

describe('a question page', () => {
  it('lists related questions: most shared competencies, then the same level, then title', () => {
    const $ = page('/questions/alpha-migration/');
    const related = $('section.related .question-card-title a').map((_, link) => $(link).text()).get();
    expect(related).toEqual(['Charlie Roadmap', 'Bravo Outage', 'Hotel Escalation', 'Golf Review', 'Delta Mentoring']);
  });

  it('shows each related question by title, level and prompt, with its competencies on its own page only', () => {
    const $ = page('/questions/alpha-migration/');
    const first = $('section.related .question-card').first();
    expect(first.find('.question-card-meta').text()).toMatch(/^Level: (Mid|Senior|Staff)$/u);
    expect(first.find('.question-card-prompt').text().length).toBeGreaterThan(0);
    // The page's only competency chips are the question's own.
    expect($('ul.chips')).toHaveLength(1);
  });

  it('keeps related questions out of the search index', () => {
    expect(page('/questions/alpha-migration/')('section.related').attr('data-pagefind-ignore')).toBe('all');
  });

  it('links back to its level and competency pages', () => {
    const $ = page('/questions/golf-review/');
    expect($('.kicker a').attr('href')).toBe('/levels/senior/');
    expect($('article .chips a').map((_, link) => $(link).attr('href')).get()).toEqual([
      '/competencies/stakeholder-management/',
      '/competencies/communication/',
    ]);
  });
});

describe('the site frame', () => {
  it('reads as sentences in the footer', () => {
    expect(visibleText(page('/'), 'footer > div > p')).toBe(
      'Behavioral interview questions with coached STAR model answers. Browse by competency or level, search, or practise in your browser.',
    );
    expect(visibleText(page('/'), 'footer summary')).toBe('Keyboard shortcuts');
  });
});

describe('the 404 page', () => {
  it('offers search and the competency list', () => {
    const $ = page('/404.html');
    expect($('form[role="search"][action="/search/"] input[name="q"]').length).toBeGreaterThan(0);
    expect($('main .count-list a').length).toBe(used.length);
  });
});

describe('sharing cards', () => {
  it.each(['/', '/questions/alpha-migration/', '/competencies/', '/competencies/ownership/', '/levels/', '/levels/senior/', '/search/'])(
    '%s carries Open Graph and Twitter card data with its title and what it is about',
    (path) => {
      const $ = page(path);
      const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
      expect(meta('og:title')).toBe($('h1').first().text().trim());
      expect(meta('og:description')).toBe(meta('description'));
      expect(meta('og:url')).toBe($('link[rel="canonical"]').attr('href'));
      expect(meta('og:site_name')).toBe('Behavioral Question Bank');
      expect(meta('twitter:card')).toBe('summary');
      expect(meta('twitter:title')).toBe(meta('og:title'));
    },
  );

  it('describes a question by its prompt, as an article', () => {
    const $ = page('/questions/alpha-migration/');
    expect($('meta[property="og:description"]').attr('content')).toBe('Tell me about Alpha Migration. What did you do?');
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[property="og:url"]').attr('content')).toMatch(/^https?:\/\/[^/]+\/questions\/alpha-migration\/$/u);
  });
});
