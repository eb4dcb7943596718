import { getChecksReport, listReleaseSlugs } from "@/lib/releases";
import { jsonError } from "@/lib/http";

export function generateStaticParams() {
  return listReleaseSlugs().map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const report = getChecksReport(slug);
  // A slug is echoed only when it looks like one: hostile input is never reflected.
  if (!report) return jsonError(404, { error: /^[a-z0-9-]{1,80}$/.test(slug) ? `No release "${slug}".` : "No such release.", parameter: "slug", allowed: listReleaseSlugs() });
  return Response.json(report);
}
