/** JSON error bodies: what went wrong, which parameter, and what would have been accepted. */
export interface ApiError {
  error: string;
  parameter?: string;
  allowed?: readonly string[];
}

export function jsonError(status: number, body: ApiError): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
