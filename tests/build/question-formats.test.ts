// A bank holding the three kinds of question file: an MDX question with the bank's components, a
// hand-written Markdown question with GFM, and an imported one whose text stays literal. Each goes
// through the same page, anchors, export, questions.json, search index and link check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../scripts/lib/built-site.ts';
import { findLinkProblems } from '../../scripts/lib/link-check.ts';
import { siteOrigin } from '../../src/lib/bank/site.ts';
import { loadPage, visibleText } from '../helpers/bank.ts';
import { buildSite, type BuiltSite } from '../helpers/build.ts';
import { edit, writeQuestions } from '../helpers/fixtures.ts';
import { MDX_EXAMPLE, mdxExample } from '../helpers/published-bank.ts';
import { indexedRecords } from '../helpers/search-index.ts';

const NARRATIVE = ['Situation', 'Task', 'Action', 'Result', 'Learning'].map((name) => `## ${name}\n\n- ${name} text.`).join('\n\n');
const frontmatter = (title: string, extra = '') =>
  `---\ntitle: ${title}\nslug: ${title.toLowerCase().replace(/\s+/gu, '-')}\ncategory: behavioral\nlevel: mid\ncompetencies:\n  - ownership\nquestion: ${title}?\n${extra}---\n\n`;

/** A hand-written `.md`: GFM reads its table, strike-through and bare URL. */
const HAND_WRITTEN = `${frontmatter('Hand Written')}${edit(NARRATIVE, '- Action text.', '- Chose ~~speed~~ safety, see https://example.com/notes.\n\n| Option | Cost |\n|---|---|\n| Rewrite | High |')}\n`;
/** An imported `.md` (it names its source): the same characters stay as the coach typed them. */
const IMPORTED = `${frontmatter('Imported Literal', 'source: imported-literal.txt\n')}${edit(NARRATIVE, '- Action text.', '- Chose ~~speed~~ safety, see https://example.com/notes.\n\n| Option | Cost |\n|---|---|\n| Rewrite | High |')}\n`;

const SITE = siteOrigin();
let built: BuiltSite;

beforeAll(() => {
  const folder = writeQuestions('question-formats', { [MDX_EXAMPLE.file]: mdxExample(), 'hand-written.md': HAND_WRITTEN, 'imported-literal.md': IMPORTED });
  built = buildSite('question-formats', { questionsDir: folder, pagefind: true });
  if (!built.ok) throw new Error(`building the bank failed:\n${built.output}`);
});

