import "server-only";
import { getDataset } from "../data/get-dataset";
import { releaseIndexRow, type ReleaseIndexRow } from "../views/release-index";
import { getChecksReport } from "./release-checks";

let rows: ReleaseIndexRow[] | null = null;

/** Every release's index row, newest first (computed once: the dataset does not change while the server runs). */
export function releaseIndexRows(): ReleaseIndexRow[] {
  if (rows) return rows;
  const ds = getDataset();
  rows = [...ds.releases.values()].flatMap((r) => {
    const report = getChecksReport(r.meta.slug);
    return report ? [releaseIndexRow(r, report)] : [];
  });
  rows.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
  return rows;
}
