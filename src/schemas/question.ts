// Schema of a question's frontmatter; the build and the importer both validate against it.
import { z } from 'astro/zod';
import { forbiddenCharacter } from '../lib/bank/characters.ts';
import { SLUG_PATTERN, toSlug } from '../lib/bank/slug.ts';
import { closestCompetency, findCompetency, type Competency } from '../lib/bank/taxonomy.ts';
import { CATEGORY_IDS, LEVEL_IDS } from '../lib/shared/vocabulary.ts';

const slug = z.string().regex(SLUG_PATTERN, 'must be kebab-case: lower-case letters, digits and single hyphens');

/**
 * What YAML made of an unquoted value that is not text, so the author knows to quote it; a missing
 * field keeps zod's own message (undefined falls through to it).
 */
function notText(issue: { input?: unknown }): string | undefined {
  const input = issue.input;
  if (input === undefined) return undefined;
  const kind = input instanceof Date ? 'a date' : input === null ? 'null (empty)' : Array.isArray(input) ? 'a list' : `a ${typeof input}`;
  return `must be text, but YAML reads this value as ${kind}; put it in double quotes`;
}

/** Text a reader sees: not empty, and nothing invisible that hides or reorders it. */
const text = () =>
  z
    .string({ error: notText })
    .trim()
    .min(1, 'must not be empty')
    .superRefine((value, ctx) => {
      const reason = forbiddenCharacter(value);
      if (reason !== undefined) ctx.addIssue({ code: 'custom', message: reason });
    });

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
      title: text(),
      /** Permanent URL key; defaults to the kebab-case of the title. Never change it once published. */
      slug: slug.optional(),
      /** The kind of question. */
      category: z.enum(CATEGORY_IDS, { error: oneOf(CATEGORY_IDS) }),
      /** The seniority the model answer is pitched at. */
      level: z.enum(LEVEL_IDS, { error: oneOf(LEVEL_IDS) }),
      /** Taxonomy ids of the competencies the answer demonstrates, most important first. */
      competencies: competencyIds,
      /** The prompt the interviewer asks. */
      question: text(),
      /** Earlier slugs of this question; each keeps working as a redirect. Default: none. */
      aliases: z.array(slug).default([]),
      /** The document the question was imported from, if any. */
      source: z.string({ error: notText }).optional(),
    })
    .transform((data) => ({ ...data, slug: data.slug ?? toSlug(data.title) }));
}

export type QuestionData = z.output<ReturnType<typeof createQuestionSchema>>;
export type QuestionFrontmatter = z.input<ReturnType<typeof createQuestionSchema>>;
