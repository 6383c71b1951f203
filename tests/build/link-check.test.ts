// The link checker over built sites: the bank itself, and `npm run check:links` as a deployment
// runs it, passing a sound site and failing a broken one, naming each page and the link on it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../scripts/lib/built-site.ts';
import { findLinkProblems } from '../../scripts/lib/link-check.ts';
import { siteOrigin } from '../../src/lib/bank/site.ts';
import { BANK_DIST } from '../helpers/bank.ts';
import { ROOT, buildSite } from '../helpers/build.ts';
import { bankQuestions, edit, writeQuestions } from '../helpers/fixtures.ts';

const SOUND_SITE = join(ROOT, 'tests/fixtures/sites/all-links-resolve');
const SLUG = 'leading-through-influence-and-deadlock-resolution';

const SITE = siteOrigin();

function checkLinks(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-links.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('every internal link and anchor in the built bank', () => {
  it('resolves', () => {
    expect(findLinkProblems(readBuiltSite(BANK_DIST), SITE)).toEqual([]);
  });
});

describe('npm run check:links', () => {
  it('passes a site whose every link and anchor resolves, redirect pages included', () => {
    const run = checkLinks('--site', 'https://bank.example.com', SOUND_SITE);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^check-links: every link resolves; checked \d+ links on 3 pages/u);
  });

  it('fails on a built question with broken internal links, naming the page and each link', () => {
    const question = bankQuestions().get(`${SLUG}.md`)!;
    const broken = edit(
      question,
      '- I learned that leadership often requires',
      '- See [the result](#reslt), [the old action](#action-9) and [a sibling question](/questions/no-such-question/).\n- I learned that leadership often requires',
    );
    const site = buildSite('broken-links', { questionsDir: writeQuestions('broken-links', { [`${SLUG}.md`]: broken }) });
    expect(site.ok, site.output).toBe(true);

    const run = checkLinks('--site', 'http://localhost:4321', site.dist);
    expect(run.status).toBe(1);
    const page = `/questions/${SLUG}/`;
    expect(run.stderr).toContain(`${page}: #reslt — no element with id "reslt" on ${page}`);
    expect(run.stderr).toContain(`${page}: #action-9 — no element with id "action-9" on ${page}`);
    expect(run.stderr).toContain(`${page}: /questions/no-such-question/ — no page at /questions/no-such-question/`);
    expect(run.stderr).toMatch(/check-links: \d+ broken on \d+ pages?; checked/u);
  });

  it('refuses a folder with no pages, saying to build first', () => {
    const run = checkLinks(join(ROOT, 'tests/fixtures/seeds'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no HTML pages in');
  });
});
