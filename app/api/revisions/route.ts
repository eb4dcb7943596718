import { getDataset } from "@/lib/data/get-dataset";
import { readRevisionsRequest } from "@/lib/http/downloads/revisions-request";
import { revisionsJsonBody, revisionsMemoKey } from "@/lib/http/downloads/revisions-responses";
import { BodyMemo, corsPreflight, dataError, respondCached } from "@/lib/http/cache";

export const OPTIONS = corsPreflight;

const memo = new BodyMemo();

/** Every value held for one month of one series: { query, entries (oldest publication first), sources }. */
export function GET(request: Request) {
  const ds = getDataset();
  const req = readRevisionsRequest(ds, new URL(request.url).searchParams, { csv: false });
  if (!req.ok) return dataError(req.status, req.error);
  return respondCached(
    request,
    memo.get(revisionsMemoKey(req.history, "json"), () => revisionsJsonBody(ds, req.history)),
  );
}
