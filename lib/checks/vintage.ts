/** The last day a vintage can stand for: "2025-04" → "2025-04-31" (string order is enough). */
export function vintageEnd(vintage: string): string {
  return vintage.length === 7 ? `${vintage}-31` : vintage;
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
