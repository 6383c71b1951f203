// The export's own Markdown writer for the plain trees imported questions give; undefined for anything else.
import type { Heading, Link, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

/*
 * Why a writer of our own: mdast-util-to-markdown escapes by trying every construct it knows at
 * every character, most of a question's export time. A question's tree holds a handful of node
 * types, and its text can only turn into syntax in a few ways, which these rules rule out:
 *
 * - Anywhere in text: `\` `` ` `` `*` `[` `~` `|` are escaped always; `_` unless it sits between
 *   two letters or digits (it can neither open nor close emphasis there); `<` before a letter,
 *   `/`, `!` or `?` (a tag or an autolink); `&` when it starts what reads as a character
 *   reference; `!` just before a link (an image); `]` in a link's label.
 * - At the start of a paragraph's line: `#` `>` `-` `+` `=` `:` (headings, quotes, lists, setext
 *   underlines, table delimiter rows) and the `.` or `)` after leading digits (ordered lists).
 * - A space or tab at either end of a line or heading, which a reader strips (or reads as a hard
 *   break, or as code when four deep), is written as a character reference: `&#x20;`, `&#x9;`.
 * - A heading's trailing `#`s, which would close it.
 *
 * Some text cannot be kept as text at all: a GFM reader links `www.x.com`, `https://x.com` and
 * `a@b.co` found in text after escapes and references are decoded. The writer refuses it (any
 * `www.`, `://`, or `@` not after a space), and anything else it is not sure of (line breaks where a line cannot end, emphasis
 * whose delimiters might not pair, an unusual link), so that the caller falls back to
 * mdast-util-to-markdown.
 */

/** Thrown, and caught by writeMarkdown, when a tree holds something the writer does not write. */
class Refused extends Error {}

function refuse(): never {
  throw new Refused();
}

/**
 * What may start syntax in text: `<` only before what opens a tag or an autolink (a letter, `/`,
 * `!`, `?`), `&` only where it starts a character reference; `_` is decided by its neighbours.
 */
const INLINE = /[\\`*[~|]|<(?=[A-Za-z/!?]|$)|_+|&(?=#\d+;|#[xX][\da-fA-F]+;|[A-Za-z][A-Za-z\d]*;)/gu;
/** In a link's label, `]` would end it. */
const INLINE_IN_LABEL = new RegExp(`\\]|${INLINE.source}`, 'gu');
/**
 * Text a GFM reader makes a link whatever the escaping: a `www.` or `://` autolink literal, or an
 * `@` with anything but whitespace before it (an email, literal or in `<…>`, needs a character there).
 */
const AUTOLINK_LITERAL = /www\.|:\/\/|(?:^|\S)@/iu;
/** Characters no question holds and whose reading is not worth reasoning about (CR, NUL, …). */
const CONTROL = /[\0-\x08\x0b-\x1f\x7f]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function escapeText(value: string, inLabel = false): string {
  if (CONTROL.test(value) || AUTOLINK_LITERAL.test(value)) refuse();
  return value.replace(inLabel ? INLINE_IN_LABEL : INLINE, (match, offset: number) => {
    if (match[0] !== '_') return `\\${match}`;
    // An underscore run between two letters or digits is neither left- nor right-flanking enough to open or close.
    const before = value[offset - 1] ?? '';
    const after = value[offset + match.length] ?? '';
    return LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after) ? match : match.replaceAll('_', '\\_');
  });
}

/**
 * How CommonMark classes a character beside an emphasis delimiter; `doubt` where readers differ:
 * whitespace outside the spec's list, and symbols beyond the BMP (an emoji is punctuation to the
 * spec, a letter to micromark, which looks at UTF-16 halves).
 */
function flank(char: string): 'space' | 'punctuation' | 'word' | 'doubt' {
  if (char === '' || /^[\t\n\f\r\p{Zs}]$/u.test(char)) return 'space';
  if (char.length > 1) return 'doubt';
  if (/^[\p{P}\p{S}]$/u.test(char)) return 'punctuation';
  return /^\s$/u.test(char) ? 'doubt' : 'word';
}

