// /questions/<slug>.md: a question as plain Markdown, for pasting into notes.
import type { APIRoute, GetStaticPaths } from 'astro';
import { competencyById, getQuestions, type Question } from '../../content.ts';
import { questionMarkdown } from '../../lib/markdown/markdown-export.ts';
import { absoluteUrl, competencyPath, levelPath, questionPath } from '../../lib/shared/urls.ts';
import { categoryName, levelName } from '../../lib/shared/vocabulary.ts';

export const getStaticPaths = (async () => {
  const questions = await getQuestions();
  return questions.map((question) => ({ params: { slug: question.data.slug }, props: { question } }));
}) satisfies GetStaticPaths;

interface Props {
  question: Question;
}

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { data, body = '' } = props.question;
  const at = (path: string) => absoluteUrl(path, site!);
  const markdown = questionMarkdown({
    title: data.title,
    url: at(questionPath(data.slug)),
    category: categoryName(data.category),
    level: { name: levelName(data.level), url: at(levelPath(data.level)) },
    competencies: data.competencies.map(competencyById).map(({ id, name }) => ({ name, url: at(competencyPath(id)) })),
    prompt: data.question,
    body,
    file: props.question.filePath ?? props.question.id,
  });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
