// The bank's content collections: one question per Markdown file.
import { defineCollection } from 'astro:content';
import { questionsDir } from './lib/bank/bank-paths.ts';
import { questionLoader } from './lib/markdown/question-loader.ts';
import { loadTaxonomy } from './lib/bank/taxonomy.ts';
import { createQuestionSchema } from './schemas/question.ts';

const questions = defineCollection({
  // The id is the file, not the slug, so that two files claiming one slug are caught, not merged.
  loader: questionLoader({ base: questionsDir() }),
  schema: createQuestionSchema(loadTaxonomy()),
});

export const collections = { questions };
