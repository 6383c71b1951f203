// The one place pages query content: questions, checked and sorted, and the taxonomy.
import { getCollection, type CollectionEntry } from 'astro:content';
import { relatedQuestions } from './lib/shared/browse.ts';
import { renderQuestionMarkdown, type RenderedQuestion } from './lib/markdown/question-markdown.ts';
import { checkSlugClaims } from './lib/bank/slug-claims.ts';
import { parseTaxonomy, type Competency } from './lib/bank/taxonomy.ts';
// Bundled with the pages, which run from dist/ where the source tree is out of reach.
import taxonomyYaml from '../content/competencies.yaml?raw';

export type Question = CollectionEntry<'questions'>;

let questions: Promise<Question[]> | undefined;

/** Every question, sorted by title; fails if two questions claim one URL. */
export function getQuestions(): Promise<Question[]> {
  questions ??= getCollection('questions').then((entries) => {
    checkSlugClaims(
      entries.map((entry) => ({ file: entry.filePath ?? entry.id, slug: entry.data.slug, aliases: entry.data.aliases })),
    );
    return entries.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
  });
  return questions;
}

const rendered = new Map<string, Promise<RenderedQuestion>>();

/**
 * A question's body as HTML, with its headings; a structure error fails the build, naming file
 * and line. Use this, not astro:content's render(): the store keeps questions unrendered (see
 * src/lib/markdown/question-loader.ts). Each question is rendered once per build, however many pages ask.
 */
export function renderQuestion(question: Question): Promise<RenderedQuestion> {
  // Keyed by content too, so that `astro dev` shows an edit.
  const key = `${question.id}\n${question.digest ?? ''}`;
  let result = rendered.get(key);
  if (!result) {
    result = renderQuestionMarkdown(question.body ?? '', question.filePath ?? question.id);
    rendered.set(key, result);
  }
  return result;
}

let related: Promise<Map<string, { entry: Question }[]>> | undefined;

/** How many related questions a question page shows. */
export const RELATED_LIMIT = 5;

/** The questions most related to one, computed for the whole bank once per build. */
export async function getRelatedQuestions(question: Question): Promise<Question[]> {
  related ??= getQuestions().then((questions) =>
    relatedQuestions(
      questions.map((entry) => ({ ...entry.data, entry })),
      RELATED_LIMIT,
    ),
  );
  return ((await related).get(question.data.slug) ?? []).map((summary) => summary.entry);
}

/** Every competency in the taxonomy, in its file's order. */
export const competencies: readonly Competency[] = parseTaxonomy(taxonomyYaml, 'content/competencies.yaml');

const competencyIndex = new Map(competencies.map((competency) => [competency.id, competency]));

/** The taxonomy entry of an id the schema has already checked. */
export function competencyById(id: string): Competency {
  const competency = competencyIndex.get(id);
  if (!competency) throw new Error(`unknown competency id "${id}"`);
  return competency;
}
