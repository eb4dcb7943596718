import { NextResponse, type NextRequest } from "next/server";

// A path with broken percent-encoding ("%E0%A4%A") makes Next's router fail with a 500 before any route runs;
// answer it here with a 400 that says so (JSON under /api, like every other data error).
// An unknown release's dashboard page goes to Next's 404 for unmatched paths: notFound() in a page rendered per
// request sends a 404 whose HTML is an empty shell until JavaScript runs (Next issue #62228), a blank page without it.
const RELEASE_PAGE = /^\/releases\/([^/]+)\/?$/;
const RELEASE_SLUGS = new Set((process.env.BALANZA_RELEASE_SLUGS ?? "").split(","));
// The library's own files under /releases/ that are not a release: its Atom feed.
const LIBRARY_FILES = new Set(["feed.xml"]);
// The dashboard views `next build` generated (app/static-views): served only through `/` and `/releases/{slug}`,
// which next.config.ts rewrites to them (after this check, which sees the path as requested).
const STATIC_VIEWS = "/static-views/";

export function proxy(request: NextRequest) {
  try {
    const { pathname } = request.nextUrl;
    decodeURIComponent(pathname);
    // Matched on the path as sent: a slug may hold an encoded "/" (%2F), which is still one segment.
    const release = RELEASE_PAGE.exec(pathname);
    const segment = decodeURIComponent(release?.[1] ?? "");
    if ((release && !RELEASE_SLUGS.has(segment) && !LIBRARY_FILES.has(segment)) || pathname.startsWith(STATIC_VIEWS))
      return NextResponse.rewrite(new URL("/_unknown-release", request.url));
    return NextResponse.next();
  } catch {
    const body = { error: "The path is not valid percent-encoded UTF-8.", parameter: "path" };
    return NextResponse.json(body, {
      status: 400,
      headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" },
    });
  }
}

// Only page and API paths: static assets never reach the check.
export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
