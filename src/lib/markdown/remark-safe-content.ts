// Remark plugin that keeps a hand-written question body text-safe, run right after parsing so that
// the page and the Markdown export both get it: links and images only to http(s), mailto and
// relative URLs, no raw HTML, no invisible control characters, and images from another origin
// shown as links instead of loaded.
import type { Definition, ImageReference, Link, Nodes, Parent, Root } from 'mdast';
import { forbiddenCharacter } from '../bank/characters.ts';
import { siteOrigin } from '../bank/site.ts';

/** The schemes a link or image may use; a relative URL resolves to the page's own. */
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
/** Schemes that run or smuggle content: also refused when only a percent-decoded URL reveals them. */
const DANGEROUS_SCHEME = /^\s*(?:javascript|data|vbscript)\s*:/iu;

function percentDecoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * The scheme a browser would give `url` on a page of `base` (the WHATWG URL parser drops the
 * tabs, newlines and leading control characters that disguise one), or why it is refused.
 */
export function unsafeUrlReason(url: string, base: string): string | undefined {
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    return `"${url}" is not a valid URL`;
  }
  const scheme = DANGEROUS_SCHEME.exec(percentDecoded(url).replace(/[\t\n\r]/gu, ''))?.[0]?.trim().toLowerCase();
  const protocol = scheme?.replace(/\s/gu, '') ?? resolved.protocol;
  if (ALLOWED_SCHEMES.has(protocol)) return undefined;
  return `a "${protocol}" URL is not allowed; links and images may only use http:, https:, mailto: or a relative URL`;
}

const lineOf = (node: Nodes) => node.position?.start.line ?? 0;
const describe = (node: Nodes) => (node.type === 'image' || node.type === 'imageReference' ? 'image' : node.type === 'definition' ? 'link definition' : 'link');

/**
 * Checks and rewrites a parsed body in place: throws `file:line: reason` for a URL or raw HTML it
 * refuses, and turns an image from another origin into a link to it, its alt text the label.
 * `site` is the site's origin: an image there (or relative) is the site's own and stays an image.
 */
export function makeContentSafe(tree: Root, file: string, site: string = siteOrigin()): void {
  const base = `${site}/questions/`;
  const refuse = (node: Nodes, reason: string): never => {
    throw new Error(`${file}:${lineOf(node)}: ${reason}`);
  };
  const definitions = new Map<string, Definition>();
  const visit = (node: Nodes, each: (node: Nodes, parent: Parent | undefined, index: number) => void, parent?: Parent, index = 0) => {
    each(node, parent, index);
    if ('children' in node) node.children.forEach((child, at) => visit(child, each, node, at));
  };

  visit(tree, (node) => {
    if (node.type === 'html') {
      const snippet = node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value;
      refuse(node, `raw HTML is not allowed in a question (${JSON.stringify(snippet)}); write "\\<" to show a "<" as text`);
    }
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      const lines = node.value.split('\n');
      const at = lines.findIndex((line) => forbiddenCharacter(line) !== undefined);
      if (at >= 0) throw new Error(`${file}:${lineOf(node) + at}: ${forbiddenCharacter(lines[at]!)}`);
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const reason = unsafeUrlReason(node.url, base);
      if (reason) refuse(node, `${describe(node)} to ${JSON.stringify(node.url)}: ${reason}`);
    }
    if (node.type === 'definition') definitions.set(node.identifier, node);
  });

  const foreign = (url: string) => new URL(url, base).origin !== site;
  visit(tree, (node, parent, index) => {
    if (!parent) return;
    if (node.type === 'image' && foreign(node.url)) {
      const link: Link = { type: 'link', url: node.url, title: node.title ?? null, children: [{ type: 'text', value: node.alt || node.url }], position: node.position };
      parent.children[index] = link as (typeof parent.children)[number];
    } else if (node.type === 'imageReference') {
      const definition = definitions.get(node.identifier);
      if (definition && foreign(definition.url)) {
        const { alt, ...rest } = node satisfies ImageReference;
        parent.children[index] = { ...rest, type: 'linkReference', children: [{ type: 'text', value: alt || definition.url }] } as (typeof parent.children)[number];
      }
    }
  });
}

/** The remark plugin: fails with `file:line: reason` for what makeContentSafe refuses. */
export function remarkSafeContent() {
  return (tree: Root, file: { path?: string }) => makeContentSafe(tree, file.path ?? '');
}
