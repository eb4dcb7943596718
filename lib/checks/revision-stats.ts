import type { Basis, Flow, Observation } from "../data/schema";
import { isCountryCode } from "../data/schema";
import { compareVintages } from "../data/query-series";
import { clean } from "./rounding";

/** How long after the earlier publication the later one came, in months (vintage months). */
export const LAG_BUCKETS = ["0-12", "13-24", "25-60", "61+"] as const;
export type LagBucket = (typeof LAG_BUCKETS)[number];

/** A partner gets its own statistics from this many pairs on; below, the statistics of all partners stand for it. */
export const MIN_PAIRS = 30;
/** Pairs of the "all partners" groups count only figures of at least this many $M: a $0.3M series revised to $0.5M
 * (+67 %) says nothing about how Mexico's $40,000M move. */
export const ALL_PARTNERS_MIN_MUSD = 100;
/** Partners whose statistics are also split by lag (the ones Balanza's releases speak of). */
export const LAG_PARTNERS = ["2010", "1220", "5700"];

export interface RevisionPair {
  partner: string;
  flow: Flow;
  basis: Basis;
  period: string;
  earlier: { vintage: string; value: number };
  later: { vintage: string; value: number };
  /** |later − earlier| / earlier × 100. */
  percent: number;
  lagMonths: number;
}

export interface RevisionGroupStats {
  basis: Basis;
  flow: Flow;
  /** A Census code, or "all" (countries only, figures ≥ ALL_PARTNERS_MIN_MUSD). */
  partner: string;
  lag: LagBucket | "all";
  /** Pairs of vintages of the same series and month counted. */
  pairs: number;
  /** Of them, pairs whose values differ at all. */
  revised: number;
  /** Of |revision| in percent of the earlier value, over every pair (unchanged ones count as 0). */
  medianPercent: number;
  p95Percent: number;
  maxPercent: number;
  /** The same over revised pairs only (null when none was revised). */
  medianRevisedPercent: number | null;
  largest: Pick<RevisionPair, "partner" | "period" | "earlier" | "later" | "percent"> | null;
}

export interface RevisionStats {
  method: string;
  /** Every vintage the pairs come from. */
  vintages: string[];
  totalPairs: number;
  groups: RevisionGroupStats[];
}

function monthIndex(vintage: string): number {
  return Number(vintage.slice(0, 4)) * 12 + Number(vintage.slice(5, 7)) - 1;
}

export function lagBucket(months: number): LagBucket {
  return months <= 12 ? "0-12" : months <= 24 ? "13-24" : months <= 60 ? "25-60" : "61+";
}

/**
 * Half a unit of the last digit of a figure published rounded (whole millions as the 2016 ctyseasonal, one decimal as
 * FRED of 2017); 0 for one published at full precision (two decimals or more).
 */
export function publishedRounding(value: number): number {
  if (Number.isInteger(value)) return 0.5;
  const size = Math.abs(value);
  // Without writing the value out (once per observation, ~400,000 strings): one digit after the point if the nearest
  // tenth is the value itself. Only where tenths are beyond a double's precision, or the shortest decimal is in
  // exponent form ("1e-7": no digits after a point), is it written out.
  if (size >= 1e-6 && size < 1e14) return Math.round(value * 10) / 10 === value ? 0.05 : 0;
  const text = String(value);
  const point = text.indexOf(".");
  const decimals = point < 0 || text.includes("e") ? 0 : text.length - point - 1;
  return decimals >= 2 ? 0 : 0.5 * 10 ** -decimals;
}

type PairVisitor = (a: Observation, b: Observation, percent: number, lagMonths: number) => void;

/**
 * Calls `visit` for every pair (earlier, later) of official vintages of the same series and month, the earlier value
 * above 0, with the revision in percent and the months between the two publications. A difference no larger than the
 * rounding of the two figures is no revision (percent 0): 22,692 (whole millions) and 22,692.3 are the same figure.
 * It builds no object per pair (there are some 200,000) nor per observation (400,000): the statistics read the numbers
 * as they come, and the month's lists are reused.
 */
function visitPairs(series: Iterable<readonly Observation[]>, visit: PairVisitor): void {
  const walk: MonthWalk = { month: [], rounding: [], monthIndex: new Map() };
  const flush = () => {
    if (walk.month.length >= 2) visitMonth(walk, visit);
    walk.month.length = 0;
  };
  // Each list is one series (partner, flow, basis) sorted by period, as Dataset.byKey holds them.
  for (const list of series) {
    for (const o of list) {
      if (o.kind !== "official") continue;
      if (walk.month.length && walk.month[0]?.period !== o.period) flush();
      walk.month.push(o);
    }
    flush();
  }
}

