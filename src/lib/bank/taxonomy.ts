// The competency taxonomy: loading it from YAML, and matching names written in documents to ids.
import { readFileSync } from 'node:fs';
import { closest } from 'fastest-levenshtein';
import { parse as parseYaml } from 'yaml';
import { taxonomySchema, type Competency } from '../../schemas/competency.ts';
import { taxonomyFile } from './bank-paths.ts';
import { formatIssues } from './errors.ts';
import { toSlug } from './slug.ts';

export type { Competency };

/** Where the bank's taxonomy lives (`BANK_TAXONOMY`, default content/competencies.yaml). */
export const TAXONOMY_FILE = taxonomyFile();

/** Parses and validates taxonomy YAML; throws naming the file and the entry at fault. */
export function parseTaxonomy(yamlText: string, file: string): Competency[] {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const result = taxonomySchema.safeParse(data);
  if (!result.success) {
    throw new Error(`${file}: invalid competency taxonomy:\n${formatIssues(result.error.issues)}`);
  }
  return result.data;
}

let cached: Competency[] | undefined;

/** The bank's taxonomy, read once per process. */
export function loadTaxonomy(): Competency[] {
  cached ??= parseTaxonomy(readFileSync(TAXONOMY_FILE, 'utf8'), TAXONOMY_FILE);
  return cached;
}

/** Each taxonomy's competencies by id and by slugged name, built once: an import looks up thousands. */
const lookups = new WeakMap<readonly Competency[], Map<string, Competency>>();

function lookupOf(taxonomy: readonly Competency[]): Map<string, Competency> {
  let lookup = lookups.get(taxonomy);
  if (!lookup) {
    lookup = new Map();
    // The first competency in file order that a key names wins, by id or by name alike.
    for (const competency of taxonomy) {
      for (const key of [competency.id, toSlug(competency.name)]) if (!lookup.has(key)) lookup.set(key, competency);
    }
    lookups.set(taxonomy, lookup);
  }
  return lookup;
}

/** The competency a document's name or an id refers to, ignoring case and punctuation. */
export function findCompetency(taxonomy: readonly Competency[], nameOrId: string): Competency | undefined {
  return lookupOf(taxonomy).get(toSlug(nameOrId));
}

/** The known competency closest in spelling to an unknown name or id, for "did you mean" hints. */
export function closestCompetency(taxonomy: readonly Competency[], nameOrId: string): Competency {
  const key = toSlug(nameOrId);
  const nearestId = closest(key, taxonomy.map((competency) => competency.id));
  return taxonomy.find((competency) => competency.id === nearestId)!;
}
