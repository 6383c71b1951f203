import { describe, expect, it } from 'vitest';
import { findLinkProblems, formatLinkProblems, readPage, siteFromFiles } from '../../scripts/lib/link-check.ts';

const ORIGIN = 'https://bank.example.com';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

/** The problems of a small site, as "page: link — reason" lines. */
const problems = (files: Record<string, string | null>) => formatLinkProblems(findLinkProblems(siteFromFiles(files), ORIGIN)).split('\n').filter(Boolean);

const QUESTION = page('<h2 id="action">Action</h2><ul><li id="action-1">I listened. <a href="#action-1">#</a></li></ul>');

describe('readPage', () => {
  it('collects ids and every kind of URL a page refers to', () => {
    const links = readPage(
      page(
        '<a id="a" href="/x/">x</a><img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x"><form action="/search/"></form><a name="legacy"></a>',
        '<link rel="canonical" href="https://bank.example.com/x/"><script src="/s.js"></script><meta http-equiv="refresh" content="0; url=/moved/">',
      ),
    );
    expect([...links.ids].sort()).toEqual(['a', 'legacy']);
    expect(links.links).toEqual(['https://bank.example.com/x/', '/s.js', '/moved/', '/x/', '/i.png', '/i-1.png', '/i-2.png', '/search/']);
  });

  it('decodes entities in attributes', () => {
    expect(readPage(page('<a href="/search/?q=a&amp;level=senior">s</a>')).links).toEqual(['/search/?q=a&level=senior']);
  });

  it('resolves links against an absolute <base href>', () => {
    expect(readPage(page('<a href="x/">x</a>', '<base href="https://bank.example.com/questions/">')).links).toEqual([
      'https://bank.example.com/questions/x/',
    ]);
  });
});

describe('findLinkProblems', () => {
  it('accepts links to pages, files and anchors that exist, on the page or on another', () => {
    expect(
      problems({
        '/index.html': page('<a href="/questions/a/#action-1">a</a> <a href="questions/a/">a</a> <a href="/questions/a.md">md</a> <a href="#">top</a> <a href="#top">top</a>'),
        '/questions/a/index.html': QUESTION,
        '/questions/a.md': null,
      }),
    ).toEqual([]);
  });

  it('names the page and the link for a page that does not exist', () => {
    expect(problems({ '/index.html': page('<a href="/competencies/ownership/">o</a>') })).toEqual([
      '/: /competencies/ownership/ — no page at /competencies/ownership/',
    ]);
  });

  it('names an anchor that no element of the target page has', () => {
    expect(
      problems({
        '/index.html': page('<a href="/questions/a/#reslt">r</a>'),
        '/questions/a/index.html': page('<h2 id="result">Result</h2><a href="#actoin">?</a>'),
      }),
    ).toEqual(['/: /questions/a/#reslt — no element with id "reslt" on /questions/a/', '/questions/a/: #actoin — no element with id "actoin" on /questions/a/']);
  });

  it('checks absolute links to the site itself, and leaves other sites and schemes alone', () => {
    expect(
      problems({
        '/index.html': page(
          '<a href="https://bank.example.com/gone/">g</a><a href="https://elsewhere.example/gone/">e</a><a href="mailto:a@b.c">m</a><a href="javascript:void 0">j</a><a href="//cdn.example/x.js">c</a>',
        ),
      }),
    ).toEqual(['/: https://bank.example.com/gone/ — no page at /gone/']);
  });

  it('refuses a page link without its trailing slash, since the site has none such', () => {
    expect(problems({ '/index.html': page('<a href="/questions/a">a</a>'), '/questions/a/index.html': QUESTION })).toEqual([
      '/: /questions/a — /questions/a lacks its trailing slash: the page is /questions/a/',
    ]);
  });

  it('checks a redirect page: its link, its canonical URL and its refresh target', () => {
    const redirect = page('<a href="/questions/new/">moved</a>', '<link rel="canonical" href="https://bank.example.com/questions/new/"><noscript><meta http-equiv="refresh" content="0; url=/questions/new/"></noscript>');
    expect(problems({ '/questions/old/index.html': redirect, '/questions/new/index.html': QUESTION })).toEqual([]);
    expect(problems({ '/questions/old/index.html': redirect })).toEqual([
      '/questions/old/: /questions/new/ — no page at /questions/new/',
      '/questions/old/: https://bank.example.com/questions/new/ — no page at /questions/new/',
    ]);
  });

  it('ignores the query, and decodes the path and the anchor', () => {
    expect(
      problems({
        '/index.html': page('<a href="/search/?q=circuit%20breaking">s</a><a href="/caf%C3%A9/#%C3%A9t%C3%A9">c</a>'),
        '/search/index.html': page(''),
        '/café/index.html': page('<p id="été">été</p>'),
      }),
    ).toEqual([]);
  });

  it('names an id that two elements of a page share, since a link to it is ambiguous', () => {
    expect(problems({ '/index.html': page('<p id="action-1">a</p><p id="action-1">b</p>') })).toEqual([
      '/: #action-1 — the id "action-1" is on more than one element, so the anchor is ambiguous',
    ]);
  });

  it('reports a link once per page however often the page repeats it', () => {
    expect(problems({ '/index.html': page('<a href="/x/">1</a><a href="/x/">2</a>') })).toHaveLength(1);
  });
});

describe('findLinkProblems through redirect pages', () => {
  const redirect = page('<a href="/questions/new/">moved</a>', '<noscript><meta http-equiv="refresh" content="0; url=/questions/new/"></noscript>');

  it('follows an alias to check the anchor on the page it redirects to', () => {
    expect(problems({ '/index.html': page('<a href="/questions/old/#action-1">a</a>'), '/questions/old/index.html': redirect, '/questions/new/index.html': QUESTION })).toEqual([]);
  });

  it('names the alias and the missing anchor when the current page lacks it', () => {
    expect(problems({ '/index.html': page('<a href="/questions/old/#result">r</a>'), '/questions/old/index.html': redirect, '/questions/new/index.html': QUESTION })).toEqual([
      '/: /questions/old/#result — /questions/old/ redirects to /questions/new/, where there is no element with id "result" on /questions/new/',
    ]);
  });

  it('does not follow a refresh that waits, since the reader sees that page first', () => {
    const slow = page('', '<meta http-equiv="refresh" content="30; url=/questions/new/">');
    expect(problems({ '/index.html': page('<a href="/slow/#action-1">s</a>'), '/slow/index.html': slow, '/questions/new/index.html': QUESTION })).toEqual([
      '/: /slow/#action-1 — no element with id "action-1" on /slow/',
    ]);
  });

  it('stops at a redirect loop', () => {
    const loop = page('', '<meta http-equiv="refresh" content="0; url=/loop/">');
    expect(problems({ '/index.html': page('<a href="/loop/#x">l</a>'), '/loop/index.html': loop })[0]).toMatch(/^\/: \/loop\/#x — /u);
  });
});
