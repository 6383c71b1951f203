// Schema of /questions.json, the bank's index for tools and note plugins; published as JSON Schema
// at /questions.schema.json. Each field's description is published with it. A change that breaks
// readers raises `version`.
import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../lib/bank/slug.ts';
import { CATEGORY_IDS, LEVEL_IDS } from '../lib/shared/vocabulary.ts';

const slug = z.string().regex(SLUG_PATTERN);
const url = z.url({ protocol: /^https?$/ });

const section = z
  .strictObject({
    id: z.string().regex(SLUG_PATTERN).meta({ description: 'The permanent anchor id of the section ("action").' }),
    title: z.string().min(1).meta({ description: 'The heading as the page shows it ("Action – What You Did").' }),
    url: url.meta({ description: 'The absolute URL of the section: the question URL with "#id".' }),
  })
  .meta({ description: 'A section or sub-section of a question, in page order.' });

const question = z
  .strictObject({
    slug: slug.meta({ description: 'The permanent URL key: the question lives at /questions/<slug>/.' }),
    title: z.string().min(1).meta({ description: 'The question title.' }),
    prompt: z
      .string()
      .min(1)
      .meta({ description: 'The question as put to the candidate, as the page shows it (paragraphs separated by a blank line).' }),
    category: z.enum(CATEGORY_IDS).meta({ description: 'The kind of question.' }),
    level: z.enum(LEVEL_IDS).meta({ description: 'The seniority the model answer is pitched at (an id of "levels").' }),
    competencies: z
      .array(slug)
      .min(1)
      .meta({ description: 'Ids of the competencies the answer demonstrates, most important first (ids of "competencies").' }),
    url: url.meta({ description: 'The absolute URL of the question page.' }),
    markdownUrl: url.meta({ description: 'The absolute URL of the question as Markdown.' }),
    aliases: z
      .array(slug)
      .meta({ description: 'Earlier slugs; /questions/<alias>/ redirects to the question, keeping any #anchor.' }),
    sections: z.array(section).min(1).meta({ description: 'Every section and sub-section with its permanent anchor URL.' }),
  })
  .meta({ description: 'One question of the bank.' });

const term = z.strictObject({
  id: slug.meta({ description: 'The permanent id, as used in question entries and URLs.' }),
  name: z.string().min(1).meta({ description: 'The display name.' }),
  url: url.meta({ description: 'The absolute URL of the page listing its questions.' }),
});

export const questionsIndexSchema = z
  .strictObject({
    $schema: url.meta({ description: 'The absolute URL of this schema.' }),
    version: z.literal(1).meta({ description: 'The format version; raised only by a change that breaks readers.' }),
    site: url.meta({ description: 'The origin every URL in this file starts with.' }),
    questions: z.array(question).meta({ description: 'Every question, sorted by title.' }),
    competencies: z.array(term).meta({ description: 'The competency taxonomy, in its curated order.' }),
    levels: z.array(term).meta({ description: 'The levels, from the most junior up.' }),
  })
  .meta({ title: 'Behavioral Question Bank: questions.json', description: 'Every question of the bank with its metadata and URLs.' });

export type QuestionsIndex = z.output<typeof questionsIndexSchema>;

/** The JSON Schema of questions.json, published at `schemaUrl`. */
export function questionsIndexJsonSchema(schemaUrl: string): Record<string, unknown> {
  return { ...z.toJSONSchema(questionsIndexSchema, { target: 'draft-2020-12' }), $id: schemaUrl };
}
