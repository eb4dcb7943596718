import { answerCheck, partnerCodes } from "@/lib/http/check-answer";
import { readCheckRequest } from "@/lib/http/check-request";
import { CORS_HEADERS } from "@/lib/http/cache";

const HEADERS = { ...CORS_HEADERS, "Cache-Control": "no-store", "Content-Type": "application/json" };

/** JSON with <, > and & escaped: the same value, and text quoted from the input can never read as markup. */
function json(body: unknown, status = 200, extra: Record<string, string> = {}): Response {
  const text = JSON.stringify(body).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return new Response(text, { status, headers: { ...HEADERS, ...extra } });
}

/**
 * POST /api/check: { text, date, lang?, overrides? } → every figure of the text, read and checked. Nothing is kept.
 */
export async function POST(request: Request) {
  const t0 = performance.now();
  // The server's own time for the answer (reading, checking, writing), for clients and the benchmark to see.
  const timing = () => ({ "Server-Timing": `check;dur=${(performance.now() - t0).toFixed(1)}` });
  const read = await readCheckRequest(request, partnerCodes());
  if (!read.ok) return json(read.error, read.status, timing());
  const answer = answerCheck(read.value);
  if (!answer.ok) return json(answer.error, answer.status, timing());
  const body = json(answer.result);
  body.headers.set("Server-Timing", timing()["Server-Timing"]);
  return body;
}

/** Other sites may POST JSON from the browser: the preflight allows it. */
export function OPTIONS() {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Expose-Headers": "Server-Timing",
      "Access-Control-Allow-Methods": "POST, OPTIONS",
      "Access-Control-Allow-Headers": "Content-Type",
      "Access-Control-Max-Age": "86400",
    },
  });
}

/** A GET (a link followed, a typo) learns how to ask. */
export function GET() {
  const error = 'Use POST with a JSON body: { "text": "…", "date": "YYYY-MM-DD", "lang": "es" }.';
  return json({ error, allowed: ["POST"] }, 405, { Allow: "POST, OPTIONS" });
}
