// The content check over small fixture banks: each kind of broken file is one exact `file:line: reason`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { OUTPUT } from '../helpers/build.ts';
import { FIXTURE_QUESTIONS_DIR, FIXTURE_TAXONOMY_FILE, bankQuestions, edit, writeQuestions } from '../helpers/fixtures.ts';

const LEADING = 'leading-through-influence-and-deadlock-resolution.md';
const STRATEGIC = 'strategic-influence-and-technical-conflict-resolution.md';
const fixtures = bankQuestions();
const leading = fixtures.get(LEADING)!;
const strategic = fixtures.get(STRATEGIC)!;

/** The problems of a bank made of these files, named relative to its folder. */
function problemsOf(scenario: string, files: Record<string, string>, taxonomyFile = FIXTURE_TAXONOMY_FILE): string[] {
  const folder = writeQuestions(`check-content-${scenario}`, files);
  return checkContent({ questionsDir: folder, taxonomyFile, relativeTo: folder }).problems;
}

/** The line a piece of text starts on in a file, so that an expected line number says where it comes from. */
const lineOf = (text: string, piece: string) => text.slice(0, text.indexOf(piece)).split('\n').length;

/** A taxonomy file written for one test, as tests/.output/check-content-taxonomy.yaml. */
function taxonomyFile(text: string): string {
  const file = join(OUTPUT, 'check-content-taxonomy.yaml');
  writeFileSync(file, text);
  return file;
}

