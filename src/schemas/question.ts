// Schema of a question's frontmatter; the build and the importer both validate against it.
import { z } from 'astro/zod';
import { SLUG_PATTERN, toSlug } from '../lib/bank/slug.ts';
import { closestCompetency, findCompetency, type Competency } from '../lib/bank/taxonomy.ts';
import { CATEGORY_IDS, LEVEL_IDS } from '../lib/shared/vocabulary.ts';

const slug = z.string().regex(SLUG_PATTERN, 'must be kebab-case: lower-case letters, digits and single hyphens');

const oneOf = (values: readonly string[]) => (issue: { input?: unknown }) =>
  `unknown value ${JSON.stringify(issue.input)}; expected one of ${values.join(', ')}`;

/** The frontmatter schema, checking competency ids against the given taxonomy. */
export function createQuestionSchema(taxonomy: readonly Competency[]) {
  const competencyIds = z
    .array(z.string())
    .min(1, 'at least one competency is required')
    .superRefine((ids, ctx) => {
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id)) {
          ctx.addIssue({ code: 'custom', path: [index], message: `duplicate competency "${id}"` });
        }
        seen.add(id);
        if (!taxonomy.some((competency) => competency.id === id)) {
          const known = findCompetency(taxonomy, id);
          const hint = known ?? closestCompetency(taxonomy, id);
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: `unknown competency "${id}"; did you mean "${hint.id}"? (the taxonomy is content/competencies.yaml)`,
          });
        }
      });
    });

  return z
    .strictObject({
      /** The question's name, shown as the page title. */
      title: z.string().trim().min(1, 'must not be empty'),
      /** Permanent URL key; defaults to the kebab-case of the title. Never change it once published. */
      slug: slug.optional(),
      /** The kind of question. */
      category: z.enum(CATEGORY_IDS, { error: oneOf(CATEGORY_IDS) }),
      /** The seniority the model answer is pitched at. */
      level: z.enum(LEVEL_IDS, { error: oneOf(LEVEL_IDS) }),
      /** Taxonomy ids of the competencies the answer demonstrates, most important first. */
      competencies: competencyIds,
      /** The prompt the interviewer asks. */
      question: z.string().trim().min(1, 'must not be empty'),
      /** Earlier slugs of this question; each keeps working as a redirect. Default: none. */
      aliases: z.array(slug).default([]),
      /** The document the question was imported from, if any. */
      source: z.string().optional(),
    })
    .transform((data) => ({ ...data, slug: data.slug ?? toSlug(data.title) }));
}

export type QuestionData = z.output<ReturnType<typeof createQuestionSchema>>;
export type QuestionFrontmatter = z.input<ReturnType<typeof createQuestionSchema>>;
