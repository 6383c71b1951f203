// Names the index, the search page and the question pages share. Kept free of imports, so the
// browser's scripts take these values without pulling in an HTML parser or the search code.

/** The two sorts of record in the search index, told apart by the `kind` filter: a whole question,
 * and one section of a question (made by src/lib/search-index.ts). */
export const QUESTION_RECORD = 'question';
export const SECTION_RECORD = 'section';

/** The URL parameter a question page reads the words to mark from (src/scripts/search-highlight.ts). */
export const HIGHLIGHT_PARAM = 'highlight';
