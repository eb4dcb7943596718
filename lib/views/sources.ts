import type { Dataset } from "../data/dataset";
import { clientBilingual } from "../i18n/client-messages";
import type { Source } from "../data/schema";
import type { Bilingual, ChartSource } from "./types";

export function toChartSource(s: Source): ChartSource {
  return { publisher: s.publisher, title: s.title, url: s.url, vintage: s.vintage, basis: s.basis };
}

/** The sources with these ids, in order, skipping unknown ids. */
export function chartSources(ds: Dataset, ids: readonly string[]): ChartSource[] {
  return [...new Set(ids)]
    .map((id) => ds.sources.get(id))
    .filter((s): s is Source => Boolean(s))
    .map(toChartSource);
}

/** "Fuente: U.S. Census Bureau, <title> (NSA, edición 2025-04); …" in both languages. */
export function sourceLine(sources: readonly ChartSource[], extra?: Bilingual): Bilingual {
  return clientBilingual((m, lang) => m.sourceLine([...(extra ? [extra[lang]] : []), ...sources.map(m.sourceOf)]));
}

export const MUSD_UNIT: Bilingual = clientBilingual((m) => m.musdUnit);
