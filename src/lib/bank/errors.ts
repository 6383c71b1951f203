// Turning validation issues into lines an author can act on.

export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** "  - competencies.2: unknown competency …", one line per issue. */
export function formatIssues(issues: readonly IssueLike[]): string {
  return issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return `  - ${path === '' ? '(root)' : path}: ${issue.message}`;
    })
    .join('\n');
}
