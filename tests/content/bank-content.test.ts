// The bank's own content, as coaches keep it: every question file and the taxonomy are valid.
// Nothing else in the suite reads content/; this builds nothing, so a broken file is named in a second.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { questionsDir } from '../../src/lib/bank/bank-paths.ts';
import { TAXONOMY_FILE, loadTaxonomy } from '../../src/lib/bank/taxonomy.ts';
import { ROOT } from '../helpers/build.ts';

describe('the bank content', () => {
  it('has no problem: every question and the taxonomy pass the checks the build makes', () => {
    const check = checkContent({ questionsDir: questionsDir(), taxonomyFile: TAXONOMY_FILE, relativeTo: ROOT });
    // Each problem is `file:line: reason`; the list shows them all at once.
    expect(check.problems).toEqual([]);
  });
});

describe('the competency taxonomy', () => {
  const taxonomy = loadTaxonomy();

  it('lists at least 25 competencies, each with a description', () => {
    expect(taxonomy.length).toBeGreaterThanOrEqual(25);
    for (const competency of taxonomy) expect(competency.description.length).toBeGreaterThan(20);
  });

  it('includes the competencies most behavioral interviews assess', () => {
    const ids = taxonomy.map((competency) => competency.id);
    for (const id of ['prioritization', 'customer-focus', 'problem-solving', 'mentorship', 'communication', 'adaptability', 'dealing-with-ambiguity', 'delivering-results']) {
      expect(ids).toContain(id);
    }
  });
});
