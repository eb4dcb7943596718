/** JSON error bodies: what went wrong, which parameter, and what would have been accepted. */
export interface ApiError {
  error: string;
  parameter?: string;
  allowed?: readonly string[];
}

export function jsonError(status: number, body: ApiError): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** The 400 answer of a download request whose `partner` is no partner of the dataset. */
export function unknownPartner(code: string, allowed: readonly string[] | undefined) {
  return {
    ok: false as const,
    status: 400 as const,
    error: { error: `Unknown partner "${code}".`, parameter: "partner", allowed },
  };
}
