import type { Release } from "./release-schema";

/**
 * The release the front page and the widgets show when none is named: the newest whose text is whole as issued —
 * not the sentences of a news story — so every chart of the dashboard has figures to draw. The library lists all.
 */
export function frontPageOf(releases: Iterable<Release>): string | undefined {
  const all = [...releases].sort((a, b) => b.meta.date.localeCompare(a.meta.date));
  return (all.find((r) => !r.meta.excerpt) ?? all[0])?.meta.slug;
}
