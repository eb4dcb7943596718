/** The reachable marks (`.pt`) a widget page draws, with their attributes, read from the server HTML. */
export interface Mark {
  tag: string;
  attrs: Record<string, string>;
}

export function readMarks(page: string): Mark[] {
  const marks: Mark[] = [];
  for (const [, tag, rest] of page.matchAll(/<(rect|path|g)\s([^>]*)>/g)) {
    const attrs = Object.fromEntries(
      [...(rest ?? "").matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k ?? "", v ?? ""]),
    );
    if ((attrs.class ?? "").split(" ").includes("pt")) marks.push({ tag: tag ?? "", attrs });
  }
  return marks;
}

export function valuesByKey(page: string): Map<string, number | null> {
  return new Map(
    readMarks(page).map((m) => [
      m.attrs["data-key"] ?? "",
      m.attrs["data-value"] === "" ? null : Number(m.attrs["data-value"]),
    ]),
  );
}