const firstChar = (text: string) => (text === '' ? '' : String.fromCodePoint(text.codePointAt(0)!));
const lastChar = (text: string) => Array.from(text.slice(-2)).at(-1) ?? '';

/**
 * Whether `marker` around `inner`, between `before` and `after`, surely opens and closes emphasis.
 * The conservative reading of CommonMark's flanking rules: the content must not start or end with
 * whitespace, and a letter or digit just outside is allowed only for `**` with a letter or digit just inside.
 */
function pairs(marker: '**' | '_', inner: string, before: string, after: string): boolean {
  const [outerStart, innerStart, innerEnd, outerEnd] = [before, firstChar(inner), lastChar(inner), after].map(flank);
  if ([outerStart, innerStart, innerEnd, outerEnd].includes('doubt') || innerStart === 'space' || innerEnd === 'space') return false;
  if (before === marker[0] || after === marker[0]) return false;
  if (outerStart === 'word' && (marker === '_' || innerStart !== 'word')) return false;
  if (outerEnd === 'word' && (marker === '_' || innerEnd !== 'word')) return false;
  return true;
}

/** The scheme of an autolink, and what its URL may hold to read back unchanged (no escapes or references work there). */
const AUTOLINK = /^[A-Za-z][A-Za-z\d+.-]{1,31}:[^\s<>\\&\p{C}]*$/u;

