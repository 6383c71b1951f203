// Bad input to the importer, as a coach would give it: each case is refused with one exact line
// (never a stack trace) and the exit status for its kind, and the output folder is left exactly as it was.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../helpers/bank.ts';
import { OUTPUT, ROOT } from '../helpers/build.ts';
import { edit } from '../helpers/fixtures.ts';

const WORK = join(OUTPUT, 'bad-input-import');
const OUT = join(WORK, 'questions');
/** The output folder every case starts from: one question already imported. */
const BEFORE = join(WORK, 'before');
const SEED = readFileSync(join(SEEDS_DIR, '001_bfc0ff6645a3386b.txt'), 'utf8');
const OTHER_SEED = join(SEEDS_DIR, '000_bf399ce638f9ebf9.txt');
const SEED_SLUG = 'leading-through-influence-and-deadlock-resolution';
const USAGE = 'usage: npm run import -- [--out DIR] [--force] [--dry-run] <file.txt>...';

function runImport(args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), ...args], { cwd: WORK, env: { ...process.env, INIT_CWD: WORK }, encoding: 'utf8', timeout: 20_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every name and byte under a folder, hidden files included. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length)] = entry.isFile() ? readFileSync(path, 'latin1') : `(${entry.isDirectory() ? 'directory' : 'other'})`;
  }
  return files;
}

const DEFAULT_OUT = 'questions';
/** A document made from the seed with one change; `bytes` writes raw bytes instead. */
type Setup = () => string[];
const doc = (name: string, text: string | Buffer): string => {
  writeFileSync(join(WORK, name), text);
  return name;
};
const seedWith = (name: string, from: string | RegExp, to: string) => doc(name, edit(SEED, from, to));

/** Undone after each case: a file made immutable (as root) or a folder made read-only. */
let unlock: (() => void) | undefined;
/** A question file no import may replace: immutable for root (who ignores permissions), else in a read-only folder. */
function lockFile(path: string): void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', path]);
    unlock = () => execFileSync('chattr', ['-i', path]);
  } else {
    const folder = join(path, '..');
    execFileSync('chmod', ['555', folder]);
    unlock = () => execFileSync('chmod', ['755', folder]);
  }
}

const control = (name: string, character: string, hex: string) =>
  [`${name} in the title`, () => [seedWith(`${hex}.txt`, 'Leading Through Influence', `Leading ${character}Through Influence`)], 1, `${hex}.txt:4: the invisible control character U+${hex} is not allowed in a question; remove it`] as const;

