// What the search index holds for a question: one record for the whole page, and one record for
// each of its sections, so that a search can be narrowed to the section a hit is in.
import * as cheerio from 'cheerio';
import { QUESTION_RECORD, SECTION_RECORD } from '../../src/lib/shared/search-records.ts';

/** The elements that wrap one section of a question (src/lib/markdown/remark-question-structure.ts). */
const SECTION_SELECTOR = '[data-pagefind-filter^="section:"]';
/** Where a section record's one section goes in the page it is cut from. */
const SLOT = '<!--search-index: section-->';

export interface SectionRecord {
  /** The section id: `action`, `coach-strategy`, … */
  section: string;
  /** The record's URL: the question page at the section's anchor. */
  url: string;
  /** A whole HTML document for Pagefind to index as this record. */
  html: string;
}

/** An element's text as Pagefind indexes it: without what is marked to be ignored, such as copy-link controls. */
function indexedText(element: ReturnType<cheerio.CheerioAPI>): string {
  const copy = element.clone();
  copy.find('[data-pagefind-ignore]').remove();
  return copy.text().replace(/\s+/gu, ' ').trim();
}

/**
 * The section records of a built question page, or none for a page without sections.
 *
 * Each is the page itself with only one section left in it, and that section as the indexed body.
 * Pagefind applies filters found anywhere in a document, so the record keeps the page's competency
 * and level filters and takes the section's own `section` filter; its `kind` becomes `section`.
 * Pagefind also searches every metadata field, so a section record must carry no metadata with words
 * that are not in the section: its title is the section heading, and the question's title, which a
 * result needs to show, travels as the heading anchor's `data-pagefind-title` (returned with the
 * anchors, never searched).
 */
export function sectionRecords(pageHtml: string, url: string): SectionRecord[] {
  // htmlparser2 in HTML mode: several times faster than the default parser on pages this regular.
  const $ = cheerio.load(pageHtml, { xml: { xmlMode: false } });
  const sections = $(SECTION_SELECTOR).toArray();
  if (sections.length === 0) return [];
  const questionTitle = indexedText($('[data-pagefind-meta="title"]').first());
  // What every section record shares: the page without its body, metadata or sections…
  $('[data-pagefind-body]').removeAttr('data-pagefind-body');
  $('[data-pagefind-meta]').removeAttr('data-pagefind-meta');
  $('[data-pagefind-default-meta]').removeAttr('data-pagefind-default-meta');
  $(`[data-pagefind-filter="kind:${QUESTION_RECORD}"]`).attr('data-pagefind-filter', `kind:${SECTION_RECORD}`);
  // …and each section, made the body: parsed once, put together as text, since a page has many.
  const records = sections.map((element) => {
    const kept = $(element);
    const section = kept.attr('data-pagefind-filter')!.slice('section:'.length);
    const heading = kept.find(`#${section}`).first();
    kept.attr('data-pagefind-body', '').attr('data-pagefind-meta', `title:${indexedText(heading)}`);
    heading.attr('data-pagefind-title', questionTitle);
    return { section, url: `${url}#${section}`, body: $.html(kept) };
  });
  // A record needs its section and the elements carrying filters, not the page around them:
  // dropping the stylesheet, frame, contents, prompt and related list makes each of a question's
  // records a fraction of the page for Pagefind to parse.
  $('head').children().not('title').remove();
  $('script, .site-header, .site-footer, nav.toc, .prompt, .related, .skip-link').remove();
  $(sections[0]).replaceWith(SLOT);
  for (const element of sections.slice(1)) $(element).remove();
  const parts = $.html().split(SLOT);
  if (parts.length !== 2) throw new Error(`${url}: the page already holds the text ${SLOT}`);
  const [before, after] = parts as [string, string];
  return records.map(({ section, url: recordUrl, body }) => ({ section, url: recordUrl, html: `${before}${body}${after}` }));
}
