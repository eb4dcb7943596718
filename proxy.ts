import { NextResponse, type NextRequest } from "next/server";
import { pageCacheControl } from "./lib/page-cache";

// Two jobs before any route runs: a path with broken percent-encoding ("%E0%A4%A") would make Next's router fail
// with a 500, so it gets a 400 that says so (JSON, like every other data error); and dashboard pages get a
// Cache-Control a CDN can use (lib/page-cache.ts).
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    const response = NextResponse.next();
    // Dashboard pages are rendered per request (their view is in the query string); let a CDN keep them like the data.
    const cacheControl = pageCacheControl(request.nextUrl.pathname, request.headers.has("rsc"));
    if (cacheControl) response.headers.set("Cache-Control", cacheControl);
    return response;
  } catch {
    const body = { error: "The path is not valid percent-encoded UTF-8.", parameter: "path" };
    return NextResponse.json(body, { status: 400, headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } });
  }
}

// Only page and API paths: static assets never reach the check.
export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
