import { getDataset } from "@/lib/dataset";
import { getRelease, listReleaseSlugs } from "@/lib/releases";
import { rankView } from "@/lib/charts/rank";
import { rankQuerySchema } from "@/lib/schema/rank-query";
import { parseSearchParams } from "@/lib/query-params";
import { jsonError } from "@/lib/http";

const KNOWN = ["from", "to"] as const;

/** Monthly ranks of the release's partner, Canada and China among all US partners (JSON), for the dashboard's range. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const release = getRelease(slug);
  if (!release) return jsonError(404, { error: `No release "${slug}".`, parameter: "slug", allowed: listReleaseSlugs() });
  const parsed = parseSearchParams(rankQuerySchema, new URL(request.url).searchParams, KNOWN, { from: ["YYYY-MM"], to: ["YYYY-MM"] });
  if (!parsed.ok) return jsonError(400, parsed.error);
  return Response.json({ rows: rankView(getDataset(), release, undefined, parsed.value).history });
}
