// The one query-string reader: the JSON API, the widget and the dashboard (server and browser) read their
// parameters through it, each with its own schema. No zod import here: the server's schemas are zod, the browser's
// zod/mini, and both have safeParse.

/** A query string as a route gets it (URLSearchParams) or as a Next page gets it (already decoded, a key's values). */
export type QueryInput = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

/** The part of a zod (or zod/mini) issue the reader reports. */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  values?: readonly unknown[];
}

export interface QuerySchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/** What is wrong with a query string, for each surface to say in its own words and status. */
export type QueryProblem =
  | { kind: "unknown"; key: string }
  | { kind: "repeated"; key: string; count: number }
  /** `key` is the parameter the schema's first issue is about ("" when it names none). */
  | { kind: "invalid"; key: string; issue: SchemaIssue | undefined };

export type QueryResult<T> = { ok: true; value: T } | { ok: false; problem: QueryProblem };

export interface ReadOptions {
  /** The keys the surface accepts; any other is a problem, or ignored (`unknown: "ignore"`, the dashboard). */
  known?: readonly string[];
  unknown?: "refuse" | "ignore";
  /**
   * A key given twice is a problem, or read by its first or its last value (`repeated: "last"`, the dashboard, as
   * Next's rewrites read a query: next.config.ts).
   */
  repeated?: "refuse" | "first" | "last";
}

function entries(input: QueryInput): Array<[string, readonly string[]]> {
  if (input instanceof URLSearchParams) return [...new Set(input.keys())].map((k) => [k, input.getAll(k)]);
  return Object.entries(input).flatMap(([k, v]): Array<[string, readonly string[]]> =>
    v === undefined ? [] : [[k, typeof v === "string" ? [v] : v]],
  );
}

/**
 * Reads a query string: each key once (in the order given), then the schema over { key: value }. The first
 * problem wins: an unknown key, a repeated key, or the schema's first issue.
 */
export function readQuery<T>(input: QueryInput, schema: QuerySchema<T>, opts: ReadOptions = {}): QueryResult<T> {
  const raw: Record<string, string> = {};
  for (const [key, values] of entries(input)) {
    if (opts.known && !opts.known.includes(key)) {
      if (opts.unknown === "ignore") continue;
      return { ok: false, problem: { kind: "unknown", key } };
    }
    if (values.length > 1 && opts.repeated !== "first" && opts.repeated !== "last")
      return { ok: false, problem: { kind: "repeated", key, count: values.length } };
    raw[key] = (opts.repeated === "last" ? values.at(-1) : values[0]) ?? "";
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, problem: { kind: "invalid", key: String(issue?.path[0] ?? ""), issue } };
}
