// A reader's own answers and progress in Chromium: saved as they type, still there after a
// reload, copied as Markdown whose citations lead back to the model answer, marked on lists,
// exported and imported into a fresh browser, with bad files refused; nothing leaves the origin.
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteOrigin } from '../../src/lib/bank/site.ts';
import { PRACTICE_STORAGE_KEY } from '../../src/lib/shared/practice-data.ts';
import { openPage } from '../helpers/browser.ts';
import { openYourAnswer, PRACTICE_DIST } from '../helpers/practice-bank.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const site = useSiteSession(() => PRACTICE_DIST);
const PUBLIC = `${siteOrigin()}/questions/alpha-migration/`;

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), PRACTICE_STORAGE_KEY);
const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });
/** What /practice/ says about an export or import, once it has said something (reading a file takes a moment). */
async function dataMessage(page: Page): Promise<string> {
  await page.waitForFunction(() => document.querySelector('[data-practice-data-message]')?.textContent !== '');
  return page.locator('[data-practice-data-message]').innerText();
}

/** Every request the context makes that is not to the site's own origin. */
function foreignRequests(context: BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(`${request.method()} ${url}`);
  });
  return foreign;
}

/** Writes an answer and progress on Alpha Migration, as a reader would. */
async function practiseAlpha(page: Page): Promise<void> {
  await page.goto(`${site.origin}/questions/alpha-migration/`);
  await openYourAnswer(page);
  await field(page, 'Situation – Context').fill('Our *checkout* was on a ten-year-old monolith.');
  await field(page, 'Action – What You Did').fill('- Split the writes first.\n- Then the reads.');
  await page.getByLabel('Practised').check();
  await page.getByLabel('2 getting there').check();
  // The practice code arrives on first use; what was done before it came is saved as it starts.
  await page.waitForFunction((key) => localStorage.getItem(key)?.includes('"confidence":2'), PRACTICE_STORAGE_KEY);
}

