// Hand-written question bodies stay text: unsafe URLs and raw HTML are refused with file:line,
// other origins' images become links, on the page and in the Markdown export alike.
import { describe, expect, it } from 'vitest';
import { questionMarkdown } from '../../src/lib/markdown/markdown-export.ts';
import { parseQuestionBody, questionBodyHtml } from '../../src/lib/markdown/question-markdown.ts';
import { DEFAULT_SITE } from '../../src/lib/bank/site.ts';

const FILE = 'content/questions/hand-written.md';
const SECTIONS = ['Situation – Context', 'Task – Your Responsibility', 'Action – What You Did', 'Result – Outcome & Impact', 'Learning / Reflection – Growth'];

/** A valid body whose Action section holds `markdown`, from line 11. */
function bodyWith(markdown: string): string {
  return SECTIONS.map((heading) => `## ${heading.replace('&', '\\&')}\n\n${heading.startsWith('Action') ? markdown : '- text'}`).join('\n\n');
}
const ACTION_LINE = 11;

/**
 * The page's error and the export's error for a body, or what each made of it. Both come from the
 * one parse the build makes, so a refusal there refuses both.
 */
async function both(markdown: string): Promise<{ page: string; exported: string }> {
  let tree;
  try {
    tree = parseQuestionBody(bodyWith(markdown), FILE).tree;
  } catch (error) {
    return { page: (error as Error).message, exported: (error as Error).message };
  }
  // The page first, as the build does it: the export makes the tree's links absolute.
  const page = questionBodyHtml(tree);
  const exported = questionMarkdown({
    title: 'T', url: `${DEFAULT_SITE}/questions/t/`, category: 'Behavioral', level: { name: 'Senior', url: `${DEFAULT_SITE}/levels/senior/` },
    competencies: [], prompt: 'P', body: tree,
  });
  return { page, exported };
}

const ONLY = 'links and images may only use http:, https:, mailto: or a relative URL';

describe('a link or image a question may not hold', () => {
  it.each([
    ['[x](javascript:alert(1))', 'link to "javascript:alert(1)": a "javascript:" URL is not allowed'],
    ['[x](JaVaScRiPt:alert(1))', 'link to "JaVaScRiPt:alert(1)": a "javascript:" URL is not allowed'],
    ['[x](java&#115;cript:alert(1))', 'link to "javascript:alert(1)": a "javascript:" URL is not allowed'],
    ['[x](&#x6A;avascript&colon;alert(1))', 'link to "javascript:alert(1)": a "javascript:" URL is not allowed'],
    ['[x](java%73cript:alert(1))', 'link to "java%73cript:alert(1)": a "javascript:" URL is not allowed'],
    ['[x](<java\tscript:alert(1)>)', 'link to "java\\tscript:alert(1)": a "javascript:" URL is not allowed'],
    ['[x](<\u0001javascript:alert(1)>)', 'link to "\\u0001javascript:alert(1)": a "javascript:" URL is not allowed'],
    ['<javascript:alert(1)>', 'link to "javascript:alert(1)": a "javascript:" URL is not allowed'],
    ['[x][evil]\n\n[evil]: javascript:alert(1)', 'link definition to "javascript:alert(1)": a "javascript:" URL is not allowed'],
    ['![x](data:image/png;base64,AAAA)', 'image to "data:image/png;base64,AAAA": a "data:" URL is not allowed'],
    ['[x](DATA:text/html,<script>alert(1)</script>)', 'link to "DATA:text/html,<script>alert(1)</script>": a "data:" URL is not allowed'],
    ['[x](vbscript:msgbox(1))', 'link to "vbscript:msgbox(1)": a "vbscript:" URL is not allowed'],
    ['[x](file:///etc/passwd)', 'link to "file:///etc/passwd": a "file:" URL is not allowed'],
  ])('%s is refused with file:line, on the page and in the export', async (markdown, reason) => {
    const line = markdown.startsWith('[x][evil]') ? ACTION_LINE + 2 : ACTION_LINE;
    const { page, exported } = await both(`- ${markdown}`);
    expect(page).toBe(`${FILE}:${line}: ${reason}; ${ONLY}`);
    expect(exported).toBe(page);
  });

  it.each([
    ['<script>alert(1)</script>', '"<script>alert(1)</script>"'],
    ['<iframe src="https://other.example/"></iframe>', '"<iframe src=\\"https://other.example/\\"></i…"'],
    ['text <img src=x onerror=alert(1)> text', '"<img src=x onerror=alert(1)>"'],
    ['<!-- a comment -->', '"<!-- a comment -->"'],
  ])('raw HTML %s is refused, on the page and in the export', async (markdown, snippet) => {
    const { page, exported } = await both(markdown);
    expect(page).toBe(`${FILE}:${ACTION_LINE}: raw HTML is not allowed in a question (${snippet}); write "\\<" to show a "<" as text`);
    expect(exported).toBe(page);
  });
});

describe('links and images a question may hold', () => {
  it('keeps http, https, mailto and relative links as links', async () => {
    const { page, exported } = await both('- [a](https://example.com/) [b](http://example.com/) [c](mailto:coach@example.com) [d](../other/#action)');
    for (const href of ['https://example.com/', 'http://example.com/', 'mailto:coach@example.com', '../other/#action']) {
      expect(page).toContain(`href="${href}"`);
    }
    expect(exported).toContain('[c](mailto:coach@example.com)');
  });

  it('shows an image from another origin as a link to it, loading nothing', async () => {
    const { page, exported } = await both('- ![a tracking pixel](https://other.example/pixel.png) and ![][pic]\n\n[pic]: https://other.example/b.png');
    expect(page).not.toContain('<img');
    expect(page).toContain('<a href="https://other.example/pixel.png">a tracking pixel</a>');
    expect(page).toContain('<a href="https://other.example/b.png">https://other.example/b.png</a>');
    expect(exported).toContain('[a tracking pixel](https://other.example/pixel.png)');
    expect(exported).not.toContain('![');
  });

  it("keeps an image of the site's own as an image", async () => {
    const { page } = await both('- ![diagram](/diagram.png)');
    expect(page).toContain('<img src="/diagram.png" alt="diagram">');
  });

  it('parses the export body through the same check', () => {
    expect(() => parseQuestionBody('[x](javascript:void)', FILE)).toThrow(`${FILE}:1: link to "javascript:void"`);
  });
});

describe('invisible characters in a hand-written body', () => {
  it.each([
    ['- a bell \u0007 here', 'U+0007'],
    ['- first line\n  continued with an override \u202e here', 'U+202E'],
    // Named as typed: the parser keeps a NUL as it is rather than making it U+FFFD.
    ['- `code with NUL \u0000`', 'U+0000'],
    ['- a word decoded wrongly: caf\ufffd', 'U+FFFD'],
  ])('%j is refused at its line', async (markdown, code) => {
    const { page, exported } = await both(markdown);
    const line = ACTION_LINE + markdown.split('\n').length - 1;
    expect(page).toBe(`${FILE}:${line}: ${code === 'U+FFFD' ? 'the replacement character U+FFFD (the document was decoded wrongly before it was saved)' : `the invisible control character ${code}`} is not allowed in a question; remove it`);
    expect(exported).toBe(page);
  });
});
