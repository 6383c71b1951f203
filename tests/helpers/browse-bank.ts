// A small bank for browsing tests: 8 questions over 3 levels and 6 competencies, each with
// the five narrative sections (a long Action) and nothing else, so the tests can say exactly what each page lists.
import { join } from 'node:path';
import { OUTPUT } from './build.ts';
import { writeQuestions } from './fixtures.ts';

export interface FixtureQuestion {
  title: string;
  slug: string;
  level: 'mid' | 'senior' | 'staff';
  competencies: string[];
}

const question = (title: string, level: FixtureQuestion['level'], ...competencies: string[]): FixtureQuestion => ({
  title,
  slug: title.toLowerCase().replace(/\s+/gu, '-'),
  level,
  competencies,
});

export const BROWSE_QUESTIONS: readonly FixtureQuestion[] = [
  question('Alpha Migration', 'senior', 'ownership', 'conflict-resolution', 'stakeholder-management'),
  question('Bravo Outage', 'senior', 'ownership', 'conflict-resolution'),
  question('Charlie Roadmap', 'staff', 'ownership', 'conflict-resolution', 'stakeholder-management'),
  question('Delta Mentoring', 'staff', 'conflict-resolution', 'mentorship'),
  question('Echo Backlog', 'mid', 'mentorship', 'prioritization', 'communication'),
  question('Foxtrot Launch', 'mid', 'ownership', 'prioritization'),
  question('Golf Review', 'senior', 'stakeholder-management', 'communication'),
  question('Hotel Escalation', 'staff', 'ownership', 'conflict-resolution', 'communication'),
];

export const BROWSE_DIST = join(OUTPUT, 'browse', 'dist');

/** A fixture question's frontmatter, as lines, fences included. */
export function fixtureFrontmatter(entry: FixtureQuestion): string[] {
  return [
    '---',
    `title: ${entry.title}`,
    `slug: ${entry.slug}`,
    'category: behavioral',
    `level: ${entry.level}`,
    'competencies:',
    ...entry.competencies.map((id) => `  - ${id}`),
    `question: Tell me about ${entry.title}. What did you do?`,
    '---',
  ];
}

/** The question file of one fixture question: its frontmatter and the five narrative sections. */
export function browseQuestionFile(entry: FixtureQuestion): string {
  // Action runs long, as real answers do, so a reader can land deep inside a section.
  const bullets = (name: string) =>
    name === 'Action'
      ? Array.from({ length: 12 }, (_, index) => `- ${name} ${index + 1} of ${entry.title}: a step described in enough words to fill a line or two of the page.`)
      : [`- ${name} of ${entry.title}.`];
  const sections = ['Situation', 'Task', 'Action', 'Result', 'Learning']
    .map((name) => `## ${name}\n\n${bullets(name).join('\n')}`)
    .join('\n\n');
  return [...fixtureFrontmatter(entry), '', sections, ''].join('\n');
}

/** Writes the fixture bank's question files and returns their folder. */
export function writeBrowseBank(): string {
  return writeQuestions('browse', Object.fromEntries(BROWSE_QUESTIONS.map((entry) => [`${entry.slug}.md`, browseQuestionFile(entry)])));
}

/** The titles of the fixture questions that pass a filter, by title. */
export function expectedTitles(filter: { competencies?: string[]; level?: string }): string[] {
  return BROWSE_QUESTIONS.filter(
    (entry) =>
      (filter.level === undefined || entry.level === filter.level) &&
      (filter.competencies ?? []).every((id) => entry.competencies.includes(id)),
  )
    .map((entry) => entry.title)
    .sort();
}
