// /questions/<slug>.md: a question as plain Markdown, for pasting into notes.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuestions, renderQuestion, type Question } from '../../content.ts';

export const getStaticPaths = (async () => {
  const questions = await getQuestions();
  return questions.map((question) => ({ params: { slug: question.data.slug }, props: { question } }));
}) satisfies GetStaticPaths;

interface Props {
  question: Question;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(renderQuestion(props.question).markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
