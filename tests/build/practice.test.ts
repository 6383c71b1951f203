// The practice parts of the built site: kept out of search, hidden until their script runs,
// and the practice file's JSON Schema published where export files point.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { siteOrigin } from '../../src/lib/bank/site.ts';
import { emptyPractice, practiceFile, withAnswerText, withConfidence } from '../../src/lib/shared/practice-data.ts';
import { practiceJsonSchema } from '../../src/schemas/practice.ts';
import { loadPage } from '../helpers/bank.ts';
import { PRACTICE_DIST } from '../helpers/practice-bank.ts';
import { indexedRecords } from '../helpers/search-index.ts';

describe('a question page', () => {
  const $ = () => loadPage(PRACTICE_DIST, '/questions/alpha-migration/');

  it('ships the practice controls and the answer form for readers with JavaScript only, and out of search', () => {
    for (const selector of ['#practice', '#your-answer']) {
      expect($()(selector).hasClass('needs-js'), selector).toBe(true);
      expect($()(selector).attr('data-pagefind-ignore'), selector).toBe('all');
    }
    expect($()('#your-answer textarea').map((_, area) => $()(area).attr('name')).get()).toEqual(['situation', 'task', 'action', 'result', 'learning']);
  });
});

describe('the search index of a bank with practice controls', () => {
  it('holds none of their words in any record', () => {
    const records = indexedRecords(PRACTICE_DIST);
    expect(records.some((record) => record.url === '/questions/alpha-migration/')).toBe(true);
    const leaked = records.filter((record) => /Your answer|Practised|Reveal|Leave practice|getting there|Copy as Markdown/u.test(record.content));
    expect(leaked.map((record) => record.url)).toEqual([]);
  });
});

describe('/practice.schema.json', () => {
  const published = () => JSON.parse(readFileSync(join(PRACTICE_DIST, 'practice.schema.json'), 'utf8')) as Record<string, unknown>;

  it('is the practice schema, with its own public URL as $id', () => {
    const url = `${siteOrigin()}/practice.schema.json`;
    expect(published()).toEqual(practiceJsonSchema(url));
    expect(published()['$id']).toBe(url);
  });

  it('accepts an export file, which names it', () => {
    const data = withAnswerText(withConfidence(emptyPractice(), 'alpha-migration', 3), 'alpha-migration', 'task', 'Lead it.');
    const file = practiceFile(data, String(published()['$id']), new Date());
    const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(published());
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...file, version: 2 })).toBe(false);
  });
});
