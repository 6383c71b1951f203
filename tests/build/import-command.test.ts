// The import command as a coach runs it: what it writes, what it refuses, and what it never touches.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEEDS_DIR, loadPage, visibleText } from '../helpers/bank.ts';
import { OUTPUT, ROOT, buildSite } from '../helpers/build.ts';
import { FIXTURE_QUESTIONS_DIR, bankQuestions } from '../helpers/fixtures.ts';

const WORK = join(OUTPUT, 'import-command');
const OUT = join(WORK, 'questions');
const HOSTILE = join(ROOT, 'tests/fixtures/documents/hostile-text.txt');
const SEED = join(SEEDS_DIR, '001_bfc0ff6645a3386b.txt');
const SEED_SLUG = 'leading-through-influence-and-deadlock-resolution';

function runImport(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), '--out', OUT, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const written = () => (existsSync(OUT) ? readdirSync(OUT).sort() : []);

beforeEach(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
});

describe('npm run import', () => {
  it('writes each document as <slug>.md and says so', () => {
    const run = runImport(...readdirSync(SEEDS_DIR).map((name) => join(SEEDS_DIR, name)));
    expect(run.status).toBe(0);
    expect(written()).toEqual([`${SEED_SLUG}.md`, 'strategic-influence-and-technical-conflict-resolution.md']);
    expect(run.stdout).toContain(`${SEED_SLUG}.md (from `);
  });

  it('writes, from the seed documents, exactly the fixture bank the build and browser tests build', () => {
    expect(runImport(...readdirSync(SEEDS_DIR).map((name) => join(SEEDS_DIR, name))).status).toBe(0);
    const fixtures = bankQuestions();
    expect(written()).toEqual([...fixtures.keys()].sort());
    for (const [name, text] of fixtures) expect(readFileSync(join(OUT, name), 'utf8'), name).toBe(text);
  });

  it('refuses to overwrite an existing file without --force, and overwrites with it', () => {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, `${SEED_SLUG}.md`), 'hand-edited\n');
    const refused = runImport(SEED);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/001_bfc0ff6645a3386b\.txt:1: .*leading-through-influence-and-deadlock-resolution\.md already exists; pass --force/u);
    expect(readFileSync(join(OUT, `${SEED_SLUG}.md`), 'utf8')).toBe('hand-edited\n');
    expect(runImport('--force', SEED).status).toBe(0);
    expect(readFileSync(join(OUT, `${SEED_SLUG}.md`), 'utf8')).toMatch(/^---\ntitle: Leading Through Influence/u);
  });

  it('writes nothing on --dry-run', () => {
    const run = runImport('--dry-run', SEED);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`would write`);
    expect(written()).toEqual([]);
  });

  it('writes nothing at all when one document of several is bad, naming its file and line', () => {
    const bad = join(WORK, 'no-result.txt');
    writeFileSync(bad, readFileSync(SEED, 'utf8').replace(/Result – Outcome & Impact[\s\S]*?(?=Learning)/u, ''));
    const run = runImport(SEED, bad);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no-result\.txt:\d+: missing the "Result – Outcome & Impact" section/u);
    expect(run.stderr).toContain('nothing written');
    expect(written()).toEqual([]);
  });

  it('refuses an empty file and a file in another format', () => {
    const empty = join(WORK, 'empty.txt');
    const letter = join(WORK, 'letter.txt');
    writeFileSync(empty, '');
    writeFileSync(letter, 'Dear coach,\nhere is my answer.\n');
    const run = runImport(empty, letter);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('empty.txt:1: the document is empty');
    expect(run.stderr).toMatch(/letter\.txt:1: expected "The Question" as the first line/u);
  });

  it('refuses a document whose title gives a slug another question already has', () => {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'older.md'), `---\ntitle: Older\nslug: ${SEED_SLUG}\n---\n`);
    const run = runImport(SEED);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`slug "${SEED_SLUG}" is already claimed by older.md`);
  });

  it('leaves no temporary file behind', () => {
    runImport(SEED);
    expect(written().filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});

describe('a document full of markup characters, imported and built', () => {
  it('shows every line as plain text and none of it as markup', () => {
    expect(runImport(HOSTILE).status).toBe(0);
    cpSync(join(FIXTURE_QUESTIONS_DIR, `${SEED_SLUG}.md`), join(OUT, `${SEED_SLUG}.md`));
    const build = buildSite('hostile-text', { questionsDir: OUT });
    expect(build.ok, build.output).toBe(true);

    const $ = loadPage(build.dist, '/questions/shipping-under-pressure-and-constraints/');
    const text = visibleText($, 'main');
    const lines = readFileSync(HOSTILE, 'utf8').split('\n');
    for (const line of [
      'Shipping Under <Pressure> & {Constraints}',
      "\"Should I cover the <script>alert('x')</script> incident, or the `rm -rf` one?\"",
      'We measured with &amp; without caching; see [the doc](https://example.com/a_b_c), www.example.com or ask me@example.com.',
      'Ownership, <b>bold</b> claims, {curly} thinking.',
      'Use # signs and 1. numbered lists | pipes ~~strike~~ \\backslashes as plain text.',
      ...lines.slice(lines.indexOf('Situation – Context') + 1, lines.indexOf('Task – Your Responsibility')),
      ...lines.filter((line) => /^(1\. This|Plain line|Escaping is)/u.test(line)),
      'I set p99 <15ms {and why} as the target & held the line.',
      '40% fewer pages; {{ template }} and ${ expression } stayed text.',
    ]) {
      expect(text).toContain(line);
    }
    expect($('.answer').find('script, img, b, em, code, del, h1, table, ol, a:not(.anchor-link)').length).toBe(0);
    expect($('.section-heading:has(#situation) + ul > li').length).toBe(2);
  });
});
