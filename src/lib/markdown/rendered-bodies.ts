// Question bodies rendered once per build for two readers. The process beside `astro build`
// (scripts/lib/question-outputs.ts) renders every body for the search index anyway; it sends each
// one to the build (scripts/lib/build-integration.ts), and a question page takes it rather than
// rendering the body again (src/content.ts). In a build the content store holds no bodies (see
// src/lib/markdown/question-loader.ts), so these are the pages' only bodies. Sent, not written to
// files: a thousand small files cost more than the render on a busy disk.
import { createHash } from 'node:crypto';
import type { QuestionHeading } from './remark-question-structure.ts';

/** A body as the page shows it, with what it was made from. */
export interface RenderedBody {
  /** The question file, relative to the project, as the content store names it. */
  file: string;
  /** questionDigest() of the question file it was made from. */
  digest: string;
  html: string;
  /** Its sections and sub-sections, with their anchors. */
  headings: QuestionHeading[];
}

/**
 * What names a question file's text (frontmatter and body), for the content store's digest and for
 * each body sent: a page takes a body only if it was made from the file its own data came from.
 */
export const questionDigest = (text: string): string => createHash('sha1').update(text).digest('base64');

/**
 * What the process beside the build sends: a body; that every body has been sent; or that it
 * stopped on a question it refuses (`file:line: reason`), which then fails every page still waiting.
 */
export type RenderedBodyMessage = RenderedBody | { end: true } | { failed: string };

interface Held {
  bodies: Map<string, RenderedBody>;
  /** Pages waiting for a body not sent yet, by file. */
  waiting: Map<string, (() => void)[]>;
  ended: boolean;
  /** Why the process beside the build stopped, if it refused a question. */
  failure?: string;
  sent: number;
  taken: number;
}

// On globalThis: the integration and the pages are bundled apart but run in one process.
const HELD = Symbol.for('behavioral-question-bank.rendered-bodies');
const shared = globalThis as typeof globalThis & { [HELD]?: Held };

/**
 * Starts holding bodies for the pages: `take` takes in each message, `end` says no more will come
 * (the process beside the build sent its last, or stopped) and lets every waiting page render its own.
 */
export function holdRenderedBodies(): { take: (message: RenderedBodyMessage) => void; end: () => void } {
  const held: Held = { bodies: new Map(), waiting: new Map(), ended: false, sent: 0, taken: 0 };
  shared[HELD] = held;
  const wake = (file: string) => {
    for (const resume of held.waiting.get(file) ?? []) resume();
    held.waiting.delete(file);
  };
  const end = () => {
    held.ended = true;
    for (const file of [...held.waiting.keys()]) wake(file);
  };
  return {
    take: (message) => {
      if ('end' in message) return end();
      if ('failed' in message) {
        held.failure = message.failed;
        return end();
      }
      held.bodies.set(message.file, message);
      held.sent += 1;
      wake(message.file);
    },
    end,
  };
}

/** Stops holding them (the build is done), and says how many were sent and how many pages took. */
export function releaseRenderedBodies(): { sent: number; taken: number } {
  const held = shared[HELD];
  delete shared[HELD];
  return { sent: held?.sent ?? 0, taken: held?.taken ?? 0 };
}

/**
 * The body of `file` rendered beside the build, once it comes, if it was made from the file text
 * whose questionDigest() is `digest`; `undefined` at once outside a build. Bodies come in about the
 * order pages ask for them, and sooner than a page could render its own.
 */
export async function renderedBody(file: string, digest: string): Promise<Pick<RenderedBody, 'html' | 'headings'> | undefined> {
  const held = shared[HELD];
  if (!held) return undefined;
  if (!held.bodies.has(file) && !held.ended) {
    await new Promise<void>((resume) => held.waiting.set(file, [...(held.waiting.get(file) ?? []), resume]));
  }
  const rendered = held.bodies.get(file);
  // The build stops on the question refused, whichever page asks first.
  if (!rendered && held.failure !== undefined) throw new Error(held.failure);
  if (!rendered || rendered.digest !== digest) return undefined;
  // Taken once: the page keeps what it renders (src/content.ts).
  held.bodies.delete(file);
  held.taken += 1;
  return { html: rendered.html, headings: rendered.headings };
}
