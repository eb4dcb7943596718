import type { z } from "zod";
import type { DataIssue } from "./errors";

function pathToField(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    "",
  );
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Validates `input` with `schema`; on failure adds one issue per zod issue, naming the JSON path as the field. */
export function parseWithIssues<T extends z.ZodType>(
  schema: T,
  input: unknown,
  file: string,
  issues: DataIssue[],
  line?: number,
): z.infer<T> | undefined {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const got = valueAt(input, issue.path);
    issues.push({
      file,
      line,
      field: pathToField(issue.path) || undefined,
      expected: issue.message,
      got: got === undefined ? undefined : typeof got === "string" ? got : JSON.stringify(got),
    });
  }
  return undefined;
}
