import type { MeasureFlow, Perspective } from "../data/schema";
import type { Bilingual } from "../views/types";

const US: Bilingual = { es: "EUA", en: "the US" };

/**
 * A flow named from a perspective: seen from Mexico (mx) exports are Mexico's sales to the US; seen from the US,
 * US sales to the partner. Balance = exports − imports from the same side (a surplus is positive).
 */
export function flowLabel(flow: MeasureFlow, perspective: Perspective, partner: Bilingual): Bilingual {
  // English: "US exports" (attributive) but "Mexico's exports" ("Mexico exports to the US" would read as a sentence).
  const self = perspective === "us" ? { es: "EUA", en: "US" } : { es: partner.es, en: `${partner.en}'s` };
  const other = perspective === "us" ? partner : US;
  switch (flow) {
    case "exports":
      return { es: `Exportaciones de ${self.es} a ${other.es}`, en: `${self.en} exports to ${other.en}` };
    case "imports":
      return { es: `Importaciones de ${self.es} desde ${other.es}`, en: `${self.en} imports from ${other.en}` };
    case "balance":
      return {
        es: `Saldo de ${self.es} con ${other.es} (superávit +)`,
        en: `${self.en} balance with ${other.en} (surplus +)`,
      };
  }
}

/** Short flow names for legends and table headers. */
export const FLOW_SHORT: Record<MeasureFlow, Bilingual> = {
  exports: { es: "Exportaciones", en: "Exports" },
  imports: { es: "Importaciones", en: "Imports" },
  balance: { es: "Saldo", en: "Balance" },
};

/** A release figure stated from `from` seen from `to`: exports and imports swap sides, the balance changes sign. */
export function restate(flow: MeasureFlow, from: Perspective, to: Perspective): { flow: MeasureFlow; sign: 1 | -1 } {
  if (from === to) return { flow, sign: 1 };
  if (flow === "balance") return { flow, sign: -1 };
  return { flow: flow === "exports" ? "imports" : "exports", sign: 1 };
}
