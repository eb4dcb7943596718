import { getDataset } from "@/lib/data/get-dataset";
import { datasetRevisionStats } from "@/lib/checks/revision-stats";
import { cachedBody } from "@/lib/http/cache";

// Computed once at build (prerendered): the statistics change only when data/ does.
export const dynamic = "force-static";

/** How far revisions have moved figures, from every pair of vintages held: method, groups, pairs counted. */
export function GET() {
  const body = JSON.stringify(datasetRevisionStats(getDataset()));
  const entry = cachedBody(body, "application/json");
  return new Response(body, {
    headers: { "Content-Type": entry.contentType, ETag: entry.etag, "Access-Control-Allow-Origin": "*" },
  });
}
