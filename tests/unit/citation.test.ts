import type { Link, Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { anchorUrl, blockName, escapeLinkText, firstWords, markdownCitation } from '../../src/lib/shared/citation.ts';

const PAGE = 'https://bank.example.com/questions/strategic-influence-and-technical-conflict-resolution/';

/** A citation as a Markdown reader (GFM, as Obsidian and GitHub read it) sees it: its one link. */
function readBack(markdown: string): { text: string; url: string; nodes: number } {
  const paragraph = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }).children[0] as Paragraph;
  const link = paragraph.children[0] as Link;
  return { text: toString(link), url: link.url, nodes: paragraph.children.length };
}

describe('anchorUrl', () => {
  it('adds the anchor to the page URL', () => {
    expect(anchorUrl(PAGE, 'action')).toBe(`${PAGE}#action`);
  });

  it('replaces a fragment the page URL already has', () => {
    expect(anchorUrl(`${PAGE}#situation`, 'result-2')).toBe(`${PAGE}#result-2`);
  });
});

describe('markdownCitation', () => {
  it('names the question and the section, linking the anchor', () => {
    expect(markdownCitation({ title: 'Strategic Influence and Technical Conflict Resolution', name: 'Action', url: `${PAGE}#action` })).toBe(
      `[Strategic Influence and Technical Conflict Resolution — Action](${PAGE}#action)`,
    );
  });

  it('names a bullet by its label', () => {
    const name = blockName('Action', { label: 'Data-Driven Prototyping:', text: 'Data-Driven Prototyping: I spent 48 hours…' });
    expect(markdownCitation({ title: 'Q', name, url: `${PAGE}#action-2` })).toBe(`[Q — Action: Data-Driven Prototyping](${PAGE}#action-2)`);
  });

  it('reads back as one link with the title exactly as written, whatever characters it has', () => {
    const title = 'Shipping Under <Pressure> & {Constraints}: *bold* _claims_, `code`, [brackets], ~~strike~~ | pipes \\ &amp;';
    const citation = readBack(markdownCitation({ title, name: 'Result', url: `${PAGE}#result` }));
    expect(citation).toEqual({ text: `${title} — Result`, url: `${PAGE}#result`, nodes: 1 });
  });

  it('keeps a URL with parentheses whole', () => {
    const url = 'https://bank.example.com/questions/a-(b)/#action';
    expect(readBack(markdownCitation({ title: 'Q', name: 'Action', url })).url).toBe('https://bank.example.com/questions/a-%28b%29/#action');
  });

  it('puts a title with line breaks on one line', () => {
    expect(markdownCitation({ title: 'Two\nlines', name: 'Task', url: PAGE })).toBe(`[Two lines — Task](${PAGE})`);
  });
});

describe('blockName', () => {
  it('uses the label without its colon', () => {
    expect(blockName('Result', { label: 'Metric:', text: 'Metric: The new architecture handled a 4x spike' })).toBe('Result: Metric');
  });

  it('uses the first words when there is no label', () => {
    expect(blockName('Situation', { text: 'As the Tech Lead for the Core Infrastructure team, I was tasked with leading' })).toBe(
      'Situation: As the Tech Lead for the Core Infrastructure…',
    );
  });
});

describe('firstWords', () => {
  it('keeps a short text whole', () => {
    expect(firstWords('We launched one week early.')).toBe('We launched one week early.');
  });

  it('cuts after eight words, dropping punctuation at the cut', () => {
    expect(firstWords('Each team had conflicting requirements, needs, and fears, which stalled the project')).toBe(
      'Each team had conflicting requirements, needs, and fears…',
    );
  });

  it('leaves out the quote marks around a quoted line', () => {
    expect(firstWords('"Should I focus on a situation where I had formal authority?"')).toBe('Should I focus on a situation where I…');
    expect(firstWords('“Is the focus on the resolution?”')).toBe('Is the focus on the resolution?');
  });
});

describe('escapeLinkText', () => {
  it('leaves ordinary text alone', () => {
    expect(escapeLinkText('Outcome & Impact — Data-Driven (POC) 99.99% "quoted"')).toBe('Outcome & Impact — Data-Driven (POC) 99.99% "quoted"');
  });

  it('escapes what would become markup', () => {
    expect(escapeLinkText('a *b* _c_ `d` [e] <f> ~g~ |h| \\i &amp;')).toBe('a \\*b\\* \\_c\\_ \\`d\\` \\[e\\] \\<f\\> \\~g\\~ \\|h\\| \\\\i \\&amp;');
  });
});
