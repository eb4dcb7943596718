import { releaseIndexRows } from "@/lib/checks/release-index-server";
import { releasesAtom } from "@/lib/render/atom-feed";
import { publicOrigin } from "@/lib/http/origin";
import { jsonError } from "@/lib/http/errors";

/** GET /releases/feed.xml[?lang=en]: every release as an Atom feed, newest first. */
export function GET(request: Request): Response {
  const lang = new URL(request.url).searchParams.get("lang") ?? "es";
  if (lang !== "es" && lang !== "en")
    return jsonError(400, {
      error: `lang must be es or en, got ${JSON.stringify(lang.slice(0, 20))}`,
      parameter: "lang",
      allowed: ["es", "en"],
    });
  return new Response(releasesAtom(releaseIndexRows(), publicOrigin(request), lang), {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
