// /practice.schema.json: the JSON Schema that a practice export file follows.
import type { APIRoute } from 'astro';
import { absoluteUrl, PRACTICE_SCHEMA_PATH } from '../lib/shared/urls.ts';
import { practiceJsonSchema } from '../schemas/practice.ts';

export const GET: APIRoute = ({ site }) => {
  const schema = practiceJsonSchema(absoluteUrl(PRACTICE_SCHEMA_PATH, site!));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
