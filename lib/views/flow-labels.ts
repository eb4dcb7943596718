import type { MeasureFlow, Perspective } from "../data/schema";
import { clientBilingual } from "../i18n/client-messages";
import type { Bilingual } from "./types";

/**
 * A flow named from a perspective: seen from Mexico (mx) exports are Mexico's sales to the US; seen from the US,
 * US sales to the partner. Balance = exports − imports from the same side (a surplus is positive).
 */
export function flowLabel(flow: MeasureFlow, perspective: Perspective, partner: Bilingual): Bilingual {
  return clientBilingual((m, lang) => {
    const self = perspective === "us" ? m.usSelf : m.selfName(partner[lang]);
    const other = perspective === "us" ? partner[lang] : m.us;
    return m.flowLabel[flow](self, other);
  });
}

/** Short flow names for legends and table headers. */
export const FLOW_SHORT: Record<MeasureFlow, Bilingual> = {
  exports: clientBilingual((m) => m.flowShort.exports),
  imports: clientBilingual((m) => m.flowShort.imports),
  balance: clientBilingual((m) => m.flowShort.balance),
};
