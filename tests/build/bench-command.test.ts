// The benchmark's two commands at CI scale: they run and report every figure; no time is asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPage } from '../helpers/bank.ts';
import { OUTPUT, ROOT, commandEnv } from '../helpers/build.ts';

const WORK = join(OUTPUT, 'bench-command');

/** Runs a command by its path from the project root: `bench/generate.ts`, `scripts/import.ts`. */
function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, env: commandEnv(), encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file of a folder, by name, as bytes. */
const contents = (folder: string) => new Map(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name))]));

describe('npm run generate', () => {
  beforeAll(() => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(WORK, { recursive: true });
  });

  it('writes the same files, byte for byte, for the same seed, and other files for another', () => {
    for (const [folder, seed] of [['a', '5'], ['b', '5'], ['c', '6']] as const) {
      expect(run('bench/generate.ts', '--n', '20', '--seed', seed, '--out', join(WORK, folder)).status).toBe(0);
    }
    const a = contents(join(WORK, 'a'));
    expect(a.size).toBe(20);
    expect(contents(join(WORK, 'b'))).toEqual(a);
    expect([...contents(join(WORK, 'c')).values()]).not.toEqual([...a.values()]);
  });

  it('writes documents the importer accepts', () => {
    const imported = run('scripts/import.ts', '--out', join(WORK, 'questions'), ...readdirSync(join(WORK, 'a')).map((name) => join(WORK, 'a', name)));
    expect(imported.status, imported.stderr).toBe(0);
    expect(readdirSync(join(WORK, 'questions'))).toHaveLength(20);
  });

  it('refuses a folder that already holds documents', () => {
    mkdirSync(join(WORK, 'taken'), { recursive: true });
    writeFileSync(join(WORK, 'taken', 'mine.txt'), 'a coach\'s document\n');
    const refused = run('bench/generate.ts', '--n', '2', '--out', join(WORK, 'taken'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('already holds .txt documents');
    expect(readdirSync(join(WORK, 'taken'))).toEqual(['mine.txt']);
  });
});

describe('npm run bench -- --against', () => {
  // The comparison itself installs Starlight from the registry and takes minutes: it is never run in CI.
  it('compares against Starlight only, and says so before doing any work', () => {
    const refused = run('bench/bench.ts', '--n', '10', '--against', 'hugo', '--results', join(WORK, 'refused'));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('[--against starlight]');
    expect(existsSync(join(WORK, 'refused'))).toBe(false);
  });
});

describe('npm run bench -- --n 100', () => {
  const results = join(WORK, 'results');
  let bench: ReturnType<typeof run>;
  let figures: Map<string, string>;

  beforeAll(() => {
    rmSync(results, { recursive: true, force: true });
    bench = run('bench/bench.ts', '--n', '100', '--results', results);
    figures = new Map(
      bench.stdout
        .split('\n')
        .filter((line) => line.includes(': '))
        .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]),
    );
  });

  it('succeeds', () => {
    expect(bench.status, bench.stderr).toBe(0);
  });

  it('prints every figure the issue names, each a number', () => {
    const numeric = [
      'import seconds',
      'astro build seconds',
      'exports + search index seconds, beside the pages',
      'total seconds',
      'ms per question',
      'peak RSS MB',
      'dist bytes',
      'dist files',
      'median question page HTML bytes',
      'question page CSS gzip bytes',
      'question page JS gzip bytes',
      'first search bytes to results',
      'first search bytes',
      'first search ms',
      'warm search ms',
      'section search bytes',
      'section search ms',
      'astro build CPU seconds',
    ];
    for (const name of numeric) {
      expect(figures.get(name), name).toMatch(/^\d+(\.\d+)?$/u);
    }
    expect(Number(figures.get('peak RSS MB'))).toBeGreaterThan(0);
    expect(Number(figures.get('first search bytes'))).toBeGreaterThan(0);
  });

  it('built and searched all the generated questions', () => {
    expect(figures.get('questions')).toBe('100');
    expect(Number(figures.get('first search results'))).toBeGreaterThan(0);
    expect(figures.get('question page readable without JavaScript')).toBe('yes');
  });

  // A page listing every question makes each page cost more as the bank grows: only indexes may.
  it('builds question pages that do not list the bank', () => {
    const dist = join(results, 'work', 'n100', 'dist');
    const pages = readdirSync(join(dist, 'questions'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(pages).toHaveLength(100);
    for (const { name: slug } of pages) {
      const $ = loadPage(dist, `/questions/${slug}/`);
      const linked = new Set($('a[href^="/questions/"]').map((_, link) => $(link).attr('href')).get());
      expect(linked.size, slug).toBeLessThanOrEqual(10);
    }
  });

  it('writes the same figures as JSON, and its work under the results folder only', () => {
    const [file] = readdirSync(results).filter((name) => /^bench-n100-.*\.json$/u.test(name));
    expect(file).toBeDefined();
    const json = JSON.parse(readFileSync(join(results, file!), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([...figures.keys()]);
    expect(json['questions']).toBe(100);
    expect(existsSync(join(results, 'work', 'n100', 'dist', 'pagefind'))).toBe(true);
  });
});
