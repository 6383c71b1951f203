// /questions.json in the built bank, as a tool or note plugin reads it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../scripts/lib/built-site.ts';
import { whyBroken } from '../../scripts/lib/link-check.ts';
import { siteOrigin } from '../../src/lib/bank/site.ts';
import type { QuestionsIndex } from '../../src/schemas/questions-index.ts';
import { BANK_DIST, loadPage } from '../helpers/bank.ts';

const SITE = siteOrigin();
const index = JSON.parse(readFileSync(join(BANK_DIST, 'questions.json'), 'utf8')) as QuestionsIndex;

describe('/questions.json', () => {
  it('validates against the schema the site publishes for it', () => {
    const schema = JSON.parse(readFileSync(join(BANK_DIST, 'questions.schema.json'), 'utf8')) as Record<string, unknown>;
    expect(index.$schema).toBe(`${SITE}/questions.schema.json`);
    expect(schema['$id']).toBe(index.$schema);
    const validate = new Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(schema);
    expect(validate(index), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('lists every question of the bank once, by title, with its level and competencies', () => {
    const pages = readdirSync(join(BANK_DIST, 'questions'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(index.questions.map((question) => question.slug).sort()).toEqual(pages.map((entry) => entry.name).sort());
    expect(index.questions.map((question) => question.title)).toEqual([
      'Leading Through Influence and Deadlock Resolution',
      'Strategic Influence and Technical Conflict Resolution',
    ]);
    expect(index.questions[1]).toMatchObject({ level: 'senior', competencies: expect.arrayContaining(['conflict-resolution', 'technical-leadership']) });
  });

  it('gives each question the sections its page has, titled as the page titles them', () => {
    for (const question of index.questions) {
      const $ = loadPage(BANK_DIST, `/questions/${question.slug}/`);
      const headings = $('.answer').find('h2, h3').toArray().map((heading) => ({ id: $(heading).attr('id'), title: $(heading).text() }));
      expect(question.sections.map(({ id, title }) => ({ id, title }))).toEqual(headings);
    }
  });

  it('carries each question\'s prompt, as its page shows it', () => {
    for (const question of index.questions) {
      const $ = loadPage(BANK_DIST, `/questions/${question.slug}/`);
      const paragraphs = $('blockquote.prompt p').toArray().map((paragraph) => $(paragraph).text());
      expect(question.prompt.split(/\n\s*\n/u)).toEqual(paragraphs);
    }
  });

  it('gives URLs, for each page, its Markdown and each section, that all lead somewhere real', () => {
    const bank = readBuiltSite(BANK_DIST);
    for (const question of index.questions) {
      const urls = [question.url, question.markdownUrl, ...question.sections.map((section) => section.url)];
      expect(question.sections.map((section) => section.id)).toContain('action');
      for (const url of urls) expect(whyBroken(bank, '/index.html', url, SITE), url).toBeUndefined();
    }
    for (const term of [...index.competencies, ...index.levels]) {
      const reason = whyBroken(bank, '/index.html', term.url, SITE);
      expect(reason, term.url).toBeUndefined();
    }
  });
});
