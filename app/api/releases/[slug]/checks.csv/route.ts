import { getDataset } from "@/lib/data/get-dataset";
import { getChecksReport, listReleaseSlugs } from "@/lib/checks/release-checks";
import { readChecksRequest } from "@/lib/http/downloads/checks-request";
import { checksCsvBody } from "@/lib/http/downloads/checks-responses";
import { BodyMemo, corsPreflight, dataError, respondCached } from "@/lib/http/cache";

export const OPTIONS = corsPreflight;

const memo = new BodyMemo(50);

/**
 * One row per claim and identity of a release; `lang` for the explanations, `bom=1` for Excel, `perspective` to
 * restate.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const req = readChecksRequest(slug, new URL(request.url).searchParams, ["lang", "bom", "perspective"], {
    report: getChecksReport,
    slugs: listReleaseSlugs,
  });
  if (!req.ok) return dataError(req.status, req.error);
  const { report, lang, bom, perspective } = req;
  return respondCached(
    request,
    memo.get(`${slug}|${lang}|${bom}|${perspective}`, () =>
      checksCsvBody(report, lang, bom, getDataset().partners, perspective),
    ),
  );
}
