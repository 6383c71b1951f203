// Measures the bank at scale: generates N synthetic questions, imports them, builds the site and
// its search index from them, and measures the output and the search in Chromium.
// Usage: npm run bench -- --n 1000 [--seed 1] [--results DIR] [--mdx-share 0.1] [--against starlight]
// With --against starlight it also builds the same questions as an Astro Starlight site (installed
// into bench-results/work/starlight/ from the npm registry) in the same run, and prints the ratio.
// Prints one `name: value` line per figure and writes them as JSON to bench-results/ (or DIR).
// Everything it builds goes to bench-results/work/ (git-ignored); content/ is never touched.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { PROJECT_ROOT } from '../src/lib/bank/bank-paths.ts';
import { commandArgs } from '../scripts/lib/command-args.ts';
import { astroPhases, type Figure, figuresObject, formatFigures, median, statusKilobytes, toMegabytes } from './bench-figures.ts';
import { syntheticDocuments } from './synthetic-question.ts';
import { loadTaxonomy } from '../src/lib/bank/taxonomy.ts';
import { SECTION_SEARCHED, measureInBrowser } from './bench-browser.ts';
import { convertShareToMdx } from './mdx-share.ts';
import { STARLIGHT_VERSION, prepareStarlight, starlightVersions } from './starlight.ts';

const usage = 'usage: npm run bench -- --n COUNT [--seed NUMBER] [--results DIR] [--mdx-share SHARE] [--against starlight]';
/**
 * Searches a reader might type, all occurring in generated text: a first one, then others once
 * the index is loaded; and, in a fresh page, one with "and", a word on nearly every page.
 */
const QUERIES = {
  first: 'circuit breaking',
  warm: ['stakeholder', 'postmortem', 'deadline', 'mentor', 'rollout'],
  commonWord: 'disagree and commit',
};

interface Measured {
  seconds: number;
  /** CPU time (user + system) of the process and every child it waited for: what a step costs whatever else the machine runs. */
  cpuSeconds: number;
  /** The largest resident set any process of the run reached, in bytes. */
  peakBytes: number;
  output: string;
}

