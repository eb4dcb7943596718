/**
 * The reader's corrections to checkText's reading: a figure's period, basis, flow or partner set by hand, and that
 * figure checked again against the official series. The override hook of the /check page and POST /api/check; the
 * text's identities that lean on a corrected figure are dropped, since their figures no longer share one reading.
 */
import type { Dataset } from "../data/dataset";
import type { Bilingual } from "../data/release-schema";
import { checkFigure } from "../checks/check-figure";
import { engineBilingual } from "../i18n/engine-messages";
import { clean } from "../checks/rounding";
import { addMonths } from "./periods";
import type { CheckedFigure, CheckTextResult } from "./schema";

export type UsFlowChoice = "us_exports" | "us_imports" | "balance" | "total";

export interface FigureOverride {
  /** Index into the result's `figures`. */
  figure: number;
  months?: string[];
  basis?: "SA" | "NSA";
  flow?: UsFlowChoice;
  partner?: string;
}

const BY_READER: Bilingual = engineBilingual((e) => e.chosenByReader);

const monthDiff = (a: string, b: string) =>
  (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5)) - Number(a.slice(5));

/** Applies each override that names a claim and changes something; others are ignored (the result says which held). */
export function applyOverrides(
  ds: Dataset,
  result: CheckTextResult,
  overrides: readonly FigureOverride[],
  date: string,
): { result: CheckTextResult; applied: number[] } {
  const figures = [...result.figures];
  const applied: number[] = [];
  const truncates = result.figures.some((f) => f.rounding === "truncated");
  const fullDate = /^\d{4}$/.test(date) ? `${date}-12-31` : /^\d{4}-\d{2}$/.test(date) ? `${date}-28` : date;
  for (const o of overrides) {
    const f = figures[o.figure];
    if (!f?.claim || !f.months || !f.kind || !f.partner || !f.flow || !f.basis || f.value === undefined) continue;
    const months = o.months && o.months.length > 0 ? o.months : f.months;
    const changed =
      months.join() !== f.months.join() ||
      (o.basis !== undefined && o.basis !== f.basis) ||
      (o.flow !== undefined && o.flow !== f.flow) ||
      (o.partner !== undefined && o.partner !== f.partner);
    if (!changed) continue;
    // A compared period moves with the figure's own period.
    const last = f.months.at(-1);
    const shift = last && months.at(-1) ? monthDiff(last, months.at(-1) ?? last) : 0;
    const compareMonths = f.compareMonths?.map((m) => addMonths(m, shift));
    const next = {
      partner: o.partner ?? f.partner,
      flow: o.flow ?? f.flow,
      basis: o.basis ?? f.basis,
    };
    const c = checkFigure(ds, {
      ...next,
      months,
      ...(compareMonths ? { compareMonths } : {}),
      kind: f.kind,
      value: f.value,
      precision: f.precision ?? 1,
      ...(f.bound ? { bound: f.bound } : {}),
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      date: fullDate,
      truncates,
    });
    const reasons = { ...f.reasons };
    if (months.join() !== f.months.join()) reasons.period = BY_READER;
    if (next.basis !== f.basis) reasons.basis = BY_READER;
    if (next.flow !== f.flow) reasons.flow = BY_READER;
    if (next.partner !== f.partner) reasons.partner = BY_READER;
    const source = c.sourceIds.flatMap((id) => {
      const s = ds.sources.get(id);
      return s ? [{ id: s.id, title: s.title, url: s.url, vintage: s.vintage }] : [];
    });
    const fixed: CheckedFigure = {
      ...f,
      ...next,
      months,
      ...(compareMonths ? { compareMonths } : {}),
      reasons,
      verdict: c.verdict,
      official: c.official,
      delta: c.delta,
      tolerance: clean(c.tolerance),
      vintage: c.vintage,
      source,
      rounding: c.fit,
      explanation: c.explanation,
    };
    figures[o.figure] = fixed;
    applied.push(o.figure);
  }
  const touched = new Set(applied);
  const identities = result.identities.filter((i) => !touched.has(i.result) && !i.inputs.some((x) => touched.has(x)));
  return { result: { ...result, figures, identities }, applied };
}
