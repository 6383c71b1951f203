import { describe, expect, it } from 'vitest';
import { parseQuestionDocument } from '../../scripts/lib/import-parser.ts';
import { buildQuestionFile } from '../../scripts/lib/question-file.ts';
import { Random, syntheticDocuments } from '../../bench/synthetic-question.ts';
import { fixtureTaxonomy } from '../helpers/fixtures.ts';

const taxonomy = fixtureTaxonomy();
const documents = syntheticDocuments(400, 7, taxonomy);

describe('Random', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => {
      const random = new Random(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('keeps integers within their bounds and reaches both ends', () => {
    const random = new Random(3);
    const values = new Set(Array.from({ length: 500 }, () => random.int(2, 5)));
    expect([...values].sort()).toEqual([2, 3, 4, 5]);
  });

  it('samples distinct items', () => {
    const sample = new Random(4).sample(['a', 'b', 'c', 'd', 'e'], 4);
    expect(new Set(sample).size).toBe(4);
  });
});

describe('syntheticDocuments', () => {
  it('gives byte-identical documents for the same seed', () => {
    const again = syntheticDocuments(400, 7, taxonomy);
    expect(again.map((document) => [document.name, document.text])).toEqual(documents.map((document) => [document.name, document.text]));
  });

  it('gives other documents for another seed', () => {
    const other = syntheticDocuments(3, 8, taxonomy);
    expect(other.map((document) => document.text)).not.toEqual(documents.slice(0, 3).map((document) => document.text));
  });

  it('names files in the seeds\' pattern, in order', () => {
    expect(documents[0]!.name).toMatch(/^000_[0-9a-f]{16}\.txt$/u);
    expect(documents[399]!.name).toMatch(/^399_[0-9a-f]{16}\.txt$/u);
  });

  it('writes documents the importer accepts and reads back as composed', () => {
    for (const document of documents) {
      const parsed = parseQuestionDocument(document.text);
      expect({ ...parsed, competencies: parsed.competencies.map((line) => line.text) }, document.name).toEqual(document.question);
      expect(() => buildQuestionFile(parsed, { taxonomy })).not.toThrow();
    }
  });

  it('gives every question its own slug', () => {
    const slugs = documents.map((document) => buildQuestionFile(parseQuestionDocument(document.text), { taxonomy }).slug);
    expect(new Set(slugs).size).toBe(documents.length);
  });

  it('uses all five levels and 3 to 8 competencies from the taxonomy', () => {
    expect(new Set(documents.map((document) => document.question.level))).toEqual(new Set(['junior', 'mid', 'senior', 'staff', 'principal']));
    const counts = documents.map((document) => document.question.competencies.length);
    expect(Math.min(...counts)).toBe(3);
    expect(Math.max(...counts)).toBe(8);
    expect(new Set(documents.flatMap((document) => document.question.competencies.map((name) => name.toLowerCase())))).toEqual(
      new Set(taxonomy.map((competency) => competency.name.toLowerCase())),
    );
  });

  it('varies sections in length', () => {
    const actions = new Set(documents.map((document) => document.question.narrative['action']!.length));
    expect(Math.min(...actions)).toBe(3);
    expect(Math.max(...actions)).toBe(7);
  });

  it('shows every layout variation the importer tolerates', () => {
    const texts = documents.map((document) => document.text);
    const some = (pattern: RegExp) => texts.some((text) => pattern.test(text));
    expect(some(/^The Question\r?\nBehavioral\S/u)).toBe(true);
    expect(some(/^The Question\r?\n(\r?\n)?Behavioral\r?\n/u)).toBe(true);
    expect(some(/\r\n/u)).toBe(true);
    expect(texts.some((text) => !text.includes('\r'))).toBe(true);
    expect(some(/^\uFEFF/u)).toBe(true);
    expect(some(/^Situation – Context/mu)).toBe(true);
    expect(some(/^Task - Your Responsibility/mu)).toBe(true);
    expect(some(/^Signals: \S/mu)).toBe(true);
    expect(some(/^Signals:\r?$/mu)).toBe(true);
    expect(some(/^Assumptions: \S/mu)).toBe(true);
    expect(some(/^Assumptions for this response:/mu)).toBe(true);
    expect(texts.some((text) => !/^Assumptions/mu.test(text))).toBe(true);
    expect(some(/^“/mu)).toBe(true);
    expect(some(/^"/mu)).toBe(true);
    expect(some(/\n\r?\n/u)).toBe(true);
    expect(texts.some((text) => !/\n\r?\n/u.test(text))).toBe(true);
    expect(some(/[<{&*_`]/u)).toBe(true);
  });
});
