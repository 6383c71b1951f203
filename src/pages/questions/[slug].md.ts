// /questions/<slug>.md: a question as plain Markdown, for pasting into notes. `astro build` writes
// these files itself, beside the pages and off Astro's thread (scripts/lib/question-outputs.ts): as
// routes they cost the build more than their own rendering. This route serves them in `astro dev`.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuestions, renderQuestionExport, type Question } from '../../content.ts';

export const getStaticPaths = (async () => {
  // Only questions whose body the store holds, which is `astro dev` alone (question-loader.ts). Not
  // import.meta.env.DEV: Vite sets that from NODE_ENV, which a shell may set for a build too.
  const questions = await getQuestions();
  return questions.filter((question) => question.body !== undefined).map((question) => ({ params: { slug: question.data.slug }, props: { question } }));
}) satisfies GetStaticPaths;

interface Props {
  question: Question;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(renderQuestionExport(props.question), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
