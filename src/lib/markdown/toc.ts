// The on-page table of contents: sections with their sub-headings nested below.
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** Nests `###` headings under the `##` before them; other depths are not listed. */
export function buildToc(headings: readonly TocHeading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) toc.push({ slug: heading.slug, text: heading.text, children: [] });
    else if (heading.depth === 3 && toc.length > 0) toc.at(-1)!.children.push({ slug: heading.slug, text: heading.text, children: [] });
  }
  return toc;
}
