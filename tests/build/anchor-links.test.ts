// The anchor link beside every part of a question page in the built bank.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANK_DIST, loadPage } from '../helpers/bank.ts';

const slugs = readdirSync(join(BANK_DIST, 'questions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('anchors on the question pages', () => {
  const pages = slugs.map((slug) => ({ slug, $: loadPage(BANK_DIST, `/questions/${slug}/`) }));

  it('give every section heading, bullet and paragraph with an anchor a # link to it, kept out of search', () => {
    for (const { slug, $ } of pages) {
      const anchored = $('.answer').find('h2[id], h3[id], li[id], p[id]').toArray();
      expect(anchored.length, slug).toBeGreaterThan(25);
      for (const element of anchored) {
        const id = $(element).attr('id')!;
        const holder = element.tagName === 'h2' || element.tagName === 'h3' ? $(element).parent() : $(element);
        const link = holder.find(`a.anchor-link[href="#${id}"]`);
        expect(link.length, `${slug}#${id}`).toBe(1);
        expect(link.attr('data-pagefind-ignore'), `${slug}#${id}`).toBeDefined();
        expect(link.attr('aria-label'), `${slug}#${id}`).toMatch(/^Link to \S/u);
      }
    }
  });

  it('name each anchor as a citation will: the section, then the label or first words', () => {
    const $ = pages.find((page) => page.slug === 'strategic-influence-and-technical-conflict-resolution')!.$;
    expect($('a.anchor-link[href="#action"]').attr('data-cite')).toBe('Action');
    expect($('a.anchor-link[href="#action-2"]').attr('data-cite')).toBe('Action: Data-Driven Prototyping');
    expect($('a.anchor-link[href="#result-1"]').attr('data-cite')).toBe('Result: The other Lead agreed to the "Modular Monolith"…');
    expect($('a.anchor-link[href="#cheat-code-1"]').attr('data-cite')).toBe('Cheat Code: The "Steel Thread" of influence. Don\'t just list…');
  });

  it('leave the headings named by their text alone', () => {
    const $ = pages[0]!.$;
    expect($('.answer h2').map((_, heading) => $(heading).text()).get()).toContain('Action – What You Did');
  });
});
