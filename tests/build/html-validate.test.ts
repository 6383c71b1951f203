// Every page the build writes is valid HTML by html-validate, with the project's committed config
// (.htmlvalidate.mjs, which says why each rule it relaxes is relaxed).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { OUTPUT, ROOT } from '../helpers/build.ts';

/** The sites tests/setup/build-bank.ts built for this run. */
const SITES = ['bank', 'browse'];

const validator = new HtmlValidate(new FileSystemConfigLoader());
const htmlFiles = (dist: string) =>
  readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));

describe('the built pages', () => {
  it.each(SITES)('of the %s site are valid HTML', async (name) => {
    const files = htmlFiles(join(OUTPUT, name, 'dist'));
    expect(files.length).toBeGreaterThan(10);
    const report = await validator.validateMultipleFiles(files);
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${result.filePath.replace(ROOT, '')}:${message.line}:${message.column}: ${message.message} (${message.ruleId})`),
    );
    expect(problems).toEqual([]);
  });

  it('are checked with the rules that caught the bank before (a named blockquote, a long title allowed)', async () => {
    const page = `<!DOCTYPE html><html lang="en"><head><title>${'A long question title '.repeat(5)}</title></head><body><blockquote aria-label="The question"><p>x</p></blockquote></body></html>`;
    const report = await validator.validateString(page, join(ROOT, 'page.html'));
    expect(report.results.flatMap((result) => result.messages.map((message) => message.ruleId))).toEqual(['aria-label-misuse']);
  });
});