/** Process ids of a process and all its descendants, from /proc. */
function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i += 1) {
    try {
      for (const task of readdirSync(`/proc/${tree[i]}/task`)) {
        const children = readFileSync(`/proc/${tree[i]}/task/${task}/children`, 'utf8').trim();
        if (children !== '') tree.push(...children.split(/\s+/u).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return tree;
}

/**
 * Runs a Node script and measures its wall time and peak memory: every 100 ms it reads the
 * kernel's high-water mark (VmHWM) of the process and of every process it started, so a peak
 * between two samples is still seen.
 */
function runMeasured(script: string, args: string[], options: { cwd?: string; env?: Record<string, string>; log: string }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Bash's `time` reports the CPU time of the command and all its children, which /proc cannot once they exit.
    const child = spawn('bash', ['-c', 'TIMEFORMAT="bench-cpu %U %S"; time "$@"', 'bash', process.execPath, script, ...args], {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakBytes = 0;
    const sample = () => {
      for (const pid of processTree(child.pid!)) {
        try {
          peakBytes = Math.max(peakBytes, statusKilobytes(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmHWM') ?? 0);
        } catch {
          // Gone already.
        }
      }
    };
    const sampler = setInterval(sample, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      const cpu = /^bench-cpu ([\d.]+) ([\d.]+)$/mu.exec(output);
      output = stripVTControlCharacters(output.replace(/^bench-cpu .*\n?/mu, ''));
      writeFileSync(options.log, output);
      if (code !== 0) reject(new Error(`${relative(PROJECT_ROOT, script)} failed (exit ${code}); see ${relative(PROJECT_ROOT, options.log)}\n${output.slice(-2000)}`));
      else resolve({ seconds, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN, peakBytes, output });
    });
  });
}

/** Bytes and number of files under a folder. */
function folderSize(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

async function main(argv: string[]): Promise<number> {
  const args = commandArgs(argv, usage, {
    options: {
      n: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      results: { type: 'string', default: 'bench-results' },
      // Also builds the same bank with this share of its questions as MDX (bench/mdx-share.ts).
      'mdx-share': { type: 'string', default: '0' },
      against: { type: 'string' },
    },
  });
  if (typeof args === 'number') return args;
  const { values } = args;
  const count = Number(values.n);
  const seed = Number(values.seed);
  const mdxShare = Number(values['mdx-share']);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || !(mdxShare >= 0 && mdxShare <= 1) || (values.against !== undefined && values.against !== 'starlight')) {
    console.error(usage);
    return 2;
  }

  const results = resolve(PROJECT_ROOT, values.results);
  const work = join(results, 'work', `n${count}`);
  const documents = join(work, 'documents');
  const questions = join(work, 'questions');
  const dist = join(work, 'dist');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(documents, { recursive: true });
  const loadBefore = loadavg()[0]!;
  const log = (step: string) => console.error(`bench: ${step}`);

  log(`generating ${count} documents (seed ${seed})`);
  const generated = syntheticDocuments(count, seed, loadTaxonomy());
  for (const document of generated) writeFileSync(join(documents, document.name), document.text);

  log('importing');
  const imported = await runMeasured(join(PROJECT_ROOT, 'scripts/import.ts'), ['--out', questions, ...generated.map((document) => document.name)], {
    // Names relative to the documents' folder keep the command line short at 10,000 documents.
    cwd: documents,
    env: { INIT_CWD: documents },
    log: join(work, 'import.log'),
  });

  log('building the site');
  const astro = await runMeasured(join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), ['build', '--outDir', dist], {
    // A cache of its own: every run is a cold build, as in CI.
    env: { BANK_QUESTIONS_DIR: questions, BANK_CACHE_DIR: join(work, 'cache') },
    log: join(work, 'astro-build.log'),
  });

  // `astro build` makes the search index beside the pages (scripts/lib/build-integration.ts), as
  // `npm run build` does; the figures still say what the index cost, from the build's own log.
  const mdxFigures = mdxShare > 0 ? await measureMdxShare({ work, questions, share: mdxShare, allMarkdown: astro, log }) : [];
  // The comparison runs right after the bank's own build, on the same files, under the same load.
  let starlight: Measured | undefined;
  if (values.against === 'starlight') {
    const folder = join(results, 'work', 'starlight');
    const astroCommand = prepareStarlight(folder, questions, log);
    log(`building the same questions with Starlight ${STARLIGHT_VERSION}`);
    starlight = await runMeasured(astroCommand, ['build'], { cwd: folder, log: join(work, 'starlight-build.log') });
  }

  log('measuring the output');
  const size = folderSize(dist);
  const pages = readdirSync(join(dist, 'questions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dist, 'questions', entry.name, 'index.html')))
    .map((entry) => ({ path: `/questions/${entry.name}/`, bytes: statSync(join(dist, 'questions', entry.name, 'index.html')).size }));
  const medianBytes = median(pages.map((page) => page.bytes));
  // The page whose size is nearest the median stands for a typical question.
  const typical = pages.reduce((best, page) => (Math.abs(page.bytes - medianBytes) < Math.abs(best.bytes - medianBytes) ? page : best));

  log('measuring in Chromium');
  const browser = await measureInBrowser(dist, { questionPath: typical.path, queries: QUERIES });

  const phases = astroPhases(astro.output);
  const total = imported.seconds + astro.seconds;
  const outputsSeconds = /Markdown exports.*\(([\d.]+)s[;)]/u.exec(astro.output)?.[1];
  const figures: Figure[] = [
    ['questions', pages.length],
    ['import seconds', imported.seconds],
    ['astro build seconds', astro.seconds],
    ['exports + search index seconds, beside the pages', outputsSeconds === undefined ? 'not found in the build log' : Number(outputsSeconds)],
    ['total seconds', total],
    ['ms per question', (total * 1000) / pages.length],
    ['peak RSS MB', toMegabytes(Math.max(imported.peakBytes, astro.peakBytes))],
    ['astro build CPU seconds', astro.cpuSeconds],
    ['dist bytes', size.bytes],
    ['dist files', size.files],
    ['median question page HTML bytes', medianBytes],
    ['question page CSS gzip bytes', browser.cssGzipBytes],
    ['question page JS gzip bytes', browser.jsGzipBytes],
    ['first search bytes to results', browser.firstSearchBytesToResults],
    ['first search bytes', browser.firstSearchBytes],
    ['first search ms', browser.firstSearchMs],
    ['warm search ms', browser.warmSearchMs],
    // Where the time and memory went, and what the figures were measured under.
    ['astro content sync seconds', phases.contentSync ?? 'not found in the build log'],
    ['astro bundle seconds', phases.bundle ?? 'not found in the build log'],
    ['astro render seconds', phases.render ?? 'not found in the build log'],
    ['import peak RSS MB', toMegabytes(imported.peakBytes)],
    ['astro build peak RSS MB', toMegabytes(astro.peakBytes)],
    ['question page stylesheets', browser.stylesheets],
    ['question page readable without JavaScript', browser.readableWithoutJavaScript ? 'yes' : 'no'],
    ['first search results', browser.firstSearchResults],
    ['first search query', QUERIES.first],
    ['common-word first search bytes to results', browser.commonWordSearchBytesToResults],
    ['common-word first search bytes', browser.commonWordSearchBytes],
    ['common-word first search ms', browser.commonWordSearchMs],
    ['common-word first search query', QUERIES.commonWord],
    ...mdxFigures,
    ['section search bytes', browser.sectionSearchBytes],
    ['section search ms', browser.sectionSearchMs],
    ['section search results', browser.sectionSearchResults],
    ['section search', `${QUERIES.first} in ${SECTION_SEARCHED}`],
    ['typical question page', typical.path],
    ['seed', seed],
    ['load average before', loadBefore],
    ['load average after', loadavg()[0]!],
    ['machine', `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`],
    ['node', process.version],
    ['date', new Date().toISOString()],
  ];
  if (starlight) {
    const bank = astro.seconds;
    const versions = starlightVersions();
    figures.push(
      ['bank build + index seconds', bank],
      ['starlight build + pagefind seconds', starlight.seconds],
      ['bank time / starlight time', bank / starlight.seconds],
      ['bank build + index CPU seconds', astro.cpuSeconds],
      ['starlight CPU seconds', starlight.cpuSeconds],
      ['bank CPU / starlight CPU', (astro.cpuSeconds) / starlight.cpuSeconds],
      ['starlight peak RSS MB', toMegabytes(starlight.peakBytes)],
      ['starlight', `Starlight ${versions.starlight}, Astro ${versions.astro}, Pagefind ${versions.pagefind}, one-link sidebar`],
    );
  }

  console.log(formatFigures(figures));
  const file = join(results, `bench-n${count}-${new Date().toISOString().replace(/[:.]/gu, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(figuresObject(figures), null, 2)}\n`);
  log(`wrote ${relative(PROJECT_ROOT, file)}`);
  return 0;
}

/**
 * Builds the same questions again with `share` of them as MDX, cold, and sets the build against the
 * all-`.md` one just measured: the cost of MDX questions, on the same input in the same run.
 */
async function measureMdxShare(options: { work: string; questions: string; share: number; allMarkdown: Measured; log: (step: string) => void }): Promise<Figure[]> {
  const questions = join(options.work, 'questions-mdx');
  cpSync(options.questions, questions, { recursive: true });
  const converted = convertShareToMdx(questions, options.share);
  options.log(`building the site again with ${converted} questions as MDX`);
  const astro = await runMeasured(join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), ['build', '--outDir', join(options.work, 'dist-mdx')], {
    env: { BANK_QUESTIONS_DIR: questions, BANK_CACHE_DIR: join(options.work, 'cache-mdx') },
    log: join(options.work, 'astro-build-mdx.log'),
  });
  const render = (output: string) => astroPhases(output).render ?? 'not found in the build log';
  return [
    ['mdx share', options.share],
    ['mdx questions', converted],
    ['astro build seconds, all .md', options.allMarkdown.seconds],
    ['astro build seconds, with the MDX share', astro.seconds],
    ['astro build cost of the MDX share %', ((astro.seconds - options.allMarkdown.seconds) / options.allMarkdown.seconds) * 100],
    ['astro render seconds, all .md', render(options.allMarkdown.output)],
    ['astro render seconds, with the MDX share', render(astro.output)],
    ['astro build peak RSS MB, all .md', toMegabytes(options.allMarkdown.peakBytes)],
    ['astro build peak RSS MB, with the MDX share', toMegabytes(astro.peakBytes)],
  ];
}

process.exitCode = await main(process.argv.slice(2));
