import type { Flow, MeasureFlow, Perspective } from "./schema";

/**
 * The US (Census) flow behind a flow named from a perspective. Seen from Mexico, Mexico's exports
 * are US imports from Mexico, and Mexico's surplus is the US deficit.
 */
export function usFlowOf(flow: Flow, perspective: Perspective): Flow {
  if (perspective === "us") return flow;
  return flow === "exports" ? "imports" : "exports";
}

/** A value named from `perspective`, given the US exports and imports for the same month. */
export function valueFromPerspective(
  measure: MeasureFlow | "total",
  perspective: Perspective,
  us: { exports: number; imports: number },
): number {
  const exports = perspective === "us" ? us.exports : us.imports;
  const imports = perspective === "us" ? us.imports : us.exports;
  switch (measure) {
    case "exports":
      return exports;
    case "imports":
      return imports;
    case "balance":
      return exports - imports;
    case "total":
      return exports + imports;
  }
}

/** A release figure stated from `from` seen from `to`: exports and imports swap sides, the balance changes sign. */
export function restate(flow: MeasureFlow, from: Perspective, to: Perspective): { flow: MeasureFlow; sign: 1 | -1 } {
  if (from === to) return { flow, sign: 1 };
  if (flow === "balance") return { flow, sign: -1 };
  return { flow: flow === "exports" ? "imports" : "exports", sign: 1 };
}

/**
 * The World totals (seasonally adjusted and not): the World has no side of its own to see a figure from, so a figure
 * of it is shown as stated, never restated ("the World's imports from the US").
 */
const WORLD_CODES: ReadonlySet<string> = new Set(["0004", "0015"]);
export const hasSideOfItsOwn = (partner: string): boolean => !WORLD_CODES.has(partner);
