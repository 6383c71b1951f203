// What a reader must find, on the page or in the Markdown export, for each line of a seed document.

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
/** Labels that open a line of text; the text after them must reach the reader. */
const PREFIXES = /^(Signals|Cheat Code|Assumptions): /u;
const CATEGORY = 'Behavioral';
/** The level line ("Senior Level"): the bank shows a level by its one name, "Senior". */
const LEVEL_LINE = /^(Junior|Mid|Senior|Staff|Principal) Level$/u;

/** The text each line of a seed document must show, in document order. */
export function expectedTexts(document: string): string[] {
  return document
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !LABELS.some((label) => label.test(line)))
    .flatMap((line) => (line.startsWith(CATEGORY) && line !== CATEGORY ? [CATEGORY, line.slice(CATEGORY.length)] : [line]))
    .map((line) => line.replace(PREFIXES, '').replace(LEVEL_LINE, '$1'));
}
