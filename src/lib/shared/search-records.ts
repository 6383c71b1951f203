// Names the index, the search page and the question pages share. Kept free of the search code, so
// the browser's scripts take these values without pulling in an HTML parser or the search code.
import { PAGEFIND_PATH, sitePath } from './urls.ts';

/** The two sorts of record in the search index, told apart by the `kind` filter: a whole question,
 * and one section of a question (made by scripts/lib/search-index.ts). */
export const QUESTION_RECORD = 'question';
export const SECTION_RECORD = 'section';

/**
 * Where each kind of record is searched: two Pagefind bundles. Question records are what every
 * search needs; section records (eight a question) are fetched only when a search is narrowed to
 * a section, so a first search over a large bank stays small (see README, Performance).
 */
export const SEARCH_BUNDLES = { [QUESTION_RECORD]: PAGEFIND_PATH, [SECTION_RECORD]: sitePath('/pagefind-sections/') } as const;

/** The URL parameter a question page reads the words to mark from (src/scripts/search-highlight.ts). */
export const HIGHLIGHT_PARAM = 'highlight';
