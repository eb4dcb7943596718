import type { z } from "zod";
import type { ApiError } from "./errors";
import { readQuery } from "./read-query";

export type ParamsResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A parameter's name as an error may repeat it: only a plain word is echoed back, never a hostile key. */
export function shownParameterName(key: string): string {
  return /^[\w-]{1,40}$/.test(key) ? key : "(not shown)";
}

/**
 * Validates URL search parameters against a zod object schema (through readQuery): an unknown key, a repeated key or
 * a bad value gives an error that names the parameter and what is allowed.
 */
export function parseSearchParams<S extends z.ZodType>(
  schema: S,
  params: URLSearchParams,
  known: readonly string[],
  allowedValues: Record<string, readonly string[]> = {},
): ParamsResult<z.infer<S>> {
  const read = readQuery<z.infer<S>>(params, schema, { known });
  if (read.ok) return read;
  const p = read.problem;
  const allowed = (key: string) => (allowedValues[key] ? { allowed: allowedValues[key] } : {});
  if (p.kind === "unknown") {
    const shown = shownParameterName(p.key);
    return { ok: false, error: { error: `Unknown parameter "${shown}".`, parameter: shown, allowed: known } };
  }
  if (p.kind === "repeated")
    return {
      ok: false,
      error: {
        error: `Parameter "${p.key}" is given ${p.count} times; give it once.`,
        parameter: p.key,
        ...allowed(p.key),
      },
    };
  const issue = p.issue;
  // zod's own enum message ("Invalid option: expected one of …") would read "expected Invalid option…"; name the
  // values.
  // A rule across parameters (a custom issue) says what is wrong in its own words; other issues say what is expected.
  const problem =
    issue?.code === "invalid_value"
      ? `expected one of ${(issue.values ?? []).map(String).join(", ")}`
      : issue?.code === "custom"
        ? issue.message
        : `expected ${issue?.message ?? "a valid value"}`;
  return { ok: false, error: { error: `Invalid "${p.key}": ${problem}.`, parameter: p.key, ...allowed(p.key) } };
}
