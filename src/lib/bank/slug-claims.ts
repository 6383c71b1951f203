// Every slug and alias points at exactly one question: two files claiming one URL fail the build.
export interface SlugClaim {
  /** The file making the claim, for the error message. */
  file: string;
  slug: string;
  aliases: readonly string[];
}

export interface SlugClaimProblem {
  /** The file whose claim is refused: the later of two claimants, or one claiming its own slug as an alias. */
  file: string;
  /** The slug or alias claimed twice, and what this file claims it as (the content check finds its line by these). */
  key: string;
  as: 'slug' | 'alias';
  /** The file that claimed it first, when it is another file. */
  owner?: { file: string; as: 'slug' | 'alias' };
  /** What is wrong, naming the other file if there is one. */
  reason: string;
}

/** Every slug or alias claimed twice, in claim order. */
export function findSlugClaimProblems(claims: readonly SlugClaim[]): SlugClaimProblem[] {
  const owners = new Map<string, { file: string; as: 'slug' | 'alias' }>();
  const problems: SlugClaimProblem[] = [];
  for (const claim of claims) {
    const keys = [
      { key: claim.slug, as: 'slug' as const },
      ...claim.aliases.map((alias) => ({ key: alias, as: 'alias' as const })),
    ];
    for (const { key, as } of keys) {
      const owner = owners.get(key);
      if (owner && owner.file !== claim.file) {
        problems.push({ file: claim.file, key, as, owner, reason: `"${key}" is claimed as ${owner.as} by ${owner.file} and as ${as} by ${claim.file}` });
      } else if (owner) {
        problems.push({ file: claim.file, key, as, reason: `"${key}" is both the slug and an alias` });
      } else {
        owners.set(key, { file: claim.file, as });
      }
    }
  }
  return problems;
}

/** Every slug or alias claimed twice, as a line naming both files; none when every URL has one owner. */
export function slugClaimProblems(claims: readonly SlugClaim[]): string[] {
  return findSlugClaimProblems(claims).map((problem) => `${problem.owner ? '' : `${problem.file}: `}${problem.reason}`);
}

/** Throws naming both files when two questions claim the same slug or alias. */
export function checkSlugClaims(claims: readonly SlugClaim[]): void {
  const problems = slugClaimProblems(claims);
  if (problems.length > 0) {
    throw new Error(`Question URLs must be unique:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}
