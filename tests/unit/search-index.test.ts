import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { sectionRecords } from '../../scripts/lib/search-index.ts';

// The shape of a built question page, cut down to what the index reads.
const PAGE = `<!doctype html><html lang="en"><head><title>Q · Bank</title></head><body>
<header data-pagefind-ignore="all"><form role="search"><input name="q"></form></header>
<main><article data-pagefind-body data-pagefind-filter="kind:question">
  <p class="kicker" data-pagefind-ignore><a data-pagefind-filter="level:senior" data-pagefind-meta="level:senior">Senior Level</a></p>
  <h1 data-pagefind-meta="title" data-pagefind-sort="title">Leading Through Influence</h1>
  <ul data-pagefind-ignore><li data-pagefind-filter="competency:ownership">Ownership</li><li data-pagefind-filter="competency:conflict-resolution">Conflict Resolution</li></ul>
  <blockquote><p>Describe a deadlock.</p></blockquote>
  <nav class="toc" data-pagefind-ignore="all"><a href="#task">Task</a></nav>
  <div class="answer">
    <section data-pagefind-filter="section:task"><h2 id="task">Task – Your Responsibility</h2><ul><li id="task-1">Break the deadlock.</li></ul></section>
    <section data-pagefind-filter="section:action"><h2 id="action">Action – What You Did <button data-pagefind-ignore>Copy link</button></h2><ul><li id="action-1">Formed a tiger team.</li></ul></section>
  </div>
</article></main>
<footer data-pagefind-ignore="all">Footer text</footer></body></html>`;

describe('sectionRecords', () => {
  const records = sectionRecords(PAGE, '/questions/leading/');

  it('makes one record per section, at the section’s anchor', () => {
    expect(records.map((record) => [record.section, record.url])).toEqual([
      ['task', '/questions/leading/#task'],
      ['action', '/questions/leading/#action'],
    ]);
  });

  it('indexes only the section itself, keeping its heading and bullet ids', () => {
    const $ = cheerio.load(records[1]!.html);
    expect($('[data-pagefind-body]')).toHaveLength(1);
    expect($('[data-pagefind-body]').text()).toBe('Action – What You Did Copy linkFormed a tiger team.');
    expect($('[data-pagefind-body]').attr('data-pagefind-meta')).toBe('title:Action – What You Did');
    expect($('[data-pagefind-body] #action-1')).toHaveLength(1);
    expect($('#task')).toHaveLength(0);
  });

  it('keeps the question’s competency and level filters, and marks the record as a section', () => {
    const $ = cheerio.load(records[0]!.html);
    const filters = $('[data-pagefind-filter]').map((_, element) => $(element).attr('data-pagefind-filter')).get();
    expect(filters.sort()).toEqual(['competency:conflict-resolution', 'competency:ownership', 'kind:section', 'level:senior', 'section:task']);
  });

  it('carries no metadata a search could match outside the section, and the question title on the heading anchor', () => {
    const $ = cheerio.load(records[0]!.html);
    const meta = $('[data-pagefind-meta]').map((_, element) => $(element).attr('data-pagefind-meta')).get();
    expect(meta).toEqual(['title:Task – Your Responsibility']);
    expect($('#task').attr('data-pagefind-title')).toBe('Leading Through Influence');
    expect($('[data-pagefind-sort]').attr('data-pagefind-sort')).toBe('title');
  });

  it('finds nothing in a page without sections', () => {
    expect(sectionRecords('<html><body><main data-pagefind-body><h1>Home</h1></main></body></html>', '/')).toEqual([]);
  });
});

