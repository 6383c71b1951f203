// Loads the question files into the content store without rendering them. Astro's glob loader
// renders every Markdown file while content syncs and keeps the HTML in the store, which the
// build then bundles as one JavaScript module: at 10,000 questions 120 MB of it, and gigabytes
// of memory. Here the store keeps frontmatter, and the body only in `astro dev`: in a build every
// body is rendered beside Astro and handed to its page (src/lib/markdown/rendered-bodies.ts), and
// bodies in the store (40 of its 51 MB at 10,000 questions) were bundled, compiled and parsed again
// by the build for nothing (README, Performance).
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readFrontmatter } from '../bank/frontmatter.ts';
import { questionDigest } from './rendered-bodies.ts';

/** Question files: Markdown, or MDX for a hand-written question that uses the bank's components. */
const QUESTION_FILE = /\.mdx?$/u;

/** The collection id of a question file: its path in the folder, without `.md` or `.mdx`. */
export const questionId = (file: string) => file.split(sep).join('/').replace(QUESTION_FILE, '');

/** A loader for the `.md` and `.mdx` files under `base`, kept unrendered. */
export function questionLoader(options: { base: string }): Loader {
  return {
    name: 'question-loader',
    async load({ store, parseData, config, watcher, logger }) {
      const root = fileURLToPath(config.root);
      /**
       * Reads one file into the store and gives its id. Always validated afresh, even when the
       * store holds it unchanged: the schema depends on the taxonomy, which may have changed.
       */
      const sync = async (file: string): Promise<string> => {
        const path = join(options.base, file);
        const text = await readFile(path, 'utf8');
        const id = questionId(file);
        // The digest of the whole file: what a body rendered beside the build is checked against.
        const digest = questionDigest(text);
        const filePath = relative(root, path).split(sep).join('/');
        const { frontmatter, content } = readFrontmatter(text, filePath);
        const data = await parseData({ id, data: frontmatter, filePath: path });
        // A watched store is `astro dev`, where each page renders its own body.
        store.set({ id, data, ...(watcher ? { body: content.trimEnd() } : {}), filePath, digest });
        return id;
      };

      // Files only: a folder whose name ends in `.md` is no question.
      const files = (await readdir(options.base, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => relative(options.base, join(entry.parentPath, entry.name)))
        .filter((file) => QUESTION_FILE.test(file));
      // `x.md` and `x.mdx` would be one entry, the second silently replacing the first.
      const byId = Map.groupBy(files, questionId);
      const twins = [...byId.values()].find((group) => group.length > 1);
      if (twins) throw new Error(`${twins.map((file) => join(options.base, file)).join(' and ')}: one question per file name; rename one of them`);
      const kept = new Set(await Promise.all(files.map(sync)));
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);

      if (!watcher) return;
      // `astro dev`: follow edits, new files and deletions.
      watcher.add(options.base);
      const inBase = (path: string) => QUESTION_FILE.test(path) && !relative(options.base, path).startsWith('..');
      const reload = async (path: string) => {
        if (!inBase(path)) return;
        try {
          await sync(relative(options.base, path));
        } catch (error) {
          logger.error(`${path}: ${(error as Error).message}`);
        }
      };
      watcher.on('add', reload);
      watcher.on('change', reload);
      watcher.on('unlink', (path) => {
        if (inBase(path)) store.delete(questionId(relative(options.base, path)));
      });
    },
  };
}