describe('checkContent', () => {
  it('finds nothing wrong with the fixture bank, and says what it covers', () => {
    const check = checkContent({ questionsDir: FIXTURE_QUESTIONS_DIR, taxonomyFile: FIXTURE_TAXONOMY_FILE });
    expect(check.problems).toEqual([]);
    expect(check.files).toBe(2);
    expect(check.competencies).toBe(15);
    expect(check.levels.map((level) => `${level.name} ${level.count}`)).toEqual(['Junior 0', 'Mid 0', 'Senior 2', 'Staff 0', 'Principal 0']);
    expect(check.uncovered.map((competency) => competency.id)).toEqual(['communication', 'delivering-results', 'integrity', 'mentorship', 'prioritization']);
  });

  it('names the file and paths relative to the working directory by default', () => {
    const folder = writeQuestions('check-content-paths', { [STRATEGIC]: edit(strategic, /^level: senior$/mu, 'level: lead') });
    const [problem] = checkContent({ questionsDir: folder, taxonomyFile: FIXTURE_TAXONOMY_FILE }).problems;
    expect(problem).toBe(`tests/.output/check-content-paths-questions/${STRATEGIC}:5: level: unknown value "lead"; expected one of junior, mid, senior, staff, principal`);
  });

  it('reports a broken section at the line where the structure breaks', () => {
    const text = edit(strategic, /^## Task – Your Responsibility$/mu, 'Task – Your Responsibility');
    expect(problemsOf('section', { [STRATEGIC]: text })).toEqual([
      `${STRATEGIC}:${lineOf(text, '## Action')}: missing the required section "## Task – Your Responsibility" (it comes after "Situation")`,
    ]);
    expect(lineOf(text, '## Action')).toBe(53);
  });

  it('reports an empty section and an unknown one', () => {
    const text = edit(strategic, /^## Assumptions$/mu, '## Assumption Set');
    expect(problemsOf('sections', { [STRATEGIC]: text })).toEqual([
      expect.stringMatching(/^strategic-influence-and-technical-conflict-resolution\.md:25: unknown section "Assumption Set"; sections are Clarifying Questions, /u),
    ]);
    const empty = edit(strategic, /(## Task – Your Responsibility\n)[\s\S]*?(?=## Action)/u, '$1\n');
    expect(problemsOf('empty-section', { [STRATEGIC]: empty })).toEqual([
      `${STRATEGIC}:47: section "Task – Your Responsibility" is empty (it ends at line ${lineOf(empty, '## Action')})`,
    ]);
  });

  it('reports a bad frontmatter field at its line, naming the field', () => {
    expect(problemsOf('field', { [STRATEGIC]: edit(strategic, /^level: senior$/mu, 'level: lead') })).toEqual([
      `${STRATEGIC}:5: level: unknown value "lead"; expected one of junior, mid, senior, staff, principal`,
    ]);
  });

  it('reports a missing field at the start of the frontmatter, and an unknown one at its line', () => {
    const text = edit(edit(strategic, /^question: .*\n/mu, ''), /^source: .*$/mu, 'owner: a coach');
    expect(problemsOf('fields', { [STRATEGIC]: text })).toEqual([
      `${STRATEGIC}:2: question: Invalid input: expected string, received undefined`,
      `${STRATEGIC}:15: unknown field "owner"`,
    ]);
  });

  it('reports frontmatter that is not YAML at the line the parser stopped', () => {
    expect(problemsOf('yaml', { [STRATEGIC]: edit(strategic, /^level: senior$/mu, 'level: senior: staff') })).toEqual([
      `${STRATEGIC}:5: frontmatter is not valid YAML: bad indentation of a mapping entry`,
    ]);
  });

  it('reports an unknown competency with the closest one in the taxonomy', () => {
    expect(problemsOf('competency', { [STRATEGIC]: edit(strategic, /^ {2}- influencing-others$/mu, '  - influencing-otters') })).toEqual([
      `${STRATEGIC}:8: competencies.1: unknown competency "influencing-otters"; did you mean "influencing-others"? (the taxonomy is content/competencies.yaml)`,
    ]);
  });

  it('reports a slug claimed twice at the later file\'s slug line, naming both files', () => {
    expect(problemsOf('slug', { [STRATEGIC]: strategic, 'twin.md': edit(leading, /^slug: .*$/mu, `slug: ${STRATEGIC.replace('.md', '')}`) })).toEqual([
      `twin.md:3: "strategic-influence-and-technical-conflict-resolution" is claimed as slug by ${STRATEGIC} and as slug by twin.md`,
    ]);
  });

  it('reports an alias that is another question\'s slug, or its own, at the alias\'s line', () => {
    const aliased = edit(leading, /^aliases: \[\]$/mu, `aliases:\n  - old-leading\n  - ${STRATEGIC.replace('.md', '')}`);
    expect(problemsOf('alias', { [STRATEGIC]: strategic, 'z-aliased.md': aliased })).toEqual([
      `z-aliased.md:17: "strategic-influence-and-technical-conflict-resolution" is claimed as slug by ${STRATEGIC} and as alias by z-aliased.md`,
    ]);
    const own = edit(leading, /^aliases: \[\]$/mu, `aliases:\n  - ${LEADING.replace('.md', '')}`);
    expect(problemsOf('own-alias', { [LEADING]: own })).toEqual([`${LEADING}:16: "leading-through-influence-and-deadlock-resolution" is both the slug and an alias`]);
  });

  it('takes the slug of a file without one from its title, and reports a clash at the title', () => {
    const untitled = edit(edit(leading, /^slug: .*\n/mu, ''), /^title: .*$/mu, 'title: Strategic Influence and Technical Conflict Resolution');
    expect(problemsOf('title-slug', { [STRATEGIC]: strategic, 'untitled.md': untitled })).toEqual([
      `untitled.md:2: "strategic-influence-and-technical-conflict-resolution" is claimed as slug by ${STRATEGIC} and as slug by untitled.md`,
    ]);
  });

  it('refuses an MDX file, as the build does', () => {
    expect(problemsOf('mdx', { [STRATEGIC]: strategic, 'component.mdx': strategic })).toEqual([
      'component.mdx:1: question files are Markdown (.md), not MDX; rename or re-import them',
    ]);
  });

  it('reports every problem of every file, not only the first, by file and line', () => {
    const broken = edit(edit(strategic, /^level: senior$/mu, 'level: lead'), /^## Task – Your Responsibility$/mu, 'Task – Your Responsibility');
    const problems = problemsOf('all', {
      [STRATEGIC]: broken,
      [LEADING]: edit(leading, /^category: behavioral$/mu, 'category: technical'),
      'nested/other.md': edit(leading, /^slug: .*$/mu, 'slug: Other Slug'),
    });
    expect(problems).toEqual([
      `${LEADING}:4: category: unknown value "technical"; expected one of behavioral`,
      'nested/other.md:3: slug: must be kebab-case: lower-case letters, digits and single hyphens',
      `${STRATEGIC}:5: level: unknown value "lead"; expected one of junior, mid, senior, staff, principal`,
      `${STRATEGIC}:53: missing the required section "## Task – Your Responsibility" (it comes after "Situation")`,
    ]);
  });

  it('reports a taxonomy that is not YAML, and still checks every question file', () => {
    const taxonomy = taxonomyFile('- id: ownership\n  name: Ownership\n  description: [Owns it.\n');
    const folder = writeQuestions('check-content-bad-taxonomy', { [STRATEGIC]: edit(strategic, /^## Task – Your Responsibility$/mu, 'Task') });
    const check = checkContent({ questionsDir: folder, taxonomyFile: taxonomy, relativeTo: OUTPUT });
    expect(check.problems[0]).toMatch(/^check-content-taxonomy\.yaml:4: not valid YAML: /u);
    expect(check.problems.at(-1)).toBe(`check-content-bad-taxonomy-questions/${STRATEGIC}:53: missing the required section "## Task – Your Responsibility" (it comes after "Situation")`);
  });

  it('reports each bad taxonomy entry at its line, and checks questions against the valid ones', () => {
    const taxonomy = taxonomyFile(
      ['- id: ownership', '  name: Ownership', '  description: Owns it.', '- id: ownership', '  name: Owning', '  description: Owns it too.', '- id: Team_Work', '  name: Teamwork', '  description: Works well.', ''].join('\n'),
    );
    const folder = writeQuestions('check-content-taxonomy-entries', { [LEADING]: leading });
    const problems = checkContent({ questionsDir: folder, taxonomyFile: taxonomy, relativeTo: OUTPUT }).problems;
    expect(problems.slice(0, 2)).toEqual([
      'check-content-taxonomy.yaml:4: 1.id: duplicate id "ownership" (also entry 1)',
      'check-content-taxonomy.yaml:7: 2.id: must be kebab-case, like "stakeholder-management"',
    ]);
    // "ownership" stays known: only the leading question's other six competencies are unknown.
    expect(problems.slice(2).map((problem) => problem.split(': ')[1])).toEqual(['competencies.1', 'competencies.2', 'competencies.3', 'competencies.4', 'competencies.5', 'competencies.6']);
  });
});
