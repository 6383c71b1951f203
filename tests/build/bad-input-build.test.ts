// Bad input in a hand-written question file: the build fails with one exact `file:line: reason` line,
// shows no page for the question, and never changes the question files.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../helpers/bank.ts';
import { buildSite, OUTPUT, ROOT } from '../helpers/build.ts';
import { edit, writeQuestions } from '../helpers/fixtures.ts';

const SLUG = 'leading-through-influence-and-deadlock-resolution';
const FILE = 'question.md';
/** The seed as the importer writes it: the file each case edits by hand. */
let imported = '';

beforeAll(() => {
  const folder = join(OUTPUT, 'bad-input-build-import');
  rmSync(folder, { recursive: true, force: true });
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), '--out', folder, join(SEEDS_DIR, '001_bfc0ff6645a3386b.txt')], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  imported = readFileSync(join(folder, `${SLUG}.md`), 'utf8');
});

const FIRST_ACTION = '- **Facilitated Structured Divergence:**';
/** The imported file with its first Action bullet starting with `markdown`, and that bullet's line. */
const inAction = (markdown: string) => edit(imported, FIRST_ACTION, `- ${markdown} **Facilitated Structured Divergence:**`);
const actionLine = () => imported.split('\n').findIndex((line) => line.startsWith(FIRST_ACTION)) + 1;
const ONLY = 'links and images may only use http:, https:, mailto: or a relative URL';

/** [what, the file's text, the reason (after "file:line: "), its line]. */
const CASES: [string, () => string, string, () => number][] = [
  ['a javascript: link', () => inAction('[x](javascript:alert(1))'), `link to "javascript:alert(1)": a "javascript:" URL is not allowed; ${ONLY}`, actionLine],
  ['a javascript: autolink in capitals', () => inAction('<JAVASCRIPT:alert(1)>'), `link to "JAVASCRIPT:alert(1)": a "javascript:" URL is not allowed; ${ONLY}`, actionLine],
  ['a reference definition to javascript:', () => `${inAction('[x][run]')}\n[run]: javascript:alert(1)\n`, `link definition to "javascript:alert(1)": a "javascript:" URL is not allowed; ${ONLY}`, () => imported.split('\n').length + 1],
  ['a data: image', () => inAction('![x](data:image/svg+xml;base64,PHN2Zz4=)'), `image to "data:image/svg+xml;base64,PHN2Zz4=": a "data:" URL is not allowed; ${ONLY}`, actionLine],
  ['a vbscript: link, entity-encoded', () => inAction('[x](&#118;bscript:msgbox)'), `link to "vbscript:msgbox": a "vbscript:" URL is not allowed; ${ONLY}`, actionLine],
  ['a raw <script>', () => inAction('see <script>alert(1)</script>'), 'raw HTML is not allowed in a question ("<script>"); write "\\<" to show a "<" as text', actionLine],
  ['a raw <iframe> block', () => edit(imported, `${FIRST_ACTION}`, `<iframe src="https://other.example/"></iframe>\n\n${FIRST_ACTION}`), 'raw HTML is not allowed in a question ("<iframe src=\\"https://other.example/\\"></i…"); write "\\<" to show a "<" as text', actionLine],
  ['a right-to-left override in a bullet', () => inAction('\u202eevil'), 'the invisible control character U+202E is not allowed in a question; remove it', actionLine],
  ['frontmatter that is not YAML', () => edit(imported, /^level: senior$/mu, 'level: [senior'), 'the frontmatter is not valid YAML: missed comma between flow collection entries', () => imported.split('\n').indexOf('level: senior') + 2],
];

/** [what, the file's text, the field's line as the build prints it]: frontmatter the schema refuses, named by file and field. */
const FIELD_CASES: [string, () => string, string][] = [
  ['an unquoted date as the title', () => edit(imported, /^title: .*$/mu, 'title: 2024-01-01'), 'title: must be text, but YAML reads this value as a date; put it in double quotes'],
  ['a binary number as the prompt', () => edit(imported, /^question: .*$/mu, 'question: 0b101'), 'question: must be text, but YAML reads this value as a number; put it in double quotes'],
  ['a bell character in the title', () => edit(imported, /^title: .*$/mu, 'title: "Ring \\a the bell"'), 'title: the invisible control character U+0007 is not allowed in a question; remove it'],
  ['an empty source', () => edit(imported, /^source: .*$/mu, 'source:'), 'source: must be text, but YAML reads this value as null (empty); put it in double quotes'],
];

describe('a build over a hand-written question with bad input', () => {
  it.each(CASES)('%s fails the build with file:line, shows no page and changes no file', (_, text, reason, line) => {
    const scenario = `bad-input-${_.replace(/\W+/gu, '-')}`;
    const contents = text();
    const folder = writeQuestions(scenario, { [FILE]: contents });
    const build = buildSite(scenario, { questionsDir: folder });
    expect(build.ok).toBe(false);
    const location = `${join(folder, FILE).slice(ROOT.length)}:${line()}`;
    expect(build.output.split('\n')).toContain(`${location}: ${reason}`);
    expect(existsSync(join(build.dist, 'questions', SLUG, 'index.html'))).toBe(false);
    expect(readdirSync(folder)).toEqual([FILE]);
    expect(readFileSync(join(folder, FILE), 'utf8')).toBe(contents);
  });

  it.each(FIELD_CASES)('%s fails the build naming the file and the field, and changes no file', (_, text, field) => {
    const scenario = `bad-input-${_.replace(/\W+/gu, '-')}`;
    const contents = text();
    const folder = writeQuestions(scenario, { [FILE]: contents });
    const build = buildSite(scenario, { questionsDir: folder });
    expect(build.ok).toBe(false);
    const lines = build.output.split('\n').map((line) => line.trim());
    expect(lines).toContain(field);
    expect(lines).toContain(`${join(folder, FILE)}:0:0`);
    expect(existsSync(join(build.dist, 'questions', SLUG, 'index.html'))).toBe(false);
    expect(readFileSync(join(folder, FILE), 'utf8')).toBe(contents);
  });
});
