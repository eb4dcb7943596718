/**
 * A computed value (a balance, a total) names the sources of its two flows: one id where both come from one file,
 * "a+b" where they are two files of one vintage. The one place that writes and reads that convention.
 */
export function joinSourceIds(a: string, b: string): string {
  return a === b ? a : `${a}+${b}`;
}

/** The source ids a value's `sourceId` names. */
export function splitSourceId(sourceId: string): string[] {
  return sourceId.split("+");
}

/** The titles of the sources a value names, "A + B" for two; an unknown id stands for itself. */
export function sourceTitles(sourceId: string, titleOf: (id: string) => string | undefined): string {
  return splitSourceId(sourceId)
    .map((id) => titleOf(id) ?? id)
    .join(" + ");
}
