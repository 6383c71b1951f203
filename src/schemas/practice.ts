// Schema of a practice export file (a reader's progress and own answers), published as JSON Schema
// at /practice.schema.json. The browser checks files with the lighter checkPracticeFile
// (src/lib/shared/practice-data.ts); a unit test holds the two to the same verdicts.
import { z } from 'astro/zod';
import {
  ANSWER_FIELDS,
  MAX_ANSWER_LENGTH,
  PRACTICE_VERSION,
  TIMESTAMP_PATTERN,
} from '../lib/shared/practice-data.ts';
import { SLUG_PATTERN } from '../lib/shared/urls.ts';

const timestamp = z.string().regex(TIMESTAMP_PATTERN);

const answer = z
  .strictObject(Object.fromEntries(ANSWER_FIELDS.map((field) => [field, z.string().max(MAX_ANSWER_LENGTH).optional()])))
  .meta({ description: 'The reader\'s own answer, by narrative section id ("situation", "task", "action", "result", "learning"); Markdown text.' });

const questionPractice = z
  .strictObject({
    practisedAt: timestamp.optional().meta({ description: 'When the reader last marked the question practised (UTC); absent if not practised.' }),
    confidence: z
      .union([z.literal(1), z.literal(2), z.literal(3)])
      .optional()
      .meta({ description: 'The reader\'s confidence: 1 unsure, 2 getting there, 3 confident.' }),
    answer: answer.optional(),
  })
  .meta({ description: 'A reader\'s progress on one question and their own answer to it.' });

export const practiceFileSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'The absolute URL of this schema.' }),
    version: z.literal(PRACTICE_VERSION).meta({ description: 'The format version; raised only by a change that breaks readers.' }),
    exportedAt: timestamp.optional().meta({ description: 'When the file was exported (UTC).' }),
    questions: z
      .record(z.string().regex(SLUG_PATTERN), questionPractice)
      .meta({ description: 'By question slug (the question lives at /questions/<slug>/).' }),
  })
  .meta({
    title: 'Behavioral Question Bank: practice export',
    description: 'A reader\'s practice progress and own answers, exported from their browser.',
  });

/** The JSON Schema of a practice file, published at `schemaUrl`. */
export function practiceJsonSchema(schemaUrl: string): Record<string, unknown> {
  return { ...z.toJSONSchema(practiceFileSchema, { target: 'draft-2020-12' }), $id: schemaUrl };
}
