// /questions.json: every question's metadata and URLs, for tools and note plugins.
import type { APIRoute } from 'astro';
import { competencies, getQuestions, renderQuestion } from '../content.ts';
import { buildQuestionsIndex } from '../lib/bank/questions-index.ts';
import { LEVELS } from '../lib/shared/vocabulary.ts';

export const GET: APIRoute = async ({ site }) => {
  const questions = await getQuestions();
  const index = buildQuestionsIndex({
    site: site!.origin,
    // The headings of the built page: the section URLs are exactly the page's anchors.
    questions: await Promise.all(questions.map(async (question) => ({ ...question.data, headings: (await renderQuestion(question)).headings }))),
    competencies,
    // A level has a page only when it has questions (src/pages/levels/[level].astro).
    levels: LEVELS.filter((level) => questions.some((question) => question.data.level === level.id)),
  });
  return new Response(`${JSON.stringify(index, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
