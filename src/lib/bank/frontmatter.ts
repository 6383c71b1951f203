// Question frontmatter read and written with the parser the build uses (Astro's parseFrontmatter,
// js-yaml), so that a YAML error names file and line and what the importer writes reads back as written.
// It comes from @astrojs/internal-helpers, where Astro's own packages take it from: the
// @astrojs/markdown-remark that re-exports it loads a whole Markdown stack with it (0.48 s against 0.02 s).
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { Document, isScalar, visit } from 'yaml';

export interface ReadFrontmatter {
  frontmatter: Record<string, unknown>;
  /** The body, with blank lines standing in for the frontmatter so that its lines are the file's lines. */
  content: string;
}

/** A question file's frontmatter and body; throws `file:line: reason` for YAML that does not parse. */
export function readFrontmatter(text: string, file: string): ReadFrontmatter {
  try {
    const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
    return { frontmatter: frontmatter as Record<string, unknown>, content };
  } catch (error) {
    const { mark, reason } = error as { mark?: { line: number }; reason?: string };
    if (mark === undefined) throw new Error(`${file}:1: the frontmatter cannot be read: ${(error as Error).message.split('\n')[0]}`);
    // js-yaml counts lines from 0 within the frontmatter, which starts on the line of the opening `---`.
    const opening = text.slice(0, text.indexOf('---')).split('\n').length;
    throw new Error(`${file}:${opening + mark.line}: the frontmatter is not valid YAML: ${reason ?? 'parse error'}`);
  }
}

const readsBack = (yaml: string): Record<string, unknown> => parseFrontmatter(`---\n${yaml}---\n`).frontmatter as Record<string, unknown>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b) && typeof a === typeof b;

/**
 * YAML for `data` (no `---` lines) that the build's parser reads back to the same values. Values
 * stay plain where they can, so files read naturally; a field whose plain form reads back as
 * something else (`2024-01-01` as a date, `0b101` as a number, `~` as null) is double-quoted.
 */
export function writeFrontmatter(data: Record<string, unknown>): string {
  const document = new Document(data);
  const options = { lineWidth: 0 };
  let yaml = document.toString(options);
  const back = readsBack(yaml);
  const ambiguous = Object.keys(data).filter((key) => !same(back[key], data[key]));
  if (ambiguous.length === 0) return yaml;
  for (const key of ambiguous) {
    visit(document.get(key, true) as Parameters<typeof visit>[0], {
      Scalar(_, node) {
        if (typeof node.value === 'string') node.type = 'QUOTE_DOUBLE';
      },
    });
    const node = document.get(key, true);
    if (isScalar(node) && typeof node.value === 'string') node.type = 'QUOTE_DOUBLE';
  }
  yaml = document.toString(options);
  const again = readsBack(yaml);
  const wrong = Object.keys(data).find((key) => !same(again[key], data[key]));
  if (wrong !== undefined) throw new Error(`${wrong}: the value cannot be written as YAML that reads back as written`);
  return yaml;
}
