import { NextResponse, type NextRequest } from "next/server";

// A path with broken percent-encoding ("%E0%A4%A") makes Next's router fail with a 500 before any route runs;
// answer it here with a 400 that says so (JSON under /api, like every other data error).
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    const body = { error: "The path is not valid percent-encoded UTF-8.", parameter: "path" };
    return NextResponse.json(body, { status: 400, headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } });
  }
}

// Only page and API paths: static assets never reach the check.
export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
