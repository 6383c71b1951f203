import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../scripts/lib/import-parser.ts';
import { closestCompetency, findCompetency, parseTaxonomy } from '../../src/lib/bank/taxonomy.ts';
import { fixtureTaxonomy } from '../helpers/fixtures.ts';

const taxonomy = fixtureTaxonomy();

describe('the fixture taxonomy', () => {
  it('holds every competency the seed documents name', () => {
    for (const name of ['000_bf399ce638f9ebf9.txt', '001_bfc0ff6645a3386b.txt']) {
      const lines = sourceLines(readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8')).map((l) => l.text);
      const named = lines.slice(lines.indexOf('Senior Level') + 1, lines.indexOf('Questions & Insights'));
      expect(named.length).toBeGreaterThan(0);
      for (const competency of named) expect(findCompetency(taxonomy, competency)?.name).toBe(competency);
    }
  });
});

describe('parseTaxonomy', () => {
  it('refuses a duplicate id, naming the file and the entry', () => {
    const yaml = '- {id: ownership, name: Ownership, description: Owns it.}\n- {id: ownership, name: Owning, description: Owns it too.}';
    expect(() => parseTaxonomy(yaml, 'competencies.yaml')).toThrow(/competencies\.yaml: invalid competency taxonomy:\n {2}- 1\.id: duplicate id "ownership"/u);
  });

  it('refuses an id that is not kebab-case', () => {
    expect(() => parseTaxonomy('- {id: Team_Work, name: Teamwork, description: Works well.}', 'c.yaml')).toThrow(/0\.id: must be kebab-case/u);
  });

  it('refuses YAML it cannot read, naming the file', () => {
    expect(() => parseTaxonomy('- {id: [', 'c.yaml')).toThrow(/^c\.yaml: not valid YAML/u);
  });
});

describe('findCompetency and closestCompetency', () => {
  it('finds a competency by name in any case, or by id', () => {
    expect(findCompetency(taxonomy, 'influence without authority')?.id).toBe('influence-without-authority');
    expect(findCompetency(taxonomy, 'data-driven-decision-making')?.name).toBe('Data-Driven Decision Making');
    expect(findCompetency(taxonomy, 'Telepathy')).toBeUndefined();
  });

  it('suggests the closest spelling', () => {
    expect(closestCompetency(taxonomy, 'Emotional Inteligence').id).toBe('emotional-intelligence');
  });
});
