import { afterEach, describe, expect, it } from 'vitest';
import { questionDigest, holdRenderedBodies, releaseRenderedBodies, renderedBody } from '../../src/lib/markdown/rendered-bodies.ts';

const FILE = 'content/questions/alpha.md';
const TEXT = '---\ntitle: Alpha\n---\n\n## Situation\n\n- It broke.\n';
const DIGEST = questionDigest(TEXT);
const sent = (file = FILE, text = TEXT) => ({ file, digest: questionDigest(text), html: `<h2>${file}</h2>`, headings: [{ depth: 2, slug: 'situation' as const, text: 'Situation' }] });

afterEach(() => {
  releaseRenderedBodies();
});

describe('renderedBody', () => {
  it('gives nothing outside a build, at once', async () => {
    await expect(renderedBody(FILE, DIGEST)).resolves.toBeUndefined();
  });

  it('gives a page the body sent for its file and text', async () => {
    const { take } = holdRenderedBodies();
    take(sent());
    await expect(renderedBody(FILE, DIGEST)).resolves.toEqual({ html: `<h2>${FILE}</h2>`, headings: sent().headings });
    expect(releaseRenderedBodies()).toEqual({ sent: 1, taken: 1 });
  });

  it('has a page wait for a body not sent yet, and gives it when it comes', async () => {
    const { take } = holdRenderedBodies();
    const asked = renderedBody(FILE, DIGEST);
    take(sent('content/questions/other.md'));
    take(sent());
    await expect(asked).resolves.toMatchObject({ html: `<h2>${FILE}</h2>` });
  });

  it('refuses a body made from other text than the page has (the file was edited during the build)', async () => {
    const { take } = holdRenderedBodies();
    take(sent(FILE, TEXT.replace('It broke.', 'It broke twice.')));
    await expect(renderedBody(FILE, DIGEST)).resolves.toBeUndefined();
    expect(releaseRenderedBodies()).toEqual({ sent: 1, taken: 0 });
  });

  it('lets every waiting page render its own once no more bodies will come', async () => {
    const { take, end } = holdRenderedBodies();
    const asked = renderedBody(FILE, DIGEST);
    const alsoAsked = renderedBody(FILE, DIGEST);
    take(sent('content/questions/other.md'));
    take({ end: true });
    await expect(Promise.all([asked, alsoAsked])).resolves.toEqual([undefined, undefined]);
    end();
    await expect(renderedBody('content/questions/late.md', DIGEST)).resolves.toBeUndefined();
  });

  it('fails every page still waiting with the reason the process beside the build stopped on', async () => {
    const { take } = holdRenderedBodies();
    take(sent('content/questions/other.md'));
    const asked = renderedBody(FILE, DIGEST);
    take({ failed: 'content/questions/alpha.md:7: a javascript: link is not allowed' });
    await expect(asked).rejects.toThrow('content/questions/alpha.md:7: a javascript: link is not allowed');
    await expect(renderedBody('content/questions/other.md', DIGEST)).resolves.toMatchObject({ html: '<h2>content/questions/other.md</h2>' });
  });
});