/** [what, the documents and arguments, exit status, the exact first line of stderr]. */
const CASES: (readonly [string, Setup, number, string])[] = [
  ['a path that does not exist', () => ['missing.txt'], 1, 'missing.txt: no such file'],
  ['a directory', () => (mkdirSync(join(WORK, 'folder')), ['folder']), 1, 'folder: a directory, not a document; give the path of a .txt file'],
  ['a directory named like a document', () => (mkdirSync(join(WORK, 'looks.txt')), ['looks.txt']), 1, 'looks.txt: a directory, not a document; give the path of a .txt file'],
  ['a FIFO, refused without being opened', () => (execFileSync('mkfifo', [join(WORK, 'pipe.txt')]), ['pipe.txt']), 1, 'pipe.txt: a FIFO, not a document; give the path of a .txt file'],
  ['a device', () => ['/dev/zero'], 1, '/dev/zero: a device, not a document; give the path of a .txt file'],
  ['a file that cannot be read', () => ['/proc/self/mem'], 1, '/proc/self/mem: cannot read: i/o error'],
  ['a Latin-1 document', () => [doc('latin1.txt', Buffer.from(edit(SEED, 'Leading Through', 'Leading Café Through'), 'latin1'))], 1, 'latin1.txt: not UTF-8 (line 4); save it as UTF-8 and import it again'],
  ['a Windows-1252 curly quote', () => [doc('cp1252.txt', Buffer.concat([Buffer.from(SEED.split('\n').slice(0, 5).join('\n')), Buffer.from([0x0a, 0x93, 0x68, 0x69, 0x94, 0x0a])]))], 1, 'cp1252.txt: not UTF-8 (line 6); save it as UTF-8 and import it again'],
  ['a UTF-16 byte-order mark over odd bytes', () => [doc('utf16.txt', Buffer.from([0xff, 0xfe, 0x54, 0x00, 0x00, 0xd8]))], 1, 'utf16.txt: not UTF-16LE, though it starts with that byte-order mark'],
  control('NUL', '\u0000', '0000'),
  control('BEL', '\u0007', '0007'),
  control('ESC', '\u001b', '001B'),
  control('DEL', '\u007f', '007F'),
  control('a C1 control', '\u0085', '0085'),
  control('a right-to-left override', '\u202e', '202E'),
  control('a left-to-right isolate', '\u2066', '2066'),
  control('a right-to-left mark', '\u200f', '200F'),
  ['a bidi override in a narrative bullet', () => [seedWith('rlo-action.txt', 'Data-Driven Persuasion:', 'Data-Driven \u202dPersuasion:')], 1, 'rlo-action.txt:49: the invisible control character U+202D is not allowed in a question; remove it'],
  ['a replacement character', () => [seedWith('fffd.txt', 'Checkout’s', 'Checkout\ufffds')], 1, 'fffd.txt:48: the replacement character U+FFFD (the document was decoded wrongly before it was saved) is not allowed in a question; remove it'],
  ['an empty document', () => [doc('empty.txt', '')], 1, 'empty.txt:1: the document is empty'],
  ['a document in another format', () => [doc('letter.txt', 'Dear coach,\nhere is my answer.\n')], 1, 'letter.txt:1: expected "The Question" as the first line, found "Dear coach,": this is not a question document'],
  ['a very long line, quoted short', () => [doc('long.txt', `${'x'.repeat(100_000)}\n`)], 1, `long.txt:1: expected "The Question" as the first line, found "${'x'.repeat(80)}…": this is not a question document`],
  ['an unknown level', () => [seedWith('level.txt', 'Senior Level', 'Director Level')], 1, 'level.txt:7: unknown level "Director"; expected one of "Junior Level", "Mid Level", "Senior Level", "Staff Level", "Principal Level"'],
  ['an unknown competency', () => [seedWith('competency.txt', 'Stakeholder Management', 'Stakeholder Managment')], 1, 'competency.txt:12: unknown competency "Stakeholder Managment"; did you mean "Stakeholder Management"? To add a new one, list it in content/competencies.yaml (id, name, description)'],
  ['a competency listed twice', () => [seedWith('twice.txt', 'Decision Making', 'Ownership')], 1, 'twice.txt:13: competency "Ownership" is listed twice'],
  ['a missing narrative section', () => [seedWith('no-result.txt', /Result – Outcome & Impact[\s\S]*?(?=Learning)/u, '')], 1, 'no-result.txt:51: missing the "Result – Outcome & Impact" section before "Learning / Reflection – Growth"'],
  ['text under no section', () => [seedWith('stray.txt', 'Strategy Breakdown', 'Strategy Breakdown\nA stray line')], 1, 'stray.txt:34: unexpected text "A stray line" after "Strategy Breakdown": the bank has no place for it'],
  ['a title whose file already exists', () => [doc('again.txt', SEED)], 1, `again.txt:1: questions/${SEED_SLUG}.md already exists; pass --force to overwrite it`],
  ['two documents giving one slug', () => [seedWith('a.txt', 'Leading Through', 'Guiding, Through'), seedWith('b.txt', 'Leading Through', 'Guiding: Through')], 1, 'b.txt:1: the title gives slug "guiding-through-influence-and-deadlock-resolution", which a.txt in this import also gives'],
  ['a slug another question keeps as an alias', () => {
    writeFileSync(join(OUT, 'older.md'), readFileSync(join(OUT, `${SEED_SLUG}.md`), 'utf8').replace(/^aliases: \[\]$/mu, 'aliases:\n  - earlier-title').replace(`slug: ${SEED_SLUG}`, 'slug: older'));
    rmSync(join(OUT, `${SEED_SLUG}.md`));
    return [seedWith('earlier.txt', 'Leading Through Influence and Deadlock Resolution', 'Earlier Title')];
  }, 1, 'earlier.txt:1: slug "earlier-title" is already claimed by older.md'],
  ['one bad document among good ones', () => [OTHER_SEED, seedWith('bad-level.txt', 'Senior Level', 'Chief Level')], 1, 'bad-level.txt:7: unknown level "Chief"; expected one of "Junior Level", "Mid Level", "Senior Level", "Staff Level", "Principal Level"'],
  ['a question file in --out that is not valid YAML', () => (writeFileSync(join(OUT, 'broken.md'), '---\ntitle: [unclosed\nlevel: senior\n---\n'), [OTHER_SEED]), 1, 'questions/broken.md:3: the frontmatter is not valid YAML: missed comma between flow collection entries (a question already in the output folder; fix or remove it first)'],
  ['--force over a question file that cannot be replaced', () => (lockFile(join(OUT, `${SEED_SLUG}.md`)), ['--force', OTHER_SEED, doc('again.txt', SEED)]), 1, ''],
  ['--out naming a file', () => ['--out', doc('out.txt', 'x'), OTHER_SEED], 2, '--out out.txt: not a directory'],
  ['an unknown option', () => ['--overwrite', OTHER_SEED], 2, "Unknown option '--overwrite'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--overwrite\""],
  ['no document', () => [], 2, 'no document given'],
];

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const run = runImport(['--out', BEFORE, join(SEEDS_DIR, '001_bfc0ff6645a3386b.txt')]);
  expect(run.status, run.stderr).toBe(0);
});

afterEach(() => {
  unlock?.();
  unlock = undefined;
});

describe('bad input to the importer', () => {
  it.each(CASES)('%s: refused with one line, nothing written or changed', (_, setup, status, line) => {
    for (const name of readdirSync(WORK)) if (name !== 'before') rmSync(join(WORK, name), { recursive: true, force: true });
    cpSync(BEFORE, OUT, { recursive: true });
    const args = setup();
    const before = snapshot(OUT);
    const run = runImport(args[0] === '--out' ? args : ['--out', DEFAULT_OUT, ...args]);
    expect(run.status).toBe(status);
    const lines = run.stderr.split('\n');
    if (line === '') {
      // Only the write fails here, and the system says why in its own words.
      expect(lines[0]).toMatch(/^nothing written: cannot write questions\/[a-z-]+\.md: (operation not permitted|permission denied)$/u);
    } else {
      expect(lines[0]).toBe(line);
    }
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    if (status === 2) expect(run.stderr).toContain(USAGE);
    expect(run.stdout).toBe('');
    unlock?.();
    expect(snapshot(OUT)).toEqual(before);
    expect(statSync(OUT).isDirectory()).toBe(true);
  });
});
