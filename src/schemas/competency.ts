// Schema of the competency taxonomy in content/competencies.yaml.
import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../lib/bank/slug.ts';

export const competencySchema = z.strictObject({
  /** Permanent kebab-case key, used in URLs and in question frontmatter. */
  id: z.string().regex(SLUG_PATTERN, 'must be kebab-case, like "stakeholder-management"'),
  /** Display name, as coaches write it in documents. */
  name: z.string().trim().min(1, 'must not be empty'),
  /** One line on what an interviewer looks for. */
  description: z.string().trim().min(1, 'must not be empty'),
});

export const taxonomySchema = z
  .array(competencySchema)
  .min(1, 'the taxonomy lists no competency')
  .superRefine((competencies, ctx) => {
    const seenIds = new Map<string, number>();
    const seenNames = new Map<string, number>();
    competencies.forEach((competency, index) => {
      const name = competency.name.toLowerCase();
      if (seenIds.has(competency.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id "${competency.id}" (also entry ${seenIds.get(competency.id)! + 1})` });
      }
      if (seenNames.has(name)) {
        ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `duplicate name "${competency.name}" (also entry ${seenNames.get(name)! + 1})` });
      }
      seenIds.set(competency.id, index);
      seenNames.set(name, index);
    });
  });

export type Competency = z.infer<typeof competencySchema>;
