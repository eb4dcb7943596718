import { getDataset } from "@/lib/data/get-dataset";
import { readRevisionsRequest } from "@/lib/http/downloads/revisions-request";
import { revisionsMemoKey, revisionsMetadataBody } from "@/lib/http/downloads/revisions-responses";
import { BodyMemo, corsPreflight, dataError, respondCached } from "@/lib/http/cache";

export const OPTIONS = corsPreflight;

const memo = new BodyMemo();

/** The companion of /api/revisions.csv for the same query. */
export function GET(request: Request) {
  const ds = getDataset();
  const req = readRevisionsRequest(ds, new URL(request.url).searchParams, { csv: false });
  if (!req.ok) return dataError(req.status, req.error);
  return respondCached(
    request,
    memo.get(revisionsMemoKey(req.history, "metadata"), () => revisionsMetadataBody(ds, req.history, req.partner)),
  );
}
