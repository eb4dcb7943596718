import { getDataset } from "@/lib/data/get-dataset";
import { getRelease, listReleaseSlugs } from "@/lib/checks/release-checks";
import { rankView } from "@/lib/views/rank";
import { rankQuerySchema } from "@/lib/http/rank-query";
import { parseSearchParams } from "@/lib/http/query-params";
import { BodyMemo, cachedBody, corsPreflight, dataError, respondCached, unknownReleaseError } from "@/lib/http/cache";

const KNOWN = ["from", "to"] as const;

export const OPTIONS = corsPreflight;

const memo = new BodyMemo();

/** Monthly ranks of the release's partner, Canada and China among all US partners (JSON), for the dashboard's range. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const release = getRelease(slug);
  if (!release) return dataError(404, unknownReleaseError(slug, listReleaseSlugs()));
  const parsed = parseSearchParams(rankQuerySchema, new URL(request.url).searchParams, KNOWN, {
    from: ["YYYY-MM"],
    to: ["YYYY-MM"],
  });
  if (!parsed.ok) return dataError(400, parsed.error);
  const { from, to } = parsed.value;
  return respondCached(
    request,
    memo.get(`${slug}|${from}|${to}`, () =>
      cachedBody(
        JSON.stringify({ rows: rankView(getDataset(), release, undefined, { from, to }).history }),
        "application/json",
      ),
    ),
  );
}
