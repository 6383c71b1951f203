// The bank's content collections: one question per Markdown/MDX file.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { questionsDir } from './lib/bank-paths.ts';
import { loadTaxonomy } from './lib/taxonomy.ts';
import { createQuestionSchema } from './schemas/question.ts';

const questions = defineCollection({
  loader: glob({
    pattern: '**/*.{md,mdx}',
    base: questionsDir(),
    // The id is the file, not the slug, so that two files claiming one slug are caught, not merged.
    generateId: ({ entry }) => entry.replace(/\.mdx?$/u, ''),
  }),
  schema: createQuestionSchema(loadTaxonomy()),
});

export const collections = { questions };
