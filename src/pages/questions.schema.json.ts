// /questions.schema.json: the JSON Schema that /questions.json follows.
import type { APIRoute } from 'astro';
import { absoluteUrl, QUESTIONS_SCHEMA_PATH } from '../lib/shared/urls.ts';
import { questionsIndexJsonSchema } from '../schemas/questions-index.ts';

export const GET: APIRoute = ({ site }) => {
  const schema = questionsIndexJsonSchema(absoluteUrl(QUESTIONS_SCHEMA_PATH, site!));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
