/** The charts of a release's other figures (lib/views/claimed-figures.ts). */
export type ClaimedChart = "claimed-levels" | "claimed-growth" | "claimed-shares";
export const CLAIMED_CHARTS: readonly ClaimedChart[] = ["claimed-levels", "claimed-growth", "claimed-shares"];

import type { Source } from "../data/schema";
import type { Bilingual } from "../data/release-schema";
import type { CheckStatus } from "../checks/schema";

export type { Bilingual };

/** One source a chart draws from: who published it, which vintage, on which basis. */
export type ChartSource = Pick<Source, "publisher" | "title" | "url" | "vintage" | "basis">;

/**
 * What every chart carries besides its numbers, so any renderer (recharts, a server-drawn SVG) titles,
 * labels and sources it the same way. `unit` names the unit of every value in the view (musd = millions of US dollars).
 */
export interface ChartMeta {
  id: "release-month" | "bridge" | "series" | "rank" | ClaimedChart;
  title: Bilingual;
  /** The unit as a reader sees it, e.g. "millones de dólares (mdd)". */
  unit: Bilingual;
  valueUnit: "musd" | "rank" | "percent";
  sources: ChartSource[];
  /** One line: "Fuente: U.S. Census Bureau … (SA, edición 2025-04)". */
  sourceLine: Bilingual;
  /** Where the period or basis is an inference (or a figure is quoted rather than checked against a file). */
  notes: Bilingual[];
}

/** Links a drawn element to a figure in the release text and to its rows in the checks table. */
export interface FigureLink {
  /** The release claim id ("exports", "balance"…), null when the element states no figure of the release. */
  claimId: string | null;
  /** Check result ids ("claim-exports", "identity-balance"…). */
  checkIds: string[];
  /** The status of the claim's own check, if any: renderers show it by icon and word, never colour alone. */
  status: CheckStatus | null;
}
