// The sections of a question page: their permanent ids, headings, order, and the structure check.
import { LineError } from './line-error.ts';

/** Every section's permanent anchor id, in page order; part of the linking contract. */
export const SECTION_IDS = ['clarifying-questions', 'assumptions', 'coach-strategy', 'situation', 'task', 'action', 'result', 'learning'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** The sub-sections' permanent anchor ids (both under Coach Strategy). */
export const SUBSECTION_IDS = ['signals', 'cheat-code'] as const;
export type SubsectionId = (typeof SUBSECTION_IDS)[number];

export interface SubsectionDefinition {
  /** Permanent anchor id. */
  id: SubsectionId;
  /** Heading name as written in documents and shown on the page ("Cheat Code"). */
  title: string;
}

export interface SectionDefinition {
  /** Permanent anchor id; never changes once published. */
  id: SectionId;
  /** Heading name as written in documents. */
  title: string;
  /** The coached gloss after the dash ("Situation – Context"); narrative sections only. */
  subtitle?: string;
  /** Other names a heading may use for this section. */
  alsoCalled?: readonly string[];
  /** Part of the STAR narrative, and so required. */
  narrative: boolean;
  subsections?: readonly SubsectionDefinition[];
}

/** Every section in page order. */
export const SECTIONS: readonly SectionDefinition[] = [
  { id: 'clarifying-questions', title: 'Clarifying Questions', narrative: false },
  { id: 'assumptions', title: 'Assumptions', narrative: false },
  {
    id: 'coach-strategy',
    title: 'Coach Strategy',
    narrative: false,
    subsections: [
      { id: 'signals', title: 'Signals' },
      { id: 'cheat-code', title: 'Cheat Code' },
    ],
  },
  { id: 'situation', title: 'Situation', subtitle: 'Context', narrative: true },
  { id: 'task', title: 'Task', subtitle: 'Your Responsibility', narrative: true },
  { id: 'action', title: 'Action', subtitle: 'What You Did', narrative: true },
  { id: 'result', title: 'Result', subtitle: 'Outcome & Impact', narrative: true },
  {
    id: 'learning',
    title: 'Learning / Reflection',
    subtitle: 'Growth',
    alsoCalled: ['Learning', 'Reflection', 'Learning and Reflection'],
    narrative: true,
  },
];

export const NARRATIVE_SECTIONS = SECTIONS.filter((section) => section.narrative);

const SECTION_BY_ID = new Map<string, SectionDefinition>(SECTIONS.map((section) => [section.id, section]));
const SUBSECTION_BY_ID = new Map<string, SubsectionDefinition>(
  SECTIONS.flatMap((section) => (section.subsections ?? []).map((sub) => [sub.id, sub] as const)),
);

/** Whether a string is a section's anchor id. */
export const isSectionId = (id: string): id is SectionId => SECTION_BY_ID.has(id);

/** The section of an id ("action"), or undefined for anything else. */
export const sectionById = (id: string): SectionDefinition | undefined => SECTION_BY_ID.get(id);

/** The sub-section of an id ("cheat-code"), or undefined for anything else. */
export const subsectionById = (id: string): SubsectionDefinition | undefined => SUBSECTION_BY_ID.get(id);

/** The short name of a section or sub-section anchor ("Action", "Cheat Code"), as citations and filters show it. */
export function sectionTitle(id: string): string | undefined {
  return (SECTION_BY_ID.get(id) ?? SUBSECTION_BY_ID.get(id))?.title;
}

/** The anchor of the n-th bullet or paragraph (from 1) of a section or sub-section: `action-2`. */
export const blockAnchor = (sectionId: SectionId | SubsectionId, n: number): string => `${sectionId}-${n}`;

/** The section and position a block anchor names (`action-2` → action, 2), or undefined. */
export function parseBlockAnchor(anchor: string): { id: SectionId | SubsectionId; n: number } | undefined {
  const match = /^(.+)-([1-9]\d*)$/u.exec(anchor);
  if (!match || sectionTitle(match[1]!) === undefined) return undefined;
  return { id: match[1] as SectionId | SubsectionId, n: Number(match[2]) };
}

/** The heading text a section is written with: "Action – What You Did". */
export function sectionHeading(section: SectionDefinition): string {
  return section.subtitle ? `${section.title} – ${section.subtitle}` : section.title;
}

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The section a `##` heading names, ignoring case, punctuation and any "– subtitle". */
export function findSection(headingText: string): SectionDefinition | undefined {
  const name = normalise(headingText.split(/\s+[–—-]\s+/u)[0] ?? '');
  return SECTIONS.find((section) =>
    [section.title, ...(section.alsoCalled ?? [])].some((candidate) => normalise(candidate) === name),
  );
}

export interface HeadingAt {
  depth: number;
  text: string;
  line: number;
}

export interface ResolvedHeading extends HeadingAt {
  /** The anchor id the heading gets. */
  id: SectionId | SubsectionId;
  /** The section it opens or belongs to. */
  section: SectionDefinition;
}

/** A question body whose sections break the structure, at the line of the problem. */
export class StructureError extends LineError {}

const quoted = (section: SectionDefinition) => `"${section.title}"`;

/**
 * Maps a question body's headings to section ids, in document order.
 * Throws a StructureError at the first heading that is unknown, repeated or out of order,
 * or for the first required narrative section that is missing.
 */
export function resolveSectionHeadings(headings: readonly HeadingAt[], endLine: number): ResolvedHeading[] {
  const resolved: ResolvedHeading[] = [];
  let current: SectionDefinition | undefined;
  const seenSubsections = new Set<string>();
  for (const heading of headings) {
    if (heading.depth === 2) {
      const section = findSection(heading.text);
      if (!section) {
        throw new StructureError(
          heading.line,
          `unknown section "${heading.text}"; sections are ${SECTIONS.map(sectionHeading).join(', ')}`,
        );
      }
      const previous = resolved.find((entry) => entry.depth === 2 && entry.section === section);
      if (previous) {
        throw new StructureError(heading.line, `section ${quoted(section)} appears twice (first at line ${previous.line})`);
      }
      if (current && SECTIONS.indexOf(section) < SECTIONS.indexOf(current)) {
        throw new StructureError(
          heading.line,
          `section ${quoted(section)} is out of order: it must come before ${quoted(current)} (order: ${SECTIONS.map((s) => s.title).join(', ')})`,
        );
      }
      current = section;
      resolved.push({ ...heading, id: section.id, section });
    } else if (heading.depth === 3) {
      const subsection = current?.subsections?.find((sub) => normalise(sub.title) === normalise(heading.text));
      if (!current || !subsection) {
        const allowed = SECTIONS.flatMap((s) => (s.subsections ?? []).map((sub) => `"${sub.title}" under ${quoted(s)}`));
        throw new StructureError(heading.line, `unexpected sub-heading "${heading.text}"; the only sub-headings are ${allowed.join(', ')}`);
      }
      if (seenSubsections.has(subsection.id)) {
        throw new StructureError(heading.line, `sub-heading "${subsection.title}" appears twice`);
      }
      seenSubsections.add(subsection.id);
      resolved.push({ ...heading, id: subsection.id, section: current });
    } else {
      throw new StructureError(heading.line, `heading level ${heading.depth} is not used in a question: sections are "##" headings`);
    }
  }
  for (const [index, section] of NARRATIVE_SECTIONS.entries()) {
    if (resolved.some((entry) => entry.section === section)) continue;
    const later = resolved.find((entry) => SECTIONS.indexOf(entry.section) > SECTIONS.indexOf(section));
    const after = NARRATIVE_SECTIONS[index - 1];
    throw new StructureError(
      later?.line ?? endLine,
      `missing the required section "## ${sectionHeading(section)}"${after ? ` (it comes after ${quoted(after)})` : ''}`,
    );
  }
  return resolved;
}
