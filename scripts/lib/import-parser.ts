// Parser for the plain-text question documents coaches paste in (the format of the seeds).
// It keeps every line of text, tells labels from content, and refuses what it cannot place.
import { CATEGORIES, LEVELS, type CategoryId, type LevelId } from '../../src/lib/shared/vocabulary.ts';
import { LineError } from '../../src/lib/shared/line-error.ts';
import { NARRATIVE_SECTIONS, sectionHeading, sectionTitle, type SectionDefinition } from '../../src/lib/shared/sections.ts';

/** A line of text from a document, with its 1-based line number. */
export interface SourceLine {
  text: string;
  line: number;
}

/** A narrative or signal entry: "Label: text" keeps its label apart. */
export interface Entry {
  label?: string;
  text: string;
}

export interface ParsedDocument {
  category: CategoryId;
  title: string;
  /** The prompt, one string per paragraph. */
  prompt: string[];
  level: LevelId;
  /** Competency names as written, with their lines, for error messages. */
  competencies: SourceLine[];
  clarifyingQuestions: string[];
  /** `inline` for the one-line "Assumptions: …" form, which reads as prose rather than a list. */
  assumptions: { inline: boolean; items: string[] } | undefined;
  /** `inline` for "Signals: A, B, C." written as one sentence. */
  signals: { inline: boolean; items: Entry[] } | undefined;
  cheatCode: string[];
  /** The five narrative sections by id, each a list of entries. */
  narrative: Record<string, Entry[]>;
}

/** A document the importer refuses, at the line where the problem is. */
export class ImportError extends LineError {}

type Label =
  | { kind: 'questions-insights' | 'strategy-breakdown' | 'star-narrative' | 'coach-strategy' | 'clarifying-questions' }
  | { kind: 'assumptions' | 'signals' | 'cheat-code'; rest: string }
  | { kind: 'narrative'; section: SectionDefinition };

