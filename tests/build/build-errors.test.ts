// A question the bank cannot show fails the build, naming the file and the field or line at fault.
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { bankQuestions, edit, writeQuestions } from '../helpers/fixtures.ts';
import { mdxExample } from '../helpers/published-bank.ts';

const [[name, question]] = [...bankQuestions()] as [[string, string]];

function failedBuild(scenario: string, files: Record<string, string>): string {
  const folder = writeQuestions(scenario, files);
  const build = buildSite(scenario, { questionsDir: folder });
  expect(build.ok, build.output).toBe(false);
  return build.output;
}

describe('a build over bad questions', () => {
  it('fails on an unknown level, naming the file and the field', () => {
    const output = failedBuild('bad-level', { 'bad-level.md': edit(question, /^level: senior$/mu, 'level: director') });
    expect(output).toMatch(/bad-level\.md/u);
    expect(output).toContain('level: unknown value "director"; expected one of junior, mid, senior, staff, principal');
  });

  it('fails on an unknown competency, naming the file, the field and the closest id', () => {
    const output = failedBuild('unknown-competency', {
      'unknown-competency.md': edit(question, /^ {2}- stakeholder-management$/mu, '  - stakeholder-managment'),
    });
    expect(output).toMatch(/unknown-competency\.md/u);
    expect(output).toMatch(/competencies\.\d: unknown competency "stakeholder-managment"; did you mean "stakeholder-management"\?/u);
  });

  it('fails on a missing narrative section, naming the file and line', () => {
    const body = edit(question, /## Result – Outcome \\& Impact\n[\s\S]*?(?=## Learning)/u, '');
    const line = body.split('\n').indexOf('## Learning / Reflection – Growth') + 1;
    const output = failedBuild('missing-result', { 'missing-result.md': body });
    expect(output).toContain(`missing-result.md:${line}: missing the required section "## Result – Outcome & Impact"`);
  });

  it('fails on an MDX question holding something that would run, naming the file and line', () => {
    const body = edit(mdxExample(), '## Task', '## Task\n\n{new Date().getFullYear()}');
    const line = body.split('\n').indexOf('{new Date().getFullYear()}') + 1;
    const output = failedBuild('mdx-expression', { 'expression.mdx': body });
    expect(output).toContain(`expression.mdx:${line}: expressions in braces are not allowed in a question`);
  });

  it('fails on a .md and a .mdx of one name, rather than keeping one of them', () => {
    const output = failedBuild('mdx-twin', { 'twin.md': question, 'twin.mdx': mdxExample() });
    expect(output).toMatch(/twin\.md and \S*twin\.mdx: one question per file name/u);
  });

  it('fails when two files claim one slug, naming both', () => {
    const output = failedBuild('duplicate-slug', { 'first.md': question, 'second.md': question });
    expect(output).toMatch(new RegExp(`"${name.replace('.md', '')}" is claimed as slug by \\S*first\\.md and as slug by \\S*second\\.md`, 'u'));
  });

  it('fails when an alias claims another question\'s slug, naming both files', () => {
    const other = edit(edit(question, /^slug: .*$/mu, 'slug: another-question'), /^aliases: \[\]$/mu, `aliases:\n  - ${name.replace('.md', '')}`);
    const output = failedBuild('alias-takes-slug', { 'first.md': question, 'second.md': other });
    expect(output).toMatch(new RegExp(`"${name.replace('.md', '')}" is claimed as slug by \\S*first\\.md and as alias by \\S*second\\.md`, 'u'));
  });

  it('fails when two questions keep the same alias, naming both files', () => {
    const withAlias = (slug: string) => edit(edit(question, /^slug: .*$/mu, `slug: ${slug}`), /^aliases: \[\]$/mu, 'aliases:\n  - old-slug');
    const output = failedBuild('shared-alias', { 'first.md': withAlias('first-question'), 'second.md': withAlias('second-question') });
    expect(output).toMatch(/"old-slug" is claimed as alias by \S*first\.md and as alias by \S*second\.md/u);
  });
});
