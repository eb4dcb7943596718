import { getDataset } from "@/lib/data/get-dataset";
import { readRevisionsRequest } from "@/lib/http/downloads/revisions-request";
import { revisionsCsvBody, revisionsMemoKey } from "@/lib/http/downloads/revisions-responses";
import { BodyMemo, corsPreflight, dataError, respondCached } from "@/lib/http/cache";

export const OPTIONS = corsPreflight;

const memo = new BodyMemo();

export function GET(request: Request) {
  const req = readRevisionsRequest(getDataset(), new URL(request.url).searchParams, { csv: true });
  if (!req.ok) return dataError(req.status, req.error);
  const { history, partner, bom } = req;
  return respondCached(
    request,
    memo.get(revisionsMemoKey(history, `csv${bom}`), () => revisionsCsvBody(history, partner, bom)),
  );
}