describe('your answer and progress on a question page', () => {
  it('survive a reload, and come out as Markdown whose citations lead to the model sections', async () => {
    const { page, problems } = await openPage(site.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await practiseAlpha(page);
    await page.reload();
    await expect(field(page, 'Situation – Context').inputValue()).resolves.toBe('Our *checkout* was on a ten-year-old monolith.');
    await expect(field(page, 'Action – What You Did').inputValue()).resolves.toBe('- Split the writes first.\n- Then the reads.');
    await expect(page.getByLabel('Practised').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('2 getting there').isChecked()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => page.locator('[data-practice-message]').innerText()).toBe('Copied your answer as Markdown.');
    const markdown = (await page.evaluate('navigator.clipboard.readText()')) as string;
    expect(markdown).toBe(
      [
        '# Alpha Migration — my answer',
        '',
        '> Tell me about Alpha Migration. What did you do?',
        '',
        `Model answer: [Alpha Migration — Model answer](${PUBLIC})`,
        '',
        '## Situation',
        '',
        'Our *checkout* was on a ten-year-old monolith.',
        '',
        `Model: [Alpha Migration — Situation](${PUBLIC}#situation)`,
        '',
        '## Action',
        '',
        '- Split the writes first.',
        '- Then the reads.',
        '',
        `Model: [Alpha Migration — Action](${PUBLIC}#action)`,
        '',
      ].join('\n'),
    );

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Markdown' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('alpha-migration-my-answer.md');
    await expect(readFile((await file.path())!, 'utf8')).resolves.toBe(markdown);

    // Each citation, opened from notes (the test server standing in for the public site), lands on its section.
    for (const [, url] of markdown.matchAll(/\]\((http[^)]+#[a-z-]+)\)/gu)) {
      await page.goto(url!.replace(siteOrigin(), site.origin));
      const id = new URL(url!).hash.slice(1);
      await expect(page.locator(`.answer h2[id="${id}"]`).isVisible()).resolves.toBe(true);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('marks the question on the lists, quietly, and on /practice/ counts it and lists its answer', async () => {
    const { page, problems } = await openPage(site.browser);
    await practiseAlpha(page);
    for (const path of ['/', '/competencies/ownership/', '/levels/senior/']) {
      await page.goto(`${site.origin}${path}`);
      const card = page.locator('.question-card', { hasText: 'Alpha Migration' });
      await expect(card.locator('.practice-mark').innerText()).resolves.toBe('Practised · confidence 2 of 3 · answer written');
      await expect(page.locator('.practice-mark').count()).resolves.toBe(1);
    }
    await page.goto(`${site.origin}/practice/`);
    const row = (name: string) => page.getByRole('row', { name });
    await expect(row('Ownership').getByRole('cell').innerText()).resolves.toBe('1 / 5');
    await expect(row('Mentorship').getByRole('cell').innerText()).resolves.toBe('0 / 2');
    await expect(row('Senior Level').getByRole('cell').innerText()).resolves.toBe('1 / 3');
    await expect(page.locator('[data-practice-answers] a').allInnerTexts()).resolves.toEqual(['Alpha Migration']);
    // Its link lands on the reader's answer, in view.
    await page.locator('[data-practice-answers] a').click();
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('#your-answer textarea')?.value !== '');
    const answer = (await page.locator('#your-answer h2').boundingBox())!;
    expect(answer.y).toBeGreaterThanOrEqual(0);
    expect(answer.y).toBeLessThan(page.viewportSize()!.height);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('export and import', () => {
  async function exportFrom(page: Page): Promise<string> {
    await page.goto(`${site.origin}/practice/`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export practice' }).click();
    return readFile((await (await download).path())!, 'utf8');
  }

  const importInto = (page: Page, name: string, text: string) =>
    page.getByLabel('Import a practice file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

  it('restores everything exactly in a fresh browser', async () => {
    const { page } = await openPage(site.browser);
    await practiseAlpha(page);
    const before = await stored(page);
    const exported = await exportFrom(page);
    expect(JSON.parse(exported)).toMatchObject({ $schema: `${siteOrigin()}/practice.schema.json`, version: 1 });
    await page.context().close();

    const fresh = await openPage(site.browser);
    await fresh.page.goto(`${site.origin}/practice/`);
    await importInto(fresh.page, 'practice.json', exported);
    await expect(dataMessage(fresh.page)).resolves.toBe('Imported practice for 1 question from practice.json.');
    expect(JSON.parse((await stored(fresh.page))!)).toEqual(JSON.parse(before!));
    await fresh.page.goto(`${site.origin}/questions/alpha-migration/`);
    await expect(field(fresh.page, 'Action – What You Did').inputValue()).resolves.toBe('- Split the writes first.\n- Then the reads.');
    await expect(fresh.page.getByLabel('2 getting there').isChecked()).resolves.toBe(true);
    expect(fresh.problems).toEqual([]);
    await fresh.page.context().close();
  });

  it.each([
    ['broken.json', '{"version": 1, "questions": {', 'not a JSON file'],
    ['questions.json', JSON.stringify({ version: 1, site: 'http://x', questions: [] }), 'file: unexpected field "site"'],
    ['notes.json', JSON.stringify({ title: 'My notes' }), 'not a practice file of this bank: it needs "version" and "questions"'],
    ['tampered.json', JSON.stringify({ version: 1, questions: { 'alpha-migration': { confidence: 5 } } }), 'questions.alpha-migration.confidence: must be 1, 2 or 3'],
  ])('refuses %s with a clear message and leaves progress intact', async (name, text, reason) => {
    const { page } = await openPage(site.browser);
    await practiseAlpha(page);
    const before = await stored(page);
    await page.goto(`${site.origin}/practice/`);
    await importInto(page, name, text);
    await expect(dataMessage(page)).resolves.toBe(`Refused ${name}: ${reason}. Nothing was changed.`);
    expect(await stored(page)).toBe(before);
    await expect(page.getByRole('row', { name: 'Ownership' }).getByRole('cell').innerText()).resolves.toBe('1 / 5');
    await page.context().close();
  });
});

describe('a whole evening of practice', () => {
  it('sends no request beyond the site itself', async () => {
    const { page, problems } = await openPage(site.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const foreign = foreignRequests(page.context(), site.origin);
    const methods = new Set<string>();
    page.context().on('request', (request) => methods.add(request.method()));
    await page.goto(`${site.origin}/practice/?competency=ownership`);
    await page.getByRole('button', { name: 'Draw a question' }).click();
    await page.locator('.practice-go').click();
    await page.getByRole('button', { name: 'Leave practice' }).waitFor();
    for (let step = 0; step < 8; step += 1) await page.keyboard.press('n');
    await page.keyboard.press('Escape');
    await practiseAlpha(page);
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Markdown' }).click();
    await download;
    await page.goto(`${site.origin}/practice/`);
    const exported = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export practice' }).click();
    await exported;
    expect(foreign).toEqual([]);
    expect([...methods]).toEqual(['GET']);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
