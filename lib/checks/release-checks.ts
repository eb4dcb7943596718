import "server-only";
import { getDataset } from "../data/get-dataset";
import { frontPageOf } from "../data/front-page";
import { reconcileRelease } from "./reconcile";
import type { Release } from "../data/release-schema";
import type { ChecksReport } from "./schema";

/** Every release slug, newest first. */
export function listReleaseSlugs(): string[] {
  return [...getDataset().releases.values()]
    .sort((a, b) => b.meta.date.localeCompare(a.meta.date))
    .map((r) => r.meta.slug);
}

/** The release the front page shows (lib/data/front-page.ts). */
export function frontPageSlug(): string | undefined {
  return frontPageOf(getDataset().releases.values());
}

export function getRelease(slug: string): Release | undefined {
  return getDataset().releases.get(slug);
}

const reports = new Map<string, ChecksReport>();

/**
 * The checks of a release (memoised: the dataset does not change while the server runs); undefined for an unknown slug.
 */
export function getChecksReport(slug: string): ChecksReport | undefined {
  const release = getRelease(slug);
  if (!release) return undefined;
  let report = reports.get(slug);
  if (!report) reports.set(slug, (report = reconcileRelease(getDataset(), release)));
  return report;
}
