// /questions.json: every question's metadata and URLs, for tools and note plugins.
import type { APIRoute } from 'astro';
import { competencies, getQuestions, levelCounts, renderQuestion } from '../content.ts';
import { buildQuestionsIndex } from '../lib/bank/questions-index.ts';

export const GET: APIRoute = async ({ site }) => {
  const questions = await getQuestions();
  const index = buildQuestionsIndex({
    site: site!.origin,
    // The headings of the built page: the section URLs are exactly the page's anchors.
    questions: await Promise.all(questions.map(async (question) => ({ ...question.data, prompt: question.data.question, headings: (await renderQuestion(question)).headings }))),
    competencies,
    // A level has a page only when it has questions (src/pages/levels/[level].astro).
    levels: (await levelCounts({ withQuestions: true })).map(({ item }) => item),
  });
  return new Response(`${JSON.stringify(index, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
