// Reads a built site from disk for the link checker: every file's path, and the links of each page.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readPage, type BuiltSite, type PageLinks } from './link-check.ts';

/** Every file under `root` (paths from the site root, "/questions/x/index.html"), and each HTML page read. */
export function readBuiltSite(root: string): BuiltSite {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(root, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
  const pages = new Map<string, PageLinks>();
  // Each page is parsed and let go at once: only its ids and links stay in memory.
  for (const file of files) if (file.endsWith('.html')) pages.set(file, readPage(readFileSync(join(root, file), 'utf8')));
  return { files: new Set(files), pages };
}
