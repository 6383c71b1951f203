// `npm run check:content` as a coach runs it: every problem on its own line, a coverage summary,
// and an exit code a script can act on (0 clean, 1 problems, 2 bad usage). It builds nothing.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { FIXTURE_QUESTIONS_DIR, bankQuestions, edit, writeQuestions } from '../helpers/fixtures.ts';

const TAXONOMY = 'tests/fixtures/bank/competencies.yaml';
const STRATEGIC = 'strategic-influence-and-technical-conflict-resolution.md';

/** Runs the command; an `undefined` in `env` takes that variable away (the tests set BANK_TAXONOMY). */
function checkCommand(args: string[], env: Record<string, string | undefined> = {}) {
  const merged: Record<string, string | undefined> = { ...process.env, INIT_CWD: ROOT, ...env };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts'), ...args], {
    cwd: ROOT,
    env: merged,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run check:content', () => {
  it('passes a valid bank, with the questions per level and the competencies no question has', () => {
    const run = checkCommand(['--dir', 'tests/fixtures/bank/questions', '--taxonomy', TAXONOMY]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['Questions per level: Junior 0, Mid 0, Senior 2, Staff 0, Principal 0', 'Competencies with no question (5 of 15): communication, delivering-results, integrity, mentorship, prioritization']);
    expect(lines[2]).toMatch(/^check-content: no problems; checked 2 question files in tests\/fixtures\/bank\/questions and 15 competencies in tests\/fixtures\/bank\/competencies\.yaml, in \d+\.\d\d s$/u);
  });

  it('prints every problem as file:line: reason and exits 1', () => {
    const strategic = bankQuestions().get(STRATEGIC)!;
    const folder = writeQuestions('check-content-command', {
      [STRATEGIC]: edit(edit(strategic, /^level: senior$/mu, 'level: lead'), /^## Task – Your Responsibility$/mu, 'Task'),
      'twin.md': edit(strategic, /^source: .*$/mu, 'source: twin.txt'),
    });
    const run = checkCommand(['--taxonomy', TAXONOMY], { BANK_QUESTIONS_DIR: folder });
    expect(run.status).toBe(1);
    const dir = 'tests/.output/check-content-command-questions';
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `${dir}/${STRATEGIC}:5: level: unknown value "lead"; expected one of junior, mid, senior, staff, principal`,
      `${dir}/${STRATEGIC}:53: missing the required section "## Task – Your Responsibility" (it comes after "Situation")`,
      expect.stringMatching(/^check-content: 2 problems; checked 2 question files in tests\/\.output\/check-content-command-questions and 15 competencies/u),
    ]);
    // The valid twin still counts; the broken file's level does not.
    expect(run.stdout).toContain('Questions per level: Junior 0, Mid 0, Senior 1, Staff 0, Principal 0');
  });

  it('names a slug claimed by two files, once both are otherwise valid', () => {
    const strategic = bankQuestions().get(STRATEGIC)!;
    const folder = writeQuestions('check-content-command-twins', { [STRATEGIC]: strategic, 'twin.md': strategic });
    const run = checkCommand(['--dir', folder, '--taxonomy', TAXONOMY]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`tests/.output/check-content-command-twins-questions/twin.md:3: "strategic-influence-and-technical-conflict-resolution" is claimed as slug by tests/.output/check-content-command-twins-questions/${STRATEGIC} and as slug by tests/.output/check-content-command-twins-questions/twin.md\n`);
  });

  it('checks content/ and its taxonomy when given nothing', () => {
    const run = checkCommand([], { BANK_TAXONOMY: undefined });
    // Whatever content/ holds: the closing line goes to stderr when it has problems.
    expect(`${run.stdout}${run.stderr}`).toMatch(/question files? in content\/questions and \d+ competenc(y|ies) in content\/competencies\.yaml/u);
  });

  it('exits 2 with the usage line on an unknown option or a missing folder', () => {
    const unknown = checkCommand(['--fast']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('usage: npm run check:content -- [--dir QUESTIONS_DIR] [--taxonomy FILE]');
    const missing = checkCommand(['--dir', join(FIXTURE_QUESTIONS_DIR, 'nowhere')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^check-content: no questions folder at .*nowhere\nusage: /u);
  });
});
