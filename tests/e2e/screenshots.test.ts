// `npm run screenshots` takes the README's pictures of each page type from a built site.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BROWSE_DIST } from '../helpers/browse-bank.ts';
import { OUTPUT, ROOT } from '../helpers/build.ts';

/** A PNG's width and height, from its header. */
const pngSize = (file: string) => {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

it('takes each page type in light, dark and at phone width', () => {
  const out = join(OUTPUT, 'screenshots');
  rmSync(out, { recursive: true, force: true });
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/screenshots.ts'), '--out', out, BROWSE_DIST], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const pages = ['home', 'question', 'competencies', 'competency', 'search'];
  expect(readdirSync(out).sort()).toEqual(pages.flatMap((page) => ['dark', 'light', 'phone'].map((mode) => `${page}-${mode}.png`)).sort());
  expect(pngSize(join(out, 'question-light.png'))).toEqual({ width: 1280, height: 900 });
  expect(pngSize(join(out, 'question-phone.png'))).toEqual({ width: 360, height: 740 });
  // Light and dark differ: the scheme really changed.
  expect(readFileSync(join(out, 'home-light.png')).equals(readFileSync(join(out, 'home-dark.png')))).toBe(false);
}, 120_000);
