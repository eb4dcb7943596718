import { getDataset } from "@/lib/data/get-dataset";
import { getChecksReport, listReleaseSlugs } from "@/lib/checks/release-checks";
import { readChecksRequest } from "@/lib/http/downloads/checks-request";
import { checksXlsxBody } from "@/lib/http/downloads/checks-responses";
import { AsyncBodyMemo, corsPreflight, dataError, respondCached } from "@/lib/http/cache";

export const OPTIONS = corsPreflight;

const memo = new AsyncBodyMemo(50);

/** The rows of checks.csv as an XLSX workbook (Data and About sheets); `lang` and `perspective` as on the CSV. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const req = readChecksRequest(slug, new URL(request.url).searchParams, ["lang", "perspective"], {
    report: getChecksReport,
    slugs: listReleaseSlugs,
  });
  if (!req.ok) return dataError(req.status, req.error);
  const { report, lang, perspective } = req;
  const ds = getDataset();
  return respondCached(
    request,
    await memo.get(`${slug}|${lang}|${perspective}`, () =>
      checksXlsxBody(report, lang, ds.partners, ds.sources, perspective),
    ),
  );
}
