/**
 * Official values for any figure a text may claim — a level over one or more months, a change or growth between two
 * periods, a share of the World total, a rank among countries — from each vintage that has every month it needs.
 * Never a mix of vintages: each candidate comes from one vintage (and one basis) only.
 */
import type { Dataset } from "../data/dataset";
import { firstOfPeriod, seriesKey } from "../data/dataset";
import type { Basis, Flow, Observation } from "../data/schema";
import { vintageEnd } from "./vintage";

export type UsFlow = "us_exports" | "us_imports" | "balance" | "total";
export type FigureKind = "level" | "change" | "growth_pct" | "share_pct" | "rank";

export interface OfficialCandidate {
  value: number;
  vintage: string;
  sourceIds: string[];
  /** Rounding in the source itself (a first release quoted to $1M): half its last digit, per value used. */
  sourceRounding: number;
  /** The level the figure rests on ($M), for revision bounds. */
  level: number;
  partnerImports: number | null;
  /** For a change or growth: the two levels it compares (this period, the period compared); for a share, the
   * partner's level and the World's; in $M. */
  levels?: { now: OfficialCandidate; then: OfficialCandidate };
  /** A change or growth over a base from another vintage: the base as published before the text. */
  baseVintage?: string;
}

/**
 * The observation of one series, period and vintage: found in Dataset.byKey's list (sorted by period, then vintage) by
 * bisection, not through an index of its own. A map of every cell asked for grew the server by ~25 MiB once the
 * checks had asked for every partner, and a search of a few hundred observations costs about as little.
 */
function cellAt(list: readonly Observation[], period: string, vintage: string): Observation | undefined {
  let lo = firstOfPeriod(list, period);
  let found: Observation | undefined;
  // The last of a (period, vintage) stands, as the map it replaces kept it.
  for (let o = list[lo]; o && o.period === period; o = list[++lo]) if (o.vintage === vintage) found = o;
  return found;
}

const vintageCache = new WeakMap<Dataset, Map<string, ReadonlySet<string>>>();

/** The vintages a series has (a few dozen per series, so kept per dataset and series). */
function seriesVintageSet(ds: Dataset, key: string): ReadonlySet<string> {
  let perDs = vintageCache.get(ds);
  if (!perDs) vintageCache.set(ds, (perDs = new Map<string, ReadonlySet<string>>()));
  let set = perDs.get(key);
  if (!set) perDs.set(key, (set = new Set((ds.byKey.get(key) ?? []).map((o) => o.vintage))));
  return set;
}

function quotedRounding(value: number): number {
  const decimals = /\.(\d+)$/.exec(String(value))?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}

interface FlowSum {
  value: number;
  sourceIds: Set<string>;
  rounding: number;
}

function sumFlow(
  ds: Dataset,
  partner: string,
  flow: Flow,
  basis: Basis,
  months: readonly string[],
  vintage: string,
): FlowSum | null {
  const key = seriesKey(partner, flow, basis);
  if (!seriesVintageSet(ds, key).has(vintage)) return null;
  const list = ds.byKey.get(key) ?? [];
  let value = 0;
  let rounding = 0;
  const sourceIds = new Set<string>();
  for (const m of months) {
    const c = cellAt(list, m, vintage);
    if (!c) return null;
    value += c.value;
    if (c.kind === "reported") rounding += quotedRounding(c.value);
    sourceIds.add(c.sourceId);
  }
  return { value, sourceIds, rounding };
}

export interface LevelQuery {
  partner: string;
  flow: UsFlow;
  basis: Basis;
  months: readonly string[];
}

function flowsOf(flow: UsFlow): Flow[] {
  return flow === "us_exports" ? ["exports"] : flow === "us_imports" ? ["imports"] : ["exports", "imports"];
}

function vintagesFor(ds: Dataset, partner: string, flow: UsFlow, basis: Basis): string[] {
  const sets = flowsOf(flow).map((f) => seriesVintageSet(ds, seriesKey(partner, f, basis)));
  const [first, ...rest] = sets;
  return [...(first ?? [])].filter((v) => rest.every((s) => s.has(v)));
}

/** The level in one vintage: a flow, or balance/total from both flows of that same vintage. */
export function levelIn(ds: Dataset, q: LevelQuery, vintage: string): OfficialCandidate | null {
  const e = q.flow === "us_imports" ? null : sumFlow(ds, q.partner, "exports", q.basis, q.months, vintage);
  const i = sumFlow(ds, q.partner, "imports", q.basis, q.months, vintage);
  if (q.flow !== "us_imports" && !e) return null;
  if (q.flow !== "us_exports" && !i) return null;
  const ev = e?.value ?? 0;
  const iv = i?.value ?? 0;
  const value = q.flow === "us_exports" ? ev : q.flow === "us_imports" ? iv : q.flow === "balance" ? ev - iv : ev + iv;
  const sourceIds = [...new Set([...(e?.sourceIds ?? []), ...(q.flow === "us_exports" ? [] : (i?.sourceIds ?? []))])];
  const rounding =
    (q.flow === "us_imports" ? 0 : (e?.rounding ?? 0)) + (q.flow === "us_exports" ? 0 : (i?.rounding ?? 0));
  return { value, vintage, sourceIds, sourceRounding: rounding, level: value, partnerImports: i ? iv : null };
}

