import { answerCheck, partnerCodes } from "@/lib/http/check-answer";
import { readCheckRequest } from "@/lib/http/check-request";
import { CORS_HEADERS } from "@/lib/http/cache";

const HEADERS = { ...CORS_HEADERS, "Cache-Control": "no-store" };

/** POST /api/check: { text, date, lang?, overrides? } → every figure of the text, read and checked. Nothing is kept. */
export async function POST(request: Request) {
  const read = await readCheckRequest(request, partnerCodes());
  if (!read.ok) return Response.json(read.error, { status: read.status, headers: HEADERS });
  const answer = answerCheck(read.value);
  if (!answer.ok) return Response.json(answer.error, { status: answer.status, headers: HEADERS });
  return Response.json(answer.result, { headers: HEADERS });
}

/** Other sites may POST JSON from the browser: the preflight allows it. */
export function OPTIONS() {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "POST, OPTIONS",
      "Access-Control-Allow-Headers": "Content-Type",
      "Access-Control-Max-Age": "86400",
    },
  });
}

/** A GET (a link followed, a typo) learns how to ask. */
export function GET() {
  return Response.json(
    { error: 'Use POST with a JSON body: { "text": "…", "date": "YYYY-MM-DD", "lang": "es" }.', allowed: ["POST"] },
    { status: 405, headers: { ...HEADERS, Allow: "POST, OPTIONS" } },
  );
}
