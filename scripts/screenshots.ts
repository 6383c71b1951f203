// Takes the README's screenshots of each kind of page (light, dark, and a phone) from a built site,
// so they are retaken with one command whenever the look changes.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from './lib/chromium.ts';
import { commandArgs } from './lib/command-args.ts';
import { serveSite } from './lib/static-server.ts';

const USAGE = 'usage: npm run screenshots -- [--out DIR] [--only PAGE] [DIST]   (default: dist, into docs/screenshots)';

/** The views a reader meets, each as a name and a path; the first question in the site stands for every question page. */
function views(dist: string): { name: string; path: string }[] {
  const first = readdirSync(join(dist, 'questions'), { withFileTypes: true }).find((entry) => entry.isDirectory())?.name;
  return [
    { name: 'home', path: '/' },
    { name: 'question', path: first ? `/questions/${first}/` : '/' },
    { name: 'competencies', path: '/competencies/' },
    { name: 'competency', path: `/competencies/${competencyWithQuestions(dist)}/` },
    { name: 'search', path: '/search/?q=conflict' },
  ];
}

/** The competency with the most questions, read from the built questions.json. */
function competencyWithQuestions(dist: string): string {
  const index = JSON.parse(readFileSync(join(dist, 'questions.json'), 'utf8')) as { questions: { competencies: string[] }[] };
  const counts = new Map<string, number>();
  for (const question of index.questions) for (const id of question.competencies) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

const MODES = [
  { name: 'light', viewport: { width: 1280, height: 900 }, colorScheme: 'light', isMobile: false },
  { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark', isMobile: false },
  { name: 'phone', viewport: { width: 360, height: 740 }, colorScheme: 'light', isMobile: true },
] as const;

async function main(argv: string[]): Promise<number> {
  const args = commandArgs(argv, USAGE, {
    options: { out: { type: 'string', default: 'docs/screenshots' }, only: { type: 'string' } },
    allowPositionals: true,
  });
  if (typeof args === 'number') return args;
  const dist = resolve(args.positionals[0] ?? 'dist');
  const out = resolve(args.values.out);
  mkdirSync(out, { recursive: true });
  const server = await serveSite(dist);
  const browser = await launchBrowser();
  try {
    for (const mode of MODES) {
      const context = await browser.newContext({ viewport: mode.viewport, colorScheme: mode.colorScheme, isMobile: mode.isMobile, hasTouch: mode.isMobile, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const view of views(dist)) {
        if (args.values.only && args.values.only !== view.name) continue;
        await page.goto(`${server.origin}${view.path}`, { waitUntil: 'networkidle' });
        const file = join(out, `${view.name}-${mode.name}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
