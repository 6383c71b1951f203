// The one place pages query content: questions, checked and sorted, rendered once each, grouped
// and counted for browsing, and the taxonomy.
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteOrigin } from './lib/bank/site.ts';
import { checkSlugClaims } from './lib/bank/slug-claims.ts';
import { parseTaxonomy, type Competency } from './lib/bank/taxonomy.ts';
import { questionExport } from './lib/markdown/markdown-export.ts';
import { parseQuestionBody, questionBodyHtml, questionFormat } from './lib/markdown/question-markdown.ts';
import type { QuestionHeading } from './lib/markdown/remark-question-structure.ts';
import { renderedBody } from './lib/markdown/rendered-bodies.ts';
import {
  coOccurringCompetencies,
  compareTitles,
  countByCompetency,
  countByLevel,
  questionsAtLevel as atLevel,
  questionsWithCompetency as withCompetency,
  relatedQuestions,
  type Counted,
} from './lib/shared/browse.ts';
import { LEVELS, type LevelId } from './lib/shared/vocabulary.ts';
// Bundled with the pages, which run from dist/ where the source tree is out of reach; the alias
// (astro.config.mjs) is the taxonomy file BANK_TAXONOMY names.
import taxonomyYaml from 'bank:taxonomy?raw';

export type Question = CollectionEntry<'questions'>;
export type Level = (typeof LEVELS)[number];

let questions: Promise<Question[]> | undefined;

/** Every question, sorted by title; fails if two questions claim one URL. */
export function getQuestions(): Promise<Question[]> {
  questions ??= getCollection('questions').then((entries) => {
    checkSlugClaims(
      entries.map((entry) => ({ file: entry.filePath ?? entry.id, slug: entry.data.slug, aliases: entry.data.aliases })),
    );
    return entries.sort((a, b) => compareTitles(a.data.title, b.data.title));
  });
  return questions;
}

/** Every competency in the taxonomy, in its file's order. */
export const competencies: readonly Competency[] = parseTaxonomy(taxonomyYaml, 'the competency taxonomy');

const competencyIndex = new Map(competencies.map((competency) => [competency.id, competency]));

/** The taxonomy entry of an id the schema has already checked. */
export function competencyById(id: string): Competency {
  const competency = competencyIndex.get(id);
  if (!competency) throw new Error(`unknown competency id "${id}"`);
  return competency;
}

export interface RenderedQuestion {
  /** The body as the page shows it. */
  html: string;
  /** Its sections and sub-sections, with their anchors: the table of contents and questions.json. */
  headings: QuestionHeading[];
}

const rendered = new Map<string, Promise<RenderedQuestion>>();

/** The public origin the export's links are built on, read once per build (as astro.config.mjs reads it). */
const SITE = siteOrigin();

/** A question's checked Markdown tree; a structure error fails the build, naming file and line. */
function parsedBody(question: Question) {
  const file = question.filePath ?? question.id;
  // In a build the store holds no body (question-loader.ts): every one comes from beside the build,
  // and one that does not come, or was made from other text, was changed while the build ran.
  if (question.body === undefined) throw new Error(`${file}: the file changed while the bank was building; build again`);
  return parseQuestionBody(question.body, file, questionFormat(file, question.data));
}

/**
 * A question's page HTML and headings, from one parse of its body. Use this, not astro:content's
 * render(): the store keeps questions unrendered (see src/lib/markdown/question-loader.ts). Each
 * question is rendered once per build, however many pages ask, and in a build most often by the
 * process beside it (src/lib/markdown/rendered-bodies.ts).
 */
export function renderQuestion(question: Question): Promise<RenderedQuestion> {
  // Keyed by content too, so that `astro dev` shows an edit.
  const key = `${question.id}\n${question.digest ?? ''}`;
  let result = rendered.get(key);
  if (!result) {
    // Rendered beside the build for the search index already, in a build (rendered-bodies.ts).
    result = renderedBody(question.filePath ?? question.id, String(question.digest ?? '')).then((sent) => {
      if (sent) return sent;
      const { tree, headings } = parsedBody(question);
      return { html: questionBodyHtml(tree), headings };
    });
    rendered.set(key, result);
  }
  return result;
}

/** The whole question as /questions/<slug>.md serves it (in `astro dev`: the build writes these files itself). */
export function renderQuestionExport(question: Question): string {
  return questionExport(question.data, parsedBody(question).tree, SITE, (id) => competencyById(id).name);
}

/** A question's prompt as its paragraphs (separated by blank lines in the file). */
export function promptParagraphs(question: Question): string[] {
  return question.data.question.split(/\n\s*\n/u);
}

let related: Promise<Map<string, { entry: Question }[]>> | undefined;

/** How many related questions a question page shows. */
export const RELATED_LIMIT = 5;

/** The questions most related to one, computed for the whole bank once per build. */
export async function getRelatedQuestions(question: Question): Promise<Question[]> {
  related ??= getQuestions().then((all) =>
    relatedQuestions(
      all.map((entry) => ({ ...entry.data, entry })),
      RELATED_LIMIT,
    ),
  );
  return ((await related).get(question.data.slug) ?? []).map((summary) => summary.entry);
}

const summaries = (list: readonly Question[]) => list.map((question) => ({ ...question.data, entry: question }));

/** The questions showing a competency, by title. */
export async function questionsWithCompetency(id: string): Promise<Question[]> {
  return withCompetency(summaries(await getQuestions()), id).map((summary) => summary.entry);
}

/** The questions of a level, by title. */
export async function questionsAtLevel(level: LevelId): Promise<Question[]> {
  return atLevel(summaries(await getQuestions()), level).map((summary) => summary.entry);
}

/**
 * How many of `list` (default: the whole bank) show each competency, most first; with
 * `withQuestions`, only the competencies that have at least one.
 */
export async function competencyCounts(options: { list?: readonly Question[]; withQuestions?: boolean } = {}): Promise<Counted<Competency>[]> {
  const counted = countByCompetency((options.list ?? (await getQuestions())).map((question) => question.data), competencies);
  return options.withQuestions ? counted.filter(({ count }) => count > 0) : counted;
}

/** How many of `list` (default: the whole bank) each level has, in level order; with `withQuestions`, only levels that have some. */
export async function levelCounts(options: { list?: readonly Question[]; withQuestions?: boolean } = {}): Promise<Counted<Level>[]> {
  const counted = countByLevel((options.list ?? (await getQuestions())).map((question) => question.data));
  return options.withQuestions ? counted.filter(({ count }) => count > 0) : counted;
}

/** The competencies seen alongside one in a list of its questions, most often first. */
export function competenciesAlongside(list: readonly Question[], id: string): Counted<Competency>[] {
  return coOccurringCompetencies(
    list.map((question) => question.data),
    id,
  ).map(({ item, count }) => ({ item: competencyById(item), count }));
}
