// Every slug and alias points at exactly one question: two files claiming one URL fail the build.
export interface SlugClaim {
  /** The file making the claim, for the error message. */
  file: string;
  slug: string;
  aliases: readonly string[];
}

/** Every slug or alias claimed twice, as a line naming both files; none when every URL has one owner. */
export function slugClaimProblems(claims: readonly SlugClaim[]): string[] {
  const owners = new Map<string, { file: string; as: string }>();
  const problems: string[] = [];
  for (const claim of claims) {
    const keys = [
      { key: claim.slug, as: 'slug' },
      ...claim.aliases.map((alias) => ({ key: alias, as: 'alias' })),
    ];
    for (const { key, as } of keys) {
      const owner = owners.get(key);
      if (owner && owner.file !== claim.file) {
        problems.push(`"${key}" is claimed as ${owner.as} by ${owner.file} and as ${as} by ${claim.file}`);
      } else if (owner) {
        problems.push(`${claim.file}: "${key}" is both the slug and an alias`);
      } else {
        owners.set(key, { file: claim.file, as });
      }
    }
  }
  return problems;
}

/** Throws naming both files when two questions claim the same slug or alias. */
export function checkSlugClaims(claims: readonly SlugClaim[]): void {
  const problems = slugClaimProblems(claims);
  if (problems.length > 0) {
    throw new Error(`Question URLs must be unique:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}
