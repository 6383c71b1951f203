import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ImportError, parseQuestionDocument } from '../../scripts/lib/import-parser.ts';
import { buildQuestionFile, escapeMarkdownText, renderQuestionBody } from '../../scripts/lib/question-file.ts';
import { fixtureTaxonomy } from '../helpers/fixtures.ts';

const SPACED = readFileSync(new URL('../fixtures/seeds/001_bfc0ff6645a3386b.txt', import.meta.url), 'utf8');
const taxonomy = fixtureTaxonomy();

function importError(text: string): ImportError {
  try {
    buildQuestionFile(parseQuestionDocument(text), { taxonomy });
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('the document was accepted');
}

describe('escapeMarkdownText', () => {
  it('escapes what MDX reads as JSX, expressions or entities', () => {
    expect(escapeMarkdownText('p99 <15ms {and why} &amp;')).toBe('p99 \\<15ms \\{and why\\} \\&amp;');
  });

  it('escapes emphasis, code, links, tables and strike-through', () => {
    expect(escapeMarkdownText('*a* _b_ `c` [d](e) f|g ~~h~~ \\i')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) f\\|g \\~\\~h\\~\\~ \\\\i',
    );
  });

  it('escapes what GFM would turn into a link', () => {
    expect(escapeMarkdownText('see https://x.io/a_b, www.x.io and me@x.io')).toBe(
      'see https\\://x.io/a\\_b, www\\.x.io and me\\@x.io',
    );
  });

  it('escapes a leading character that would start a heading, list or rule', () => {
    expect(escapeMarkdownText('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdownText('- not a bullet')).toBe('\\- not a bullet');
    expect(escapeMarkdownText('+ not a bullet')).toBe('\\+ not a bullet');
    expect(escapeMarkdownText('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdownText('2) not a list')).toBe('2\\) not a list');
  });

  it('leaves ordinary prose, quotes, dashes and accents alone', () => {
    const prose = 'The “café” team’s résumé—2 weeks, 99.99% uptime; "quoted" - fine.';
    expect(escapeMarkdownText(prose)).toBe(prose);
  });
});

describe('renderQuestionBody', () => {
  const body = renderQuestionBody(parseQuestionDocument(SPACED));

  it('writes every section as a "##" heading in page order', () => {
    expect(body.match(/^## .*$/gmu)).toEqual([
      '## Clarifying Questions',
      '## Assumptions',
      '## Coach Strategy',
      '## Situation – Context',
      '## Task – Your Responsibility',
      '## Action – What You Did',
      '## Result – Outcome \\& Impact',
      '## Learning / Reflection – Growth',
    ]);
    expect(body.match(/^### .*$/gmu)).toEqual(['### Signals', '### Cheat Code']);
  });

  it('writes labelled bullets with the label in bold', () => {
    expect(body).toContain('- **Executive Alignment:** I presented the unified roadmap');
    expect(body).toContain('- **Influence without Authority:** Getting buy-in');
  });
});

describe('buildQuestionFile', () => {
  it('writes frontmatter with taxonomy ids, the level id and the slug of the title', () => {
    const file = buildQuestionFile(parseQuestionDocument(SPACED), { taxonomy, source: 'seed.txt' });
    expect(file.slug).toBe('leading-through-influence-and-deadlock-resolution');
    const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/u.exec(file.contents)![1]!);
    expect(frontmatter).toEqual({
      title: 'Leading Through Influence and Deadlock Resolution',
      slug: 'leading-through-influence-and-deadlock-resolution',
      category: 'behavioral',
      level: 'senior',
      competencies: [
        'ownership',
        'influence-without-authority',
        'conflict-resolution',
        'strategic-thinking',
        'stakeholder-management',
        'decision-making',
        'technical-leadership',
      ],
      question: expect.stringMatching(/^Describe a situation where.*on the organization\?$/u),
      aliases: [],
      source: 'seed.txt',
    });
  });

  it('refuses an unknown competency on its line, suggesting the closest known one', () => {
    const text = SPACED.replace('Stakeholder Management', 'Stakeholder Managment');
    const error = importError(text);
    expect(error.line).toBe(text.split('\n').indexOf('Stakeholder Managment') + 1);
    expect(error.reason).toMatch(/unknown competency "Stakeholder Managment"; did you mean "Stakeholder Management"\?/u);
    expect(error.reason).toContain('content/competencies.yaml');
  });

  it('matches competency names without regard to case', () => {
    const file = buildQuestionFile(parseQuestionDocument(SPACED.replace('Conflict Resolution\n', 'conflict resolution\n')), {
      taxonomy,
    });
    expect(file.frontmatter.competencies).toContain('conflict-resolution');
  });

  it('refuses a competency listed twice, on the second line', () => {
    const text = SPACED.replace('Decision Making\n', 'Decision Making\ndecision making\n');
    const error = importError(text);
    expect(error.line).toBe(text.split('\n').indexOf('decision making') + 1);
    expect(error.reason).toBe('competency "decision making" is listed twice');
  });
});
