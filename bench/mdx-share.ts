// For `npm run bench -- --mdx-share S`: turns a share of the imported questions into hand-written
// MDX questions using what a coach would add — a <Callout>, an <AnswerComparison> and a GFM table —
// so that the bank's cost with MDX can be set against the same bank all in `.md`.
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ADDED_TO_SITUATION = `<Callout title="Coach's aside">
Name the stakes in one sentence before any detail.
</Callout>`;

const ADDED_TO_ACTION = `| Option | Cost | Chosen |
|---|---|---|
| Rewrite | High | No |
| Migrate in place | Medium | Yes |

<AnswerComparison>
<Strong>
- "I set the date, named an owner per piece and reviewed only what was blocked."
</Strong>
<Weak>
- "We all pushed hard and it worked out."
</Weak>
</AnswerComparison>`;

/** An imported question file as a hand-written MDX question: no `source`, components and a table added. */
export function asMdxQuestion(text: string): string {
  const insert = (before: RegExp, block: string, into: string) => {
    const at = into.search(before);
    if (at === -1) throw new Error(`bench: no ${String(before)} heading to add MDX before`);
    return `${into.slice(0, at)}${block}\n\n${into.slice(at)}`;
  };
  const handWritten = text.replace(/^source: .*\n/mu, '');
  return insert(/^## Result\b/mu, ADDED_TO_ACTION, insert(/^## Task\b/mu, ADDED_TO_SITUATION, handWritten));
}

/** Rewrites every round(1/share)-th question file of a folder (by name) as `.mdx`; returns how many. */
export function convertShareToMdx(folder: string, share: number): number {
  const files = readdirSync(folder).filter((name) => name.endsWith('.md')).sort();
  const every = Math.max(1, Math.round(1 / share));
  let converted = 0;
  for (const [index, name] of files.entries()) {
    if (index % every !== 0) continue;
    const path = join(folder, name);
    writeFileSync(path, asMdxQuestion(readFileSync(path, 'utf8')));
    renameSync(path, `${path}x`);
    converted += 1;
  }
  return converted;
}
