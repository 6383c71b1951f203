// Builds /questions.json: every question's metadata and URLs, for tools and note plugins.
import type { QuestionsIndex } from '../../schemas/questions-index.ts';
import { anchorUrl } from '../shared/citation.ts';
import { absoluteUrl, competencyPath, levelPath, questionMarkdownPath, questionPath, QUESTIONS_SCHEMA_PATH } from '../shared/urls.ts';
import type { CategoryId, LevelId } from '../shared/vocabulary.ts';

export interface IndexedQuestion {
  slug: string;
  title: string;
  /** The question as put to the candidate. */
  prompt: string;
  category: CategoryId;
  level: LevelId;
  competencies: readonly string[];
  aliases: readonly string[];
  /** The headings of the rendered question with their anchor ids, as Astro's render() gives them. */
  headings: readonly { depth: number; slug: string; text: string }[];
}

export interface IndexInput {
  /** The site's origin. */
  site: string;
  /** In the order the index lists them. */
  questions: readonly IndexedQuestion[];
  competencies: readonly { id: string; name: string }[];
  levels: readonly { id: string; name: string }[];
}

/** The contents of /questions.json. */
export function buildQuestionsIndex(input: IndexInput): QuestionsIndex {
  const at = (path: string) => absoluteUrl(path, input.site);
  return {
    $schema: at(QUESTIONS_SCHEMA_PATH),
    version: 1,
    site: new URL(input.site).origin,
    questions: input.questions.map((question) => {
      const url = at(questionPath(question.slug));
      return {
        slug: question.slug,
        title: question.title,
        prompt: question.prompt,
        category: question.category,
        level: question.level,
        competencies: [...question.competencies],
        url,
        markdownUrl: at(questionMarkdownPath(question.slug)),
        aliases: [...question.aliases],
        sections: question.headings
          .filter((heading) => heading.depth === 2 || heading.depth === 3)
          .map((heading) => ({ id: heading.slug, title: heading.text, url: anchorUrl(url, heading.slug) })),
      };
    }),
    competencies: input.competencies.map(({ id, name }) => ({ id, name, url: at(competencyPath(id)) })),
    levels: input.levels.map(({ id, name }) => ({ id, name, url: at(levelPath(id)) })),
  };
}
