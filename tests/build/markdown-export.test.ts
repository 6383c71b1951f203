// The Markdown of each question in the built bank, as a note-taker downloads and pastes it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { siteOrigin } from '../../src/lib/bank/site.ts';
import { BANK_DIST, SEEDS_DIR, loadPage } from '../helpers/bank.ts';
import { buildSite } from '../helpers/build.ts';
import { FIXTURE_QUESTIONS_DIR } from '../helpers/fixtures.ts';
import { expectedTexts } from '../helpers/seed-text.ts';

const SITE = siteOrigin();
const seeds = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt'));
const markdownFiles = readdirSync(join(BANK_DIST, 'questions')).filter((name) => name.endsWith('.md'));

/** The text of every block of a Markdown document, one block a line, as a reader sees it. */
function blockTexts(markdown: string): string {
  const lines: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading') lines.push(toString(node).replace(/\s+/gu, ' '));
    else if ('children' in node) node.children.forEach(visit);
  };
  visit(fromMarkdown(markdown));
  return lines.join('\n');
}

describe.each(seeds)('the Markdown of the question imported from %s', (seed) => {
  const document = readFileSync(join(SEEDS_DIR, seed), 'utf8');
  const title = expectedTexts(document)[1]!;
  const name = markdownFiles.find((file) => readFileSync(join(BANK_DIST, 'questions', file), 'utf8').startsWith(`# ${title}\n`));
  const markdown = name === undefined ? '' : readFileSync(join(BANK_DIST, 'questions', name), 'utf8');
  const slug = name?.replace(/\.md$/u, '') ?? '';

  it('is at /questions/<slug>.md, beside the page', () => {
    expect(name, `no .md starts with "# ${title}"`).toBeDefined();
    expect(existsSync(join(BANK_DIST, 'questions', slug, 'index.html'))).toBe(true);
  });

  it('holds every line of the document, reading back character for character', () => {
    const text = blockTexts(markdown);
    const missing = expectedTexts(document).filter((line) => !text.includes(line.replace(/\s+/gu, ' ')));
    expect(missing).toEqual([]);
  });

  it('keeps the headings, lists and labels of the page', () => {
    expect(markdown).toContain('\n## Action – What You Did\n\n- **');
    expect(markdown).toContain('\n### Signals\n');
    expect(markdown).toMatch(/\n- \*\*[^*]+:\*\* /u);
  });

  it('links only absolutely, on the site', () => {
    const urls = [...markdown.matchAll(/\]\(([^)]+)\)|<(https?:[^>]+)>/gu)].map((match) => match[1] ?? match[2]);
    expect(urls.length).toBeGreaterThan(7);
    for (const url of urls) expect(url?.startsWith(`${SITE}/`), url).toBe(true);
    expect(urls).toContain(`${SITE}/questions/${slug}/`);
  });

  it('is offered for download on the question page', () => {
    const $ = loadPage(BANK_DIST, `/questions/${slug}/`);
    const download = $('a[download]');
    expect(download.text()).toBe('Download as Markdown');
    expect(download.attr('href')).toBe(`/questions/${slug}.md`);
  });
});

describe('a build from a shell whose NODE_ENV is development', () => {
  it('builds, and writes every question\'s Markdown as any build does', () => {
    const build = buildSite('node-env-development', { questionsDir: FIXTURE_QUESTIONS_DIR, nodeEnv: 'development' });
    expect(build.ok, build.output).toBe(true);
    const exported = readdirSync(join(build.dist, 'questions')).filter((name) => name.endsWith('.md'));
    expect(exported.sort()).toEqual(readdirSync(FIXTURE_QUESTIONS_DIR).sort());
  });
});
