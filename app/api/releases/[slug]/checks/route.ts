import { getChecksReport, listReleaseSlugs } from "@/lib/releases";
import { jsonError } from "@/lib/http";

export function generateStaticParams() {
  return listReleaseSlugs().map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const report = getChecksReport(slug);
  if (!report) return jsonError(404, { error: `No release "${slug}".`, parameter: "slug", allowed: listReleaseSlugs() });
  return Response.json(report);
}