describe('an MDX question', () => {
  const page = () => loadPage(built.dist, `/questions/${MDX_EXAMPLE.slug}/`);

  it("shows the coach's aside and the comparison, each with its own anchor and # link", () => {
    const $ = page();
    expect($('#coach-strategy-1').is('aside.callout')).toBe(true);
    expect($('#coach-strategy-1 > .component-title').contents().first().text()).toBe("Coach's aside");
    expect(visibleText($, '#coach-strategy-1 > p:not(.component-title)')).toBe('Interviewers hear "we" a lot. Say what you did, then what the team did.');
    expect($('#coach-strategy-1 > .component-title > a.anchor-link').attr('href')).toBe('#coach-strategy-1');
    expect($('#action-3').is('.answer-comparison')).toBe(true);
    expect($('#action-3 .answer-strong .component-title').text()).toBe('Strong answer');
    expect(visibleText($, '#action-3 .answer-weak')).toBe('Weak answer "We all worked really hard and it got done eventually."');
  });

  it('renders GFM: a table inside a bullet, strike-through, task lists, a footnote and a bare URL', () => {
    const $ = page();
    expect($('#action-1 table th').map((_, cell) => $(cell).text()).get()).toEqual(['Piece', 'Owner', 'Blocked by']);
    expect($('#situation-1 del').text()).toBe('nearly done');
    expect($('#result-1 input[type=checkbox]').is(':checked')).toBe(true);
    expect($('#result-1 input').attr('aria-label')).toBe('Done');
    expect($('#action-2 sup a').attr('href')).toBe('#user-content-fn-cadence');
    expect($('#user-content-fn-cadence').text()).toContain('daily stand-ups had already failed once');
    expect($('#learning-1 a[href="https://example.com/postmortems"]').length).toBe(1);
  });

  it('keeps the five narrative sections with their fixed anchors, and lists them in questions.json', () => {
    const $ = page();
    expect($('.question-section > .section-heading > h2').map((_, heading) => $(heading).attr('id')).get()).toEqual(['coach-strategy', 'situation', 'task', 'action', 'result', 'learning']);
    const index = JSON.parse(readFileSync(join(built.dist, 'questions.json'), 'utf8')) as { questions: { slug: string; markdownUrl: string; sections: { url: string }[] }[] };
    const entry = index.questions.find((question) => question.slug === MDX_EXAMPLE.slug)!;
    expect(entry.markdownUrl).toBe(`${SITE}/questions/${MDX_EXAMPLE.slug}.md`);
    expect(entry.sections.map((section) => section.url.replace(/^.*#/u, ''))).toEqual(['coach-strategy', 'situation', 'task', 'action', 'result', 'learning']);
  });

  it('exports Markdown with each component in a Markdown form, and the GFM as GFM', () => {
    const markdown = readFileSync(join(built.dist, 'questions', `${MDX_EXAMPLE.slug}.md`), 'utf8');
    expect(markdown).toContain("## Coach Strategy\n\n> **Coach's aside:**\n>\n> Interviewers hear \"we\" a lot.");
    expect(markdown).toContain('> **Strong and weak answers:**\n>\n> - **Strong answer:**\n>\n>   - "I set a cut-over date');
    expect(markdown).toContain('| Invoices | Payments      | Nothing    |');
    expect(markdown).toContain('~~nearly done~~');
    expect(markdown).not.toMatch(/<Callout|<AnswerComparison|<Strong|<Weak/u);
  });

  it('is searched by the text inside its components', () => {
    const record = indexedRecords(built.dist).find((entry) => entry.url === `/questions/${MDX_EXAMPLE.slug}/`)!;
    expect(record.content).toContain('Interviewers hear "we" a lot.');
    expect(record.content).toContain('We all worked really hard and it got done eventually.');
    // The comparison inside Action is indexed too, and its words fall in the Action section's region.
    expect(record.content).toContain('I set a cut-over date');
    const action = record.anchors.find((anchor) => anchor.id === 'action')!;
    const result = record.anchors.find((anchor) => anchor.id === 'result')!;
    const words = record.content.split(/\s+/u);
    const at = words.findIndex((word, index) => word === 'cut-over' && words[index - 1] === 'a');
    expect(at).toBeGreaterThan(action.location);
    expect(at).toBeLessThan(result.location);
  });
});

describe('a hand-written and an imported Markdown question', () => {
  it('reads GFM in the hand-written file', () => {
    const $ = loadPage(built.dist, '/questions/hand-written/');
    expect($('#action-1 del').text()).toBe('speed');
    expect($('#action-1 a').first().attr('href')).toBe('https://example.com/notes');
    expect($('#action-2').is('table')).toBe(true);
  });

  it('keeps the imported text literal: no table, no strike-through, no link from a URL', () => {
    const $ = loadPage(built.dist, '/questions/imported-literal/');
    expect($('.question-section table, .question-section del').length).toBe(0);
    expect($('#action-1').text()).toContain('Chose ~~speed~~ safety, see https://example.com/notes.');
    expect($('#action-1 a:not(.anchor-link)').length).toBe(0);
    expect($('#action-2').text()).toContain('| Option | Cost |');
  });
});

describe('the link check over the three kinds', () => {
  it('finds every link and anchor resolving, footnotes included', () => {
    expect(findLinkProblems(readBuiltSite(built.dist), SITE)).toEqual([]);
  });
});

describe('the build', () => {
  it('renders each body once: every page takes the one rendered beside it for the search index', () => {
    // Of three formats (MDX, hand-written and imported Markdown), the same HTML either way (the pages above).
    expect(built.output).toContain('the pages took 3 of the 3 bodies rendered beside them');
  });
});
