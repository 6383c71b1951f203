// A reader's own answer as Markdown for their notes, citing the model answer's sections in the
// copy controls' citation form; and the speaking time a model answer sets as a target.
import { anchorUrl, escapeLinkText, markdownCitation } from './citation.ts';
import { NARRATIVE_SECTIONS } from './sections.ts';

/** What the Markdown names: the question and the absolute URL of its page. */
export interface AnswerSource {
  title: string;
  /** The prompt, one string per paragraph. */
  prompt: readonly string[];
  pageUrl: string;
}

/**
 * `# <title> — my answer`, the prompt as a quote, a link to the model answer, then each section
 * the reader wrote under its heading with a citation of the model's section below it. The
 * reader's text is theirs and stays Markdown as written; the site's text is escaped.
 */
export function answerMarkdown(source: AnswerSource, answer: Readonly<Record<string, string>>): string {
  const lines = [
    `# ${escapeLinkText(source.title)} — my answer`,
    '',
    source.prompt.map((paragraph) => `> ${escapeLinkText(paragraph)}`).join('\n>\n'),
    '',
    `Model answer: ${markdownCitation({ title: source.title, name: 'Model answer', url: source.pageUrl })}`,
  ];
  for (const section of NARRATIVE_SECTIONS) {
    const text = answer[section.id]?.trim();
    if (!text) continue;
    const citation = markdownCitation({ title: source.title, name: section.title, url: anchorUrl(source.pageUrl, section.id) });
    lines.push('', `## ${section.title}`, '', text, '', `Model: ${citation}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The file name a downloaded answer gets: `<slug>-my-answer.md`. */
export const answerFileName = (slug: string) => `${slug}-my-answer.md`;

/**
 * A relaxed interview pace: people speak 120–160 words a minute in conversation, and an answer
 * told from memory runs at the slow end.
 */
export const SPEAKING_WORDS_PER_MINUTE = 130;

/** The words of a text: runs of letters or digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** How long saying so many words takes at SPEAKING_WORDS_PER_MINUTE, to the nearest 15 seconds (at least 15). */
export function speakingSeconds(words: number): number {
  return Math.max(15, Math.round((words / SPEAKING_WORDS_PER_MINUTE) * 4) * 15);
}

/** A duration as a clock shows it: `2:05`. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A duration in words: `about 2 min 15 s`. */
export function durationWords(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