interface MonthWalk {
  /** The official observations of one series and month. */
  month: Observation[];
  /** publishedRounding of each, once the month is in publication order. */
  rounding: number[];
  /** A few dozen vintages recur over 400,000 observations: each one's month is computed once. */
  monthIndex: Map<string, number>;
}

function vintageMonth(walk: MonthWalk, vintage: string): number {
  let m = walk.monthIndex.get(vintage);
  if (m === undefined) walk.monthIndex.set(vintage, (m = monthIndex(vintage)));
  return m;
}

function visitMonth(walk: MonthWalk, visit: PairVisitor) {
  const { month, rounding } = walk;
  // In publication order, by insertion: a month holds a few dozen vintages already almost in order (Dataset.byKey
  // sorts them as strings), and Array#sort's work array, over tens of thousands of months, was most of the garbage.
  for (let i = 1; i < month.length; i++) {
    const x = month[i];
    let j = i - 1;
    for (let y = month[j]; x && y && compareVintages(y.vintage, x.vintage) > 0; y = month[--j]) month[j + 1] = y;
    if (x) month[j + 1] = x;
  }
  rounding.length = 0;
  for (const o of month) rounding.push(publishedRounding(o.value));
  for (let i = 0; i < month.length; i++) {
    const a = month[i];
    if (!a || a.value <= 0) continue;
    for (let j = i + 1; j < month.length; j++) {
      const b = month[j];
      if (!b || b.vintage === a.vintage) continue;
      const diff = Math.abs(b.value - a.value);
      const within = diff <= (rounding[i] ?? 0) + (rounding[j] ?? 0) + 1e-9;
      const percent = within ? 0 : clean((100 * diff) / a.value, 6);
      visit(a, b, percent, vintageMonth(walk, b.vintage) - vintageMonth(walk, a.vintage));
    }
  }
}

/** Every pair of visitPairs as an object (the statistics do without them; this is for reading them one by one). */
export function revisionPairs(series: Iterable<readonly Observation[]>): RevisionPair[] {
  const pairs: RevisionPair[] = [];
  visitPairs(series, (a, b, percent, lagMonths) =>
    pairs.push({
      partner: a.partner,
      flow: a.flow,
      basis: a.basis,
      period: a.period,
      earlier: { vintage: a.vintage, value: a.value },
      later: { vintage: b.vintage, value: b.value },
      percent,
      lagMonths,
    }),
  );
  return pairs;
}

/** Nearest-rank percentile of an ascending list. */
function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function median(sorted: ArrayLike<number>): number {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : clean(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2, 6);
}

type GroupKey = Pick<RevisionGroupStats, "basis" | "flow" | "partner" | "lag">;

/** One group's pairs as the walk meets them: their percents, and the largest so far. */
interface Tally {
  key: GroupKey;
  percents: number[];
  largest: RevisionGroupStats["largest"];
}

function record(t: Tally, a: Observation, b: Observation, percent: number) {
  t.percents.push(percent);
  if (!t.largest || percent > t.largest.percent)
    t.largest = {
      partner: a.partner,
      period: a.period,
      earlier: { vintage: a.vintage, value: a.value },
      later: { vintage: b.vintage, value: b.value },
      percent,
    };
}

function summarise({ key, percents, largest }: Tally): RevisionGroupStats {
  const sorted = Float64Array.from(percents).sort();
  const revisedOnly = sorted.filter((x) => x > 0);
  return {
    ...key,
    pairs: sorted.length,
    revised: revisedOnly.length,
    medianPercent: median(sorted),
    p95Percent: percentile(sorted, 95),
    maxPercent: sorted.at(-1) ?? 0,
    medianRevisedPercent: revisedOnly.length ? median(revisedOnly) : null,
    largest,
  };
}

export const REVISION_METHOD =
  "Every pair (earlier, later) of official vintages we hold of the same series (partner, flow, basis) and month; " +
  "revision = |later − earlier| / earlier × 100. Unchanged pairs count (as 0), and so does a difference within the " +
  "rounding of a figure published rounded (whole millions, one decimal). Groups: basis × flow × partner " +
  `(a partner with at least ${MIN_PAIRS} pairs), and all partners together (countries only, earlier figure ≥ ` +
  `${ALL_PARTNERS_MIN_MUSD} $M); each also by months between the two publications. First releases quoted in the ` +
  "press (rounded) are not counted. Percentiles are nearest-rank.";

/**
 * How far revisions have moved figures, measured over every pair of vintages we hold; `series` is one list of
 * observations per series sorted by period (Dataset.byKey's values). Pure: the same input always gives the same result.
 */