const STANDALONE_LABELS: [RegExp, Label['kind']][] = [
  [/^questions\s*(?:&|and)\s*insights:?$/i, 'questions-insights'],
  [/^strategy\s+breakdown:?$/i, 'strategy-breakdown'],
  [/^the\s+star\s+narrative:?$/i, 'star-narrative'],
  [/^coach(?:'s|’s)?\s+strategy:?$/i, 'coach-strategy'],
  [/^clarifying\s+questions:?$/i, 'clarifying-questions'],
];
// A hyphen with no space on either side joins words ("Results-Oriented", a competency); it is no heading dash.
const NARRATIVE_HEADING =
  /^(situations?|tasks?|actions?|results?|learnings?(?:\s*(?:\/|&|and)\s*reflection)?|reflection)(?:(?:\s*[–—]\s*|\s+-\s*|-\s+)([^.!?:]{0,60}))?:?$/i;
const ASSUMPTIONS = /^assumptions(?:\s+for\s+this\s+(?:response|answer))?\s*:\s*(.*)$/i;
const SIGNALS = /^signals\s*:\s*(.*)$/i;
const CHEAT_CODE = /^cheat\s+code\s*:\s*(.*)$/i;
const LEVEL_LINE = /^(\p{L}+)[\s-]+level$/iu;

function narrativeSection(heading: string): SectionDefinition {
  const word = heading.toLowerCase().startsWith('reflection') ? 'learning' : heading.toLowerCase();
  return NARRATIVE_SECTIONS.find((section) => word.startsWith(section.id))!;
}

/**
 * What a line is, if it is one of the format's fixed labels.
 * `inNarrative` limits the answer to labels that can end a narrative section, so that
 * a story line such as "Signals: we saw…" stays text.
 */
function labelOf(text: string, inNarrative: boolean): Label | undefined {
  for (const [pattern, kind] of STANDALONE_LABELS) {
    if (pattern.test(text)) return { kind } as Label;
  }
  const heading = NARRATIVE_HEADING.exec(text);
  if (heading) return { kind: 'narrative', section: narrativeSection(heading[1]!) };
  const assumptions = ASSUMPTIONS.exec(text);
  if (assumptions && (!inNarrative || assumptions[1] === '')) return { kind: 'assumptions', rest: assumptions[1]! };
  if (inNarrative) return undefined;
  const signals = SIGNALS.exec(text);
  if (signals) return { kind: 'signals', rest: signals[1]! };
  const cheatCode = CHEAT_CODE.exec(text);
  if (cheatCode) return { kind: 'cheat-code', rest: cheatCode[1]! };
  return undefined;
}

/**
 * Splits "Data-Driven Prototyping: I spent 48 hours…" into label and text.
 * A label is short and mostly capitalised, so "We had two options: A or B" stays whole.
 */
export function splitLabel(text: string): Entry {
  const match = /^([^:]{1,60}?):\s+(\S.*)$/u.exec(text);
  if (!match) return { text };
  const label = match[1]!;
  if (/[.!?]\s/u.test(label) || /^\p{Ll}/u.test(label) || /https?$/i.test(label)) return { text };
  const words = label.split(/\s+/u);
  const capitalised = words.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length;
  if (words.length > 8 || capitalised * 2 < words.length) return { text };
  return { label, text: match[2]! };
}

function levelOf(text: string): LevelId | string | undefined {
  const match = LEVEL_LINE.exec(text);
  if (!match) return undefined;
  const name = match[1]!.toLowerCase();
  return LEVELS.find((level) => level.id === name || level.name.toLowerCase() === name)?.id ?? match[1]!;
}

const isLevelId = (value: string): value is LevelId => LEVELS.some((level) => level.id === value);

/** Non-blank lines, trimmed, with their numbers; tolerates a BOM and CRLF or CR line ends. */
export function sourceLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map((raw, index) => ({ text: raw.trim(), line: index + 1 }))
    .filter((entry) => entry.text !== '');
}

/** Parses one document; throws an ImportError naming the line of the first problem. */
export function parseQuestionDocument(text: string): ParsedDocument {
  const lines = sourceLines(text);
  if (lines.length === 0) throw new ImportError(1, 'the document is empty');
  /** Where a part missing at the end of the document was expected. */
  const lastLine = lines.at(-1)!.line;
  let cursor = 0;
  const peek = () => lines[cursor];
  const expectedAt = () => peek()?.line ?? lastLine;

  const first = lines[cursor++]!;
  if (!/^the\s+question:?$/i.test(first.text)) {
    throw new ImportError(first.line, `expected "The Question" as the first line, found "${first.text}": this is not a question document`);
  }

  // The category stands on its own line or is glued to the front of the title.
  const categoryLine = lines[cursor++];
  if (!categoryLine) throw new ImportError(lastLine, 'missing the category and title after "The Question"');
  const category = CATEGORIES.find((candidate) => categoryLine.text.toLowerCase().startsWith(candidate.name.toLowerCase()));
  if (!category) {
    throw new ImportError(
      categoryLine.line,
      `expected the category (${CATEGORIES.map((c) => c.name).join(', ')}) after "The Question", found "${categoryLine.text}"`,
    );
  }
  let title = categoryLine.text.slice(category.name.length).trim();
  if (title === '') {
    const titleLine = lines[cursor];
    if (!titleLine || labelOf(titleLine.text, false) || levelOf(titleLine.text)) {
      throw new ImportError(titleLine?.line ?? lastLine, 'missing the question title after the category');
    }
    title = titleLine.text;
    cursor += 1;
  }

  const prompt: string[] = [];
  let level: LevelId | undefined;
  while (peek() && level === undefined) {
    const line = peek()!;
    const found = levelOf(line.text);
    if (found !== undefined) {
      if (!isLevelId(found)) {
        throw new ImportError(line.line, `unknown level "${found}"; expected one of ${LEVELS.map((l) => `"${l.name} Level"`).join(', ')}`);
      }
      if (prompt.length === 0) throw new ImportError(line.line, 'missing the question prompt between the title and the level');
      level = found;
    } else if (labelOf(line.text, false)) {
      break;
    } else {
      prompt.push(line.text);
    }
    cursor += 1;
  }
  if (level === undefined) {
    throw new ImportError(expectedAt(), 'missing the level line (such as "Senior Level") after the question prompt');
  }

  const competencies: SourceLine[] = [];
  while (peek() && !labelOf(peek()!.text, false)) competencies.push(lines[cursor++]!);
  if (competencies.length === 0) {
    throw new ImportError(expectedAt(), 'missing the competencies: one per line after the level line');
  }

  const parsed: ParsedDocument = {
    category: category.id,
    title,
    prompt,
    level,
    competencies,
    clarifyingQuestions: [],
    assumptions: undefined,
    signals: undefined,
    cheatCode: [],
    narrative: {},
  };

  const seen = new Map<string, number>();
  const once = (key: string, name: string, line: number) => {
    if (seen.has(key)) throw new ImportError(line, `"${name}" appears twice (first at line ${seen.get(key)})`);
    seen.set(key, line);
  };
  /** The content lines up to the next label. */
  const body = (inNarrative: boolean): SourceLine[] => {
    const taken: SourceLine[] = [];
    while (peek() && !labelOf(peek()!.text, inNarrative)) taken.push(lines[cursor++]!);
    return taken;
  };
  let inCoachStrategy = false;
  let lastNarrative = -1;

  while (peek()) {
    const line = lines[cursor++]!;
    const label = labelOf(line.text, false);
    if (!label) {
      throw new ImportError(line.line, `unexpected text "${line.text}": it is not under any section the bank knows`);
    }
    inCoachStrategy = label.kind === 'coach-strategy' || (inCoachStrategy && (label.kind === 'signals' || label.kind === 'cheat-code'));
    switch (label.kind) {
      case 'questions-insights':
      case 'strategy-breakdown':
      case 'star-narrative':
      case 'coach-strategy': {
        once(label.kind, line.text, line.line);
        const stray = body(false)[0];
        if (stray) {
          throw new ImportError(stray.line, `unexpected text "${stray.text}" after "${line.text}": the bank has no place for it`);
        }
        break;
      }
      case 'clarifying-questions': {
        once(label.kind, line.text, line.line);
        parsed.clarifyingQuestions = body(false).map((entry) => entry.text);
        if (parsed.clarifyingQuestions.length === 0) throw new ImportError(line.line, '"Clarifying Questions" lists no question');
        break;
      }
      case 'assumptions': {
        once(label.kind, sectionTitle('assumptions')!, line.line);
        const items = [label.rest, ...body(false).map((entry) => entry.text)].filter((item) => item !== '');
        if (items.length === 0) throw new ImportError(line.line, '"Assumptions" states no assumption');
        parsed.assumptions = { inline: label.rest !== '', items };
        break;
      }
      case 'signals':
      case 'cheat-code': {
        if (!inCoachStrategy) {
          throw new ImportError(line.line, `"${line.text.split(':')[0]}:" belongs under "Coach Strategy"`);
        }
        once(label.kind, sectionTitle(label.kind)!, line.line);
        const rest = body(false).map((entry) => entry.text);
        if (label.kind === 'signals') {
          const inline = label.rest !== '';
          const items = inline ? [{ text: label.rest }, ...rest.map((text) => ({ text }))] : rest.map(splitLabel);
          if (items.length === 0) throw new ImportError(line.line, '"Signals:" lists no signal');
          parsed.signals = { inline, items };
        } else {
          parsed.cheatCode = [label.rest, ...rest].filter((text) => text !== '');
          if (parsed.cheatCode.length === 0) throw new ImportError(line.line, '"Cheat Code:" has no text');
        }
        break;
      }
      case 'narrative': {
        const section = label.section;
        once(section.id, sectionHeading(section), line.line);
        const position = NARRATIVE_SECTIONS.indexOf(section);
        const skipped = NARRATIVE_SECTIONS.slice(lastNarrative + 1, position)[0];
        if (position < lastNarrative) {
          throw new ImportError(line.line, `"${line.text}" is out of order: the narrative goes ${NARRATIVE_SECTIONS.map((s) => s.title).join(', ')}`);
        }
        if (skipped) {
          const later = lines.slice(cursor).find((next) => {
            const found = labelOf(next.text, true);
            return found?.kind === 'narrative' && found.section === skipped;
          });
          throw new ImportError(
            line.line,
            later
              ? `"${line.text}" is out of order: it comes before "${later.text}" (line ${later.line}), but the narrative goes ${NARRATIVE_SECTIONS.map((s) => s.title).join(', ')}`
              : `missing the "${sectionHeading(skipped)}" section before "${line.text}"`,
          );
        }
        lastNarrative = position;
        const labelled = section.id === 'action' || section.id === 'result';
        const entries = body(true).map((entry) => (labelled ? splitLabel(entry.text) : { text: entry.text }));
        if (entries.length === 0) throw new ImportError(line.line, `the "${line.text}" section has no text`);
        parsed.narrative[section.id] = entries;
        break;
      }
    }
  }
  const missing = NARRATIVE_SECTIONS[lastNarrative + 1];
  if (missing) {
    throw new ImportError(lastLine, `missing the "${sectionHeading(missing)}" section (the narrative needs ${NARRATIVE_SECTIONS.map((s) => s.title).join(', ')})`);
  }
  return parsed;
}
