// The two sorts of record in the search index, told apart by the `kind` filter: a whole question,
// and one section of a question (made by src/lib/search-index.ts). Kept free of imports, so the
// browser's search code and the build share these values without pulling in an HTML parser.
export const QUESTION_RECORD = 'question';
export const SECTION_RECORD = 'section';
