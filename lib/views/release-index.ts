/**
 * The library of releases: one row per release with its date, issuer, language, the period its claims cover and its
 * verdicts counted, filtered and sorted as the /releases page and its Atom feed ask. Pure: the caller gives the
 * releases and their check reports.
 */
import type { Release } from "../data/release-schema";
import { claimMonths } from "../data/release-schema";
import type { ChecksReport, CheckStatus } from "../checks/schema";

export const VERDICTS = ["exact", "within_rounding", "revised", "mismatch", "unverified"] as const;
export const SORTS = ["date-desc", "date-asc", "issuer"] as const;
export type ReleaseSort = (typeof SORTS)[number];

export interface ReleaseIndexRow {
  slug: string;
  date: string;
  datePrecision: "day" | "month";
  year: string;
  issuer: string;
  issuerShort: string;
  sourceType: Release["meta"]["sourceType"];
  lang: "es" | "en";
  title: string;
  /** First and last month the release's claims cover. */
  period: { first: string; last: string } | null;
  counts: Record<CheckStatus, number>;
  claims: number;
  excerpt: boolean;
  secondaryCopy: boolean;
}

export interface ReleaseFilter {
  year?: string;
  issuer?: string;
  lang?: "es" | "en";
  verdict?: CheckStatus;
  sort: ReleaseSort;
}

export function releaseIndexRow(release: Release, report: ChecksReport): ReleaseIndexRow {
  const months = release.claims.flatMap(claimMonths).sort();
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<CheckStatus, number>;
  const claims = report.results.filter((r) => r.kind === "claim");
  for (const r of claims) counts[r.status] += 1;
  const m = release.meta;
  return {
    slug: m.slug,
    date: m.date,
    datePrecision: m.datePrecision,
    year: m.date.slice(0, 4),
    issuer: m.issuer,
    issuerShort: m.issuerShort,
    sourceType: m.sourceType,
    lang: m.language,
    title: m.title,
    period: months.length ? { first: months[0] ?? "", last: months.at(-1) ?? "" } : null,
    counts,
    claims: claims.length,
    excerpt: m.excerpt,
    secondaryCopy: m.secondaryCopy,
  };
}

/** The rows that pass every filter given, in the order asked (newest first by default). */
export function filterReleases(rows: readonly ReleaseIndexRow[], f: ReleaseFilter): ReleaseIndexRow[] {
  const kept = rows.filter(
    (r) =>
      (!f.year || r.year === f.year) &&
      (!f.issuer || r.issuerShort === f.issuer) &&
      (!f.lang || r.lang === f.lang) &&
      (!f.verdict || r.counts[f.verdict] > 0),
  );
  const byDate = (a: ReleaseIndexRow, b: ReleaseIndexRow) =>
    a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug);
  if (f.sort === "date-asc") return kept.sort(byDate);
  if (f.sort === "issuer") return kept.sort((a, b) => a.issuerShort.localeCompare(b.issuerShort, "es") || byDate(b, a));
  return kept.sort((a, b) => byDate(b, a));
}

/** The values each filter can take, from the rows themselves. */
export function filterChoices(rows: readonly ReleaseIndexRow[]) {
  const uniq = (xs: string[]) => [...new Set(xs)];
  return {
    years: uniq(rows.map((r) => r.year))
      .sort()
      .reverse(),
    issuers: uniq(rows.map((r) => r.issuerShort)).sort((a, b) => a.localeCompare(b, "es")),
  };
}
