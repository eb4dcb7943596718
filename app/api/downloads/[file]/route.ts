import { getCommonDownloads } from "@/lib/export/all-data-server";
import { dataError, echoSegment, respondCached } from "@/lib/http/cache";

// Built at `next build` (one file per name below) and served as is: no work per request.
export const dynamic = "force-static";

export function generateStaticParams() {
  return [...getCommonDownloads().keys()].map((file) => ({ file }));
}

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const entry = getCommonDownloads().get(file);
  if (!entry)
    return dataError(404, {
      error: `No ${echoSegment(file, "prebuilt download")}.`,
      parameter: "file",
      allowed: [...getCommonDownloads().keys()],
    });
  return respondCached(request, entry);
}
