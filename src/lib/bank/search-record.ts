// What the search index knows of a question: the page Pagefind reads for it. The index is built
// from the questions themselves, at the same time as Astro renders the site (the build's second
// core), not from the built pages afterwards; this is the one place that says what a question
// gives the search. The body is the page's own HTML (questionBodyHtml), so every anchor a result
// links to is an id on the question page.
import { QUESTION_RECORD } from '../shared/search-records.ts';
import { levelName, type LevelId } from '../shared/vocabulary.ts';
import { escapeMarkup } from './markup.ts';

export interface SearchRecordInput {
  title: string;
  level: LevelId;
  competencies: readonly { id: string; name: string }[];
  /** The prompt's paragraphs. */
  prompt: readonly string[];
  /** The body's HTML as the page shows it. */
  bodyHtml: string;
}

/**
 * The record's page. Indexed text: the title, the prompt and the body, in the page's order.
 * Filters: kind, level and competencies; meta: title and level. No sort: the title order is the
 * bank's own file (SEARCH_TITLE_ORDER). The level and competency names are ignored for the text,
 * as on the page, where they are links around it.
 */
export function searchRecordHtml(record: SearchRecordInput): string {
  const title = escapeMarkup(record.title);
  const level = escapeMarkup(record.level);
  const competencies = record.competencies
    .map((competency) => `<li data-pagefind-filter="competency:${escapeMarkup(competency.id)}">${escapeMarkup(competency.name)}</li>`)
    .join('');
  const prompt = record.prompt.map((paragraph) => `<p>${escapeMarkup(paragraph)}</p>`).join('');
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
    `<article data-pagefind-body data-pagefind-filter="kind:${QUESTION_RECORD}">` +
    `<p data-pagefind-ignore><span data-pagefind-filter="level:${level}" data-pagefind-meta="level:${level}">${escapeMarkup(levelName(record.level))}</span></p>` +
    `<h1 data-pagefind-meta="title">${title}</h1>` +
    `<ul data-pagefind-ignore>${competencies}</ul>` +
    `<blockquote>${prompt}</blockquote>` +
    `<div>${record.bodyHtml}</div>` +
    `</article></body></html>`
  );
}
