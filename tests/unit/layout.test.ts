import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';

const IMPORT = /(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/gu;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|astro|mjs)$/u.test(name))
    .map((name) => join(ROOT, folder, name));
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => match[1]!);
}

/** Every module a browser entry reaches through relative imports, with what each imports. */
function reachable(entries: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const specifiers = importsOf(file);
    seen.set(file, specifiers);
    for (const specifier of specifiers) if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier.split('?')[0]!));
  }
  return seen;
}

const isNodeOnly = (specifier: string) =>
  specifier.startsWith('node:') || specifier.startsWith('astro:') || builtinModules.includes(specifier.split('/')[0]!);

describe('the browser modules', () => {
  it('reach no Node built-in and no astro: module, from src/scripts/ down through src/lib/shared/', () => {
    const modules = reachable([...sourceFiles('src/scripts'), ...sourceFiles('src/lib/shared')]);
    const offending = [...modules].flatMap(([file, specifiers]) =>
      specifiers.filter(isNodeOnly).map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
    );
    expect(modules.size).toBeGreaterThan(5);
    expect(offending).toEqual([]);
  });

  it('import only browser modules from src/lib/', () => {
    const outside = sourceFiles('src/scripts').flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => relative(ROOT, resolve(dirname(file), specifier)))
        .filter((target) => target.startsWith('src/lib/') && !target.startsWith('src/lib/shared/'))
        .map((target) => `${relative(ROOT, file)} imports ${target}`),
    );
    expect(outside).toEqual([]);
  });
});

describe('the product code', () => {
  it('never imports from tests/', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('scripts'), ...sourceFiles('bench')];
    const fromTests = files.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.startsWith('.') && relative(ROOT, resolve(dirname(file), specifier)).startsWith('tests/'))
        .map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
    );
    expect(files.length).toBeGreaterThan(30);
    expect(fromTests).toEqual([]);
  });
});
