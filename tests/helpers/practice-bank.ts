// A bank for practice tests: the browsing bank's eight questions, each with every section
// (clarifying questions to learning), so practice mode has all its parts to reveal.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BROWSE_QUESTIONS, fixtureFrontmatter, type FixtureQuestion } from './browse-bank.ts';
import { OUTPUT } from './build.ts';
import { writeQuestions } from './fixtures.ts';

export const PRACTICE_DIST = join(OUTPUT, 'practice', 'dist');

/** The parts practice mode reveals, in page order, as their headings read. */
export const PRACTICE_STEPS = ['Clarifying Questions', 'Assumptions', 'Coach Strategy', 'Situation – Context', 'Task – Your Responsibility', 'Action – What You Did', 'Result – Outcome & Impact', 'Learning / Reflection – Growth'];

/**
 * The narrative of a question: 26 words a section, 130 in all — one minute at the speaking pace
 * practice assumes — so its target is known.
 */
const narrative = (title: string, section: string) => `- ${section} of ${title}: ${'word '.repeat(26 - 2 - title.split(' ').length).trim()}.`;

function questionFile(entry: FixtureQuestion): string {
  const star = ['Situation – Context', 'Task – Your Responsibility', 'Action – What You Did', 'Result – Outcome & Impact', 'Learning / Reflection – Growth'];
  return [
    ...fixtureFrontmatter(entry),
    '',
    '## Clarifying Questions',
    '',
    `- "Which part of ${entry.title} matters most?"`,
    '',
    '## Assumptions',
    '',
    `I assume ${entry.title} was a team effort.`,
    '',
    '## Coach Strategy',
    '',
    '### Signals',
    '',
    '- **Ownership:** Taking responsibility.',
    '',
    '### Cheat Code',
    '',
    `Name the stakes of ${entry.title} first.`,
    '',
    ...star.flatMap((heading) => [`## ${heading}`, '', narrative(entry.title, heading.split(' ')[0]!), '']),
  ].join('\n');
}

/** Writes the practice bank's question files and returns their folder. */
export function writePracticeBank(): string {
  return writeQuestions('practice', Object.fromEntries(BROWSE_QUESTIONS.map((entry) => [`${entry.slug}.md`, questionFile(entry)])));
}

/** Unfolds "Your answer" on a question page, as a reader would to write in it. */
export async function openYourAnswer(page: Page): Promise<void> {
  if (!(await page.locator('#your-answer').evaluate((details: HTMLDetailsElement) => details.open))) {
    await page.getByText('Your answer', { exact: true }).click();
  }
}