export function revisionStats(series: Iterable<readonly Observation[]>): RevisionStats {
  const groups = new Map<string, Tally>();
  const vintages = new Set<string>();
  let totalPairs = 0;
  // Pairs come series by series: a series' groups (its partner's, all partners'; by lag) are looked up once in it.
  let seriesOf: Observation | undefined;
  const own = new Map<LagBucket | "all", Tally>();
  const all = new Map<LagBucket | "all", Tally>();
  const count = (
    slots: typeof own,
    partner: string,
    lag: LagBucket | "all",
    a: Observation,
    b: Observation,
    percent: number,
  ) => {
    let t = slots.get(lag);
    if (!t) {
      const id = `${a.basis}|${a.flow}|${partner}|${lag}`;
      t = groups.get(id);
      if (!t)
        groups.set(id, (t = { key: { basis: a.basis, flow: a.flow, partner, lag }, percents: [], largest: null }));
      slots.set(lag, t);
    }
    record(t, a, b, percent);
  };
  visitPairs(series, (a, b, percent, lagMonths) => {
    if (!seriesOf || a.partner !== seriesOf.partner || a.flow !== seriesOf.flow || a.basis !== seriesOf.basis) {
      seriesOf = a;
      own.clear();
      all.clear();
    }
    totalPairs++;
    vintages.add(a.vintage).add(b.vintage);
    const lag = lagBucket(lagMonths);
    count(own, a.partner, "all", a, b, percent);
    if (LAG_PARTNERS.includes(a.partner)) count(own, a.partner, lag, a, b, percent);
    if (isCountryCode(a.partner) && a.value >= ALL_PARTNERS_MIN_MUSD) {
      count(all, "all", "all", a, b, percent);
      count(all, "all", lag, a, b, percent);
    }
  });
  const out = [...groups.values()]
    .filter((g) => g.key.partner === "all" || g.percents.length >= MIN_PAIRS)
    .map(summarise)
    .sort(
      (a, b) =>
        a.basis.localeCompare(b.basis) ||
        a.flow.localeCompare(b.flow) ||
        // "all" first; two groups of one partner compare equal here, so their lags order them.
        (a.partner === b.partner
          ? 0
          : a.partner === "all"
            ? -1
            : b.partner === "all"
              ? 1
              : a.partner.localeCompare(b.partner)) ||
        (a.lag === "all" ? -1 : b.lag === "all" ? 1 : LAG_BUCKETS.indexOf(a.lag) - LAG_BUCKETS.indexOf(b.lag)),
    );
  return { method: REVISION_METHOD, vintages: [...vintages].sort(compareVintages), totalPairs, groups: out };
}

/** The statistics that stand for one series: its partner's own if it has enough pairs, else all partners'. */
export function statsFor(
  stats: RevisionStats,
  basis: Basis,
  flow: Flow,
  partner: string,
): RevisionGroupStats | undefined {
  const own = stats.groups.find(
    (g) => g.basis === basis && g.flow === flow && g.partner === partner && g.lag === "all",
  );
  return (
    own ?? stats.groups.find((g) => g.basis === basis && g.flow === flow && g.partner === "all" && g.lag === "all")
  );
}

const memo = new WeakMap<object, RevisionStats>();

/** revisionStats of a dataset, computed once per dataset (about a second for every vintage we hold). */
export function datasetRevisionStats(ds: { byKey: Map<string, Observation[]> }): RevisionStats {
  let stats = memo.get(ds);
  if (!stats) memo.set(ds, (stats = revisionStats(ds.byKey.values())));
  return stats;
}

/** What a revision can explain of a claim: the largest revision seen of that kind, in percent and in $M. */
export interface RevisionBound {
  /** Which statistic bounds it: the largest revision seen in the group. */
  measure: "largest";
  /** In $M: the largest percent of each flow applied to that flow's official value, summed over the flows used. */
  musd: number;
  groups: Array<{
    flow: Flow;
    partner: string;
    pairs: number;
    revised: number;
    maxPercent: number;
    p95Percent: number;
    medianRevisedPercent: number | null;
  }>;
}

/**
 * The bound for a comparison that uses `flows` (one flow, or both for balance and total) with these official values:
 * each flow may have moved by the largest revision seen of its kind (basis, flow, the partner's own statistics where
 * it has enough pairs, else all partners'). Null when there are no statistics for a flow.
 */
export function revisionBound(
  stats: RevisionStats,
  basis: Basis,
  partner: string,
  values: ReadonlyArray<{ flow: Flow; value: number }>,
): RevisionBound | null {
  const groups: RevisionBound["groups"] = [];
  let musd = 0;
  for (const { flow, value } of values) {
    const g = statsFor(stats, basis, flow, partner);
    if (!g) return null;
    musd += (g.maxPercent / 100) * Math.abs(value);
    groups.push({
      flow,
      partner: g.partner,
      pairs: g.pairs,
      revised: g.revised,
      maxPercent: g.maxPercent,
      p95Percent: g.p95Percent,
      medianRevisedPercent: g.medianRevisedPercent,
    });
  }
  return { measure: "largest", musd: clean(musd, 6), groups };
}