export interface FigureQuery extends LevelQuery {
  kind: FigureKind;
  compareMonths?: readonly string[];
  /**
   * The text's date: a change or growth may also be over the compared period as published before it (the base the
   * outlet had), with the latest level; such a candidate names both vintages, never passing for one.
   */
  baseBefore?: string;
}

const candidateCache = new WeakMap<Dataset, Map<string, OfficialCandidate[]>>();

/** Every vintage's value for the figure, oldest vintage first. Memoised per dataset (bounded). */
export function officialCandidates(ds: Dataset, q: FigureQuery): OfficialCandidate[] {
  let perDs = candidateCache.get(ds);
  if (!perDs) candidateCache.set(ds, (perDs = new Map<string, OfficialCandidate[]>()));
  const key = [
    q.kind,
    q.partner,
    q.flow,
    q.basis,
    q.months.join(","),
    q.compareMonths?.join(",") ?? "",
    q.baseBefore ?? "",
  ].join("|");
  const hit = perDs.get(key);
  if (hit) return hit;
  if (perDs.size > 20_000) perDs.clear();
  const found = computeCandidates(ds, q);
  perDs.set(key, found);
  return found;
}

function computeCandidates(ds: Dataset, q: FigureQuery): OfficialCandidate[] {
  const out: OfficialCandidate[] = [];
  if (q.kind === "rank") return rankCandidates(ds, q);
  const vintages = vintagesFor(ds, q.partner, q.flow, q.basis).sort();
  for (const v of vintages) {
    const now = levelIn(ds, q, v);
    if (!now) continue;
    if (q.kind === "level") {
      out.push(now);
    } else if (q.kind === "change" || q.kind === "growth_pct") {
      if (!q.compareMonths?.length) continue;
      const then = levelIn(ds, { ...q, months: q.compareMonths }, v);
      if (!then) continue;
      if (q.kind === "change") {
        out.push({
          ...now,
          value: now.value - then.value,
          sourceRounding: now.sourceRounding + then.sourceRounding,
          levels: { now, then },
        });
      } else if (then.value !== 0) {
        out.push({ ...now, value: (now.value / then.value - 1) * 100, levels: { now, then } });
      }
    } else if (q.kind === "share_pct") {
      const world = levelIn(ds, { ...q, partner: "0015" }, v);
      if (world && world.value !== 0)
        out.push({ ...now, value: (now.value / world.value) * 100, levels: { now, then: world } });
    }
  }
  const baseBefore = q.baseBefore;
  if ((q.kind === "change" || q.kind === "growth_pct") && q.compareMonths?.length && baseBefore) {
    for (const v2 of vintages) {
      if (vintageEnd(v2) >= baseBefore) continue;
      const then = levelIn(ds, { ...q, months: q.compareMonths }, v2);
      if (!then) continue;
      for (const v1 of vintages) {
        if (v1 === v2) continue;
        const now = levelIn(ds, q, v1);
        if (!now) continue;
        const value =
          q.kind === "change" ? now.value - then.value : then.value !== 0 ? (now.value / then.value - 1) * 100 : NaN;
        if (!Number.isFinite(value)) continue;
        out.push({
          ...now,
          value,
          sourceRounding: q.kind === "change" ? now.sourceRounding + then.sourceRounding : 0,
          sourceIds: [...new Set([...now.sourceIds, ...then.sourceIds])],
          levels: { now, then },
          baseVintage: v2,
        });
      }
    }
  }
  return out;
}

/** Rank among single countries (codes ≥ 1000) by the flow over the months, in each all-country vintage. */
const rankCache = new WeakMap<Dataset, Map<string, Array<{ partner: string; value: number }>>>();

function rankRows(ds: Dataset, q: FigureQuery, vintage: string): Array<{ partner: string; value: number }> {
  let perDs = rankCache.get(ds);
  if (!perDs) rankCache.set(ds, (perDs = new Map<string, Array<{ partner: string; value: number }>>()));
  const flow = q.flow === "balance" ? "total" : q.flow;
  const key = `${flow}|${q.basis}|${vintage}|${q.months.join(",")}`;
  const hit = perDs.get(key);
  if (hit) return hit;
  const rows: Array<{ partner: string; value: number }> = [];
  for (const code of ds.partners.keys()) {
    if (Number(code) < 1000) continue;
    const c = levelIn(ds, { ...q, partner: code, flow }, vintage);
    if (c) rows.push({ partner: code, value: c.value });
  }
  rows.sort((a, b) => b.value - a.value);
  perDs.set(key, rows);
  return rows;
}

function rankCandidates(ds: Dataset, q: FigureQuery): OfficialCandidate[] {
  const out: OfficialCandidate[] = [];
  const files = ds.manifest.series.filter((s) => s.basis === q.basis);
  for (const file of files) {
    const rows = rankRows(ds, q, file.vintage);
    if (rows.length < 20) continue;
    const at = rows.findIndex((r) => r.partner === q.partner);
    if (at < 0) continue;
    out.push({
      value: at + 1,
      vintage: file.vintage,
      sourceIds: [file.sourceId],
      sourceRounding: 0,
      level: rows[at]?.value ?? 0,
      partnerImports: null,
    });
  }
  return out;
}
