const MONTH_END = "-31";

/** The last day a vintage can stand for: "2025-04" → "2025-04-31" (string order is enough). */
export function vintageEnd(vintage: string): string {
  return vintage.length === 7 ? `${vintage}${MONTH_END}` : vintage;
}

/**
 * vintageEnd(a) against vintageEnd(b) in plain code-unit order (ASCII dates), read in place rather than built: sorts
 * compare vintages hundreds of thousands of times, and a string built per comparison is that much garbage.
 */
export function compareVintageEnds(a: string, b: string): number {
  const la = a.length === 7 ? 10 : a.length;
  const lb = b.length === 7 ? 10 : b.length;
  for (let i = 0; i < la && i < lb; i++) {
    const x = a.length === 7 && i >= 7 ? MONTH_END.charCodeAt(i - 7) : a.charCodeAt(i);
    const y = b.length === 7 && i >= 7 ? MONTH_END.charCodeAt(i - 7) : b.charCodeAt(i);
    if (x !== y) return x < y ? -1 : 1;
  }
  return la === lb ? 0 : la < lb ? -1 : 1;
}

/** True when a vintage was (or may have been) published on or after `date` (YYYY-MM-DD). */
export function publishedAfter(vintage: string, date: string): boolean {
  return vintageEnd(vintage) >= date;
}

/**
 * The vintage to compare a release with: the latest published before the release date if there is one,
 * else the latest of all. Returns which rule chose it.
 */
export function chooseVintage(
  vintages: readonly string[],
  releaseDate: string,
): { vintage: string; choice: "before_release" | "latest_after_release" } | null {
  const sorted = [...new Set(vintages)].sort((a, b) => vintageEnd(a).localeCompare(vintageEnd(b)));
  const before = sorted.filter((v) => !publishedAfter(v, releaseDate));
  const last = before.at(-1);
  if (last) return { vintage: last, choice: "before_release" };
  const latest = sorted.at(-1);
  return latest ? { vintage: latest, choice: "latest_after_release" } : null;
}
