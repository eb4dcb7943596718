import { getChecksReport, listReleaseSlugs } from "@/lib/checks/release-checks";
import { readChecksRequest } from "@/lib/http/downloads/checks-request";
import { checksJsonBody } from "@/lib/http/downloads/checks-responses";
import { BodyMemo, corsPreflight, dataError, respondCached } from "@/lib/http/cache";

export const OPTIONS = corsPreflight;

const memo = new BodyMemo(50);

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const req = readChecksRequest(slug, new URL(request.url).searchParams, [], {
    report: getChecksReport,
    slugs: listReleaseSlugs,
  });
  if (!req.ok) return dataError(req.status, req.error);
  return respondCached(
    request,
    memo.get(slug, () => checksJsonBody(req.report)),
  );
}