function destination(url: string): string {
  if (url === '' || CONTROL.test(url) || /[\t\n<>]/u.test(url)) refuse();
  const escaped = url.replace(/\\|&(?=#\d+;|#[xX][\da-fA-F]+;|[A-Za-z][A-Za-z\d]*;)/gu, '\\$&');
  return /[\s()]/u.test(escaped) ? `<${escaped}>` : escaped;
}

/** `<url>` when the link shows its own URL, as the export's source line does; `[label](url)` otherwise. */
function link(node: Link): string {
  if (node.title != null || node.children.length === 0 || node.children.some((child) => child.type !== 'text')) refuse();
  const label = node.children.map((child) => (child as { value: string }).value).join('');
  if (label === node.url && AUTOLINK.test(node.url)) return `<${node.url}>`;
  if (label.includes('\n')) refuse();
  return `[${escapeText(label, true)}](${destination(node.url)})`;
}

/** Text, strong, emphasis and links on one or more lines, before the rules that depend on where a line starts and ends. */
function phrasing(children: readonly PhrasingContent[]): string {
  // Adjacent text reads back as one text, so it is escaped as one (a `www.` split in two is still found).
  const nodes: PhrasingContent[] = [];
  for (const child of children) {
    const previous = nodes.at(-1);
    if (child.type === 'text' && previous?.type === 'text') nodes[nodes.length - 1] = { type: 'text', value: previous.value + child.value };
    else nodes.push(child);
  }
  const parts = nodes.map((node, index): string => {
    switch (node.type) {
      case 'text': {
        const text = escapeText(node.value);
        return nodes[index + 1]?.type === 'link' && text.endsWith('!') ? `${text.slice(0, -1)}\\!` : text;
      }
      case 'strong':
      case 'emphasis': {
        if (node.children.some((child) => child.type !== 'text')) refuse();
        const inner = phrasing(node.children);
        if (inner === '' || inner.includes('\n')) refuse();
        const marker = node.type === 'strong' ? '**' : '_';
        return `${marker}${inner}${marker}`;
      }
      case 'link':
        return link(node);
      default:
        return refuse();
    }
  });
  // Whether each emphasis pairs depends on the characters written around it.
  nodes.forEach((node, index) => {
    if (node.type !== 'strong' && node.type !== 'emphasis') return;
    const marker = node.type === 'strong' ? '**' : '_';
    const before = lastChar(parts.slice(0, index).join(''));
    const after = firstChar(parts.slice(index + 1).join(''));
    if (!pairs(marker, parts[index]!.slice(marker.length, -marker.length), before, after)) refuse();
  });
  return parts.join('');
}

/** A space or tab at a line's ends, as a character reference: a reader would strip it, or read a hard break or code. */
function keepEdgeSpaces(line: string): string {
  const reference = (char: string) => (char === '\t' ? '&#x9;' : '&#x20;');
  let kept = line;
  if (/^[ \t]/u.test(kept)) kept = reference(kept[0]!) + kept.slice(1);
  if (/[ \t]$/u.test(kept)) kept = kept.slice(0, -1) + reference(kept.at(-1)!);
  return kept;
}

/** A paragraph's lines, each safe to start a line in any container. */
function paragraphLines(node: Paragraph): string[] {
  return phrasing(node.children)
    .split('\n')
    .map((line) => {
      if (line === '') refuse();
      const kept = keepEdgeSpaces(line);
      // Block syntax that a line's first characters would start.
      return kept.replace(/^[#>+=:-]/u, '\\$&').replace(/^(\d+)([.)])/u, '$1\\$2');
    });
}

function headingLine(node: Heading): string {
  if (!Number.isInteger(node.depth) || node.depth < 1 || node.depth > 6) refuse();
  const content = phrasing(node.children);
  if (content === '' || content.includes('\n')) refuse();
  // Trailing #s would be read as the heading's closing sequence.
  return `${'#'.repeat(node.depth)} ${keepEdgeSpaces(content).replace(/#+$/u, (hashes) => hashes.replaceAll('#', '\\#'))}`;
}

function paragraphsOnly(children: readonly RootContent[]): Paragraph[] {
  if (children.length === 0 || children.some((child) => child.type !== 'paragraph')) refuse();
  return children as Paragraph[];
}

/** An unordered list of paragraphs: loose (items apart) or tight as the tree says; an item of several paragraphs is loose itself. */
function listLines(node: List): string[] {
  if (node.ordered || node.children.length === 0) refuse();
  const items = node.children.map((item) => {
    const paragraphs = paragraphsOnly(item.children);
    if (item.checked != null || Boolean(item.spread) !== paragraphs.length > 1) refuse();
    return paragraphs
      .flatMap((paragraph, index) => [...(index > 0 ? [''] : []), ...paragraphLines(paragraph)])
      .map((line, index) => (index === 0 ? `- ${line}` : line === '' ? '' : `  ${line}`));
  });
  return items.flatMap((lines, index) => [...(index > 0 && node.spread ? [''] : []), ...lines]);
}

function blockLines(node: RootContent): string[] {
  switch (node.type) {
    case 'heading':
      return [headingLine(node)];
    case 'paragraph':
      return paragraphLines(node);
    case 'list':
      return listLines(node);
    case 'blockquote':
      return paragraphsOnly(node.children)
        .flatMap((paragraph, index) => [...(index > 0 ? [''] : []), ...paragraphLines(paragraph)])
        .map((line) => (line === '' ? '>' : `> ${line}`));
    default:
      return refuse();
  }
}

/**
 * The tree as Markdown that reads back as the same tree, with and without GFM; undefined when the
 * tree holds anything but headings, paragraphs, unordered lists of paragraphs, quotes of paragraphs,
 * text, strong, emphasis and links, or text these rules cannot keep as text.
 */
export function writeMarkdown(tree: Root): string | undefined {
  try {
    if (tree.children.length === 0) refuse();
    const blocks = tree.children.map((node, index) => {
      // Two lists in a row would read as one.
      if (node.type === 'list' && tree.children[index - 1]?.type === 'list') refuse();
      return blockLines(node).join('\n');
    });
    return `${blocks.join('\n\n')}\n`;
  } catch (error) {
    if (error instanceof Refused) return undefined;
    throw error;
  }
}
