// Links to one part of a question, as people paste them into notes: the plain URL and a
// Markdown citation. Shared by the build (names) and the copy controls in the browser (text).

/** How many words of an unlabelled bullet name it in a citation. */
const NAME_WORDS = 8;

/** The absolute URL of an anchor on a page: the page URL with `#id`, any earlier fragment dropped. */
export function anchorUrl(pageUrl: string, id: string): string {
  const url = new URL(pageUrl);
  url.hash = id;
  return url.href;
}

/**
 * The first words of a text, for naming a bullet that has no label:
 * "As the Tech Lead for the Core Infrastructure…". Short texts come back whole.
 */
export function firstWords(text: string, count = NAME_WORDS): string {
  // A quoted line ("Should I focus on…") is named by its words, not by its quote marks.
  const unquoted = text.trim().replace(/^["“'‘]+(.*?)["”'’]*$/su, '$1');
  const words = unquoted.split(/\s+/u).filter((word) => word !== '');
  if (words.length <= count) return words.join(' ');
  return `${words.slice(0, count).join(' ').replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * The name of a bullet or paragraph within its section: "Action: Data-Driven Prototyping" when
 * the bullet has a label ("Data-Driven Prototyping:"), else the section and the bullet's first words.
 */
export function blockName(sectionName: string, block: { label?: string | undefined; text: string }): string {
  const label = block.label?.trim().replace(/:$/u, '').trim();
  return `${sectionName}: ${label ? label : firstWords(block.text)}`;
}

/**
 * Escapes text for the inside of a Markdown link's brackets so that it reads back as written:
 * no emphasis, code, nested links, HTML or entities, and no line breaks.
 */
export function escapeLinkText(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\\`*_[\]<>~|]/gu, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/giu, '\\&');
}

/** A URL as a Markdown link destination: parentheses would end it early, so they are encoded. */
export function escapeLinkDestination(url: string): string {
  return url.replace(/\(/gu, '%28').replace(/\)/gu, '%29').replace(/\s/gu, encodeURIComponent);
}

/** `[<Question title> — <name>](<url>)`: a Markdown link to one part of a question. */
export function markdownCitation(citation: { title: string; name: string; url: string }): string {
  return `[${escapeLinkText(`${citation.title} — ${citation.name}`)}](${escapeLinkDestination(citation.url)})`;
}
