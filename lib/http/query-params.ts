import type { z } from "zod";
import type { ApiError } from "./errors";

export type ParamsResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A parameter's name as an error may repeat it: only a plain word is echoed back, never a hostile key. */
export function shownParameterName(key: string): string {
  return /^[\w-]{1,40}$/.test(key) ? key : "(not shown)";
}

/**
 * Validates URL search parameters against a zod object schema: an unknown key, a repeated key or a bad value
 * gives an error that names the parameter and what is allowed.
 */
export function parseSearchParams<S extends z.ZodType>(
  schema: S,
  params: URLSearchParams,
  known: readonly string[],
  allowedValues: Record<string, readonly string[]> = {},
): ParamsResult<z.infer<S>> {
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (!known.includes(key)) {
      const shown = shownParameterName(key);
      return { ok: false, error: { error: `Unknown parameter "${shown}".`, parameter: shown, allowed: known } };
    }
    const values = params.getAll(key);
    if (values.length > 1)
      return {
        ok: false,
        error: {
          error: `Parameter "${key}" is given ${values.length} times; give it once.`,
          parameter: key,
          ...(allowedValues[key] ? { allowed: allowedValues[key] } : {}),
        },
      };
    raw[key] = values[0] ?? "";
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const parameter = String(issue?.path[0] ?? "");
  // zod's own enum message ("Invalid option: expected one of …") would read "expected Invalid option…"; name the values.
  // A rule across parameters (a custom issue) says what is wrong in its own words; other issues say what is expected.
  const problem =
    issue?.code === "invalid_value"
      ? `expected one of ${issue.values.map(String).join(", ")}`
      : issue?.code === "custom"
        ? issue.message
        : `expected ${issue?.message ?? "a valid value"}`;
  return {
    ok: false,
    error: {
      error: `Invalid "${parameter}": ${problem}.`,
      parameter,
      ...(allowedValues[parameter] ? { allowed: allowedValues[parameter] } : {}),
    },
  };
}
