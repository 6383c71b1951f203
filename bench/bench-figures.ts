// The benchmark's figures: reading them out of tool output, and printing them one per line.

/** The middle value (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Seconds in a duration as Astro prints it: "804ms", "41.97s", "1m 8s", "2m 4.5s". */
export function parseDuration(text: string): number | undefined {
  const match = /^(?:(\d+)m\s*)?(?:(\d+(?:\.\d+)?)(ms|s))?$/u.exec(text.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const minutes = Number(match[1] ?? 0);
  const amount = Number(match[2] ?? 0);
  return minutes * 60 + (match[3] === 'ms' ? amount / 1000 : amount);
}

export interface AstroPhases {
  /** Content sync (loading, validating and, for Markdown, rendering every question) with type generation. */
  contentSync?: number;
  /** Bundling the site's code, and the content data store with it. */
  bundle?: number;
  /** Rendering every page to HTML. */
  render?: number;
}

/** The phases of an `astro build`, from its log (colour codes already removed). */
export function astroPhases(output: string): AstroPhases {
  const found = {
    contentSync: /\[types\] Generated (.+)$/mu.exec(output)?.[1],
    bundle: /\[vite\] ✓ built in (.+)$/mu.exec(output)?.[1],
    render: /generating static routes[\s\S]*?✓ Completed in (.+?)\.?$/mu.exec(output)?.[1],
  };
  const phases: AstroPhases = {};
  for (const [phase, text] of Object.entries(found) as [keyof AstroPhases, string | undefined][]) {
    const seconds = text === undefined ? undefined : parseDuration(text);
    if (seconds !== undefined) phases[phase] = seconds;
  }
  return phases;
}

/** One figure: its name as printed, and its value (a number, or text for a description). */
export type Figure = readonly [name: string, value: number | string];

/** Rounds to a sensible number of places for a line a reader scans. */
export function formatValue(value: number | string): string {
  if (typeof value === 'string') return value;
  if (Number.isInteger(value)) return String(value);
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** `name: value`, one line per figure. */
export function formatFigures(figures: readonly Figure[]): string {
  return figures.map(([name, value]) => `${name}: ${formatValue(value)}`).join('\n');
}

/** The figures as one JSON object, names as keys, in order. */
export function figuresObject(figures: readonly Figure[]): Record<string, number | string> {
  return Object.fromEntries(figures);
}

/** Bytes to mebibytes, as "peak RSS MB" is printed. */
export const toMegabytes = (bytes: number) => bytes / 1024 / 1024;

/** The resident-set size a `VmHWM:`/`VmRSS:` line of /proc/<pid>/status gives, in bytes. */
export function statusKilobytes(status: string, field: 'VmHWM' | 'VmRSS'): number | undefined {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'mu').exec(status);
  return match ? Number(match[1]) * 1024 : undefined;
}
