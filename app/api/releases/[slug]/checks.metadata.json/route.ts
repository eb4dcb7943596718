import { getDataset } from "@/lib/data/get-dataset";
import { getChecksReport, listReleaseSlugs } from "@/lib/checks/release-checks";
import { readChecksRequest } from "@/lib/http/downloads/checks-request";
import { checksMetadataBody } from "@/lib/http/downloads/checks-responses";
import { BodyMemo, corsPreflight, dataError, respondCached } from "@/lib/http/cache";

export const OPTIONS = corsPreflight;

const memo = new BodyMemo(50);

/** The companion of checks.csv: title, units, sources and vintage, citation, licence, query. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const req = readChecksRequest(slug, new URL(request.url).searchParams, ["lang", "perspective"], {
    report: getChecksReport,
    slugs: listReleaseSlugs,
  });
  if (!req.ok) return dataError(req.status, req.error);
  const { report, lang, perspective } = req;
  return respondCached(
    request,
    memo.get(`${slug}|${lang}|${perspective}`, () =>
      checksMetadataBody(report, lang, getDataset().sources, perspective),
    ),
  );
}
