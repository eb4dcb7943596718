import { shownDate } from "../data/release-schema";
/**
 * The release's figures that the release-month chart cannot hold — levels over a span of months or of other partners
 * and months, growth rates with the two periods compared, shares with their denominator — each beside the official
 * value it was checked against. One table per kind of figure; a kind the release does not state gets none.
 */
import type { Dataset } from "../data/dataset";
import type { Release } from "../data/release-schema";
import type { Perspective } from "../data/schema";
import { hasSideOfItsOwn, restate } from "../data/perspective";
import type { ChecksReport, CheckResult } from "../checks/schema";
import { bilingual } from "../i18n/messages";
import { engineBilingual, engineMessages } from "../i18n/engine-messages";
import { checkRowView } from "./check-rows";
import { flowLabel } from "./flow-labels";
import { formatPeriod } from "../i18n/format";
import { partnerName, releaseAnchor } from "./release-figures";
import { text, word, type DataTable, type TableCell, type TextPiece } from "./table";
import type { Bilingual, ChartMeta, ClaimedChart } from "./types";
import { chartSources, MUSD_UNIT, sourceLine } from "./sources";

export type ClaimedKind = "levels" | "growth" | "shares";

/** One figure drawn: what the release states beside the official value, and the verdict. */
export interface ClaimedBar {
  claimId: string;
  /** "Exportaciones · Canadá · ene 2025 – jul 2025". */
  label: { es: string; en: string };
  stated: number | null;
  official: number | null;
  status: CheckResult["status"] | null;
}

export interface ClaimedTable extends ChartMeta {
  id: ClaimedChart;
  kind: ClaimedKind;
  bars: ClaimedBar[];
  /** The results drawn, for the chart's CSV. */
  results: CheckResult[];
  table: DataTable;
}

/** A result as a claimed chart shows it: `named` when its label names its flow and partner from a side. */
export interface SeenResult {
  r: CheckResult;
  named: boolean;
  /** How the release itself named the figure, when it is restated from the other side. */
  releaseLabel: Bilingual | null;
}

/**
 * A result as seen from `perspective`: every flow named from that side ("US imports from Canada"), so the rows of a
 * release that speaks from both sides read alike. From the other side of the release's, a balance, or its change,
 * changes sign; a growth rate of a balance (a ratio of two balances) and a share keep their values. Status and
 * tolerance are the same from either side. Without `perspective`, the result as the release states it.
 */
export function restatedResult(ds: Dataset, r: CheckResult, perspective: Perspective | undefined): SeenResult {
  const asStated = { r, named: false, releaseLabel: null };
  if (!perspective || !hasSideOfItsOwn(r.partner)) return asStated;
  const partner = partnerName(ds, r.partner);
  const releaseLabel = r.perspective === perspective ? null : r.label;
  if (r.measure === "exports" || r.measure === "imports" || r.measure === "balance") {
    const v = checkRowView(r, perspective, partner);
    const moved = { measure: v.measure, reported: v.reported, computed: v.computed, delta: v.delta };
    const label = flowLabel(restate(r.measure, r.perspective, perspective).flow, perspective, partner);
    return { r: { ...r, ...moved, label, explanation: v.explanation, perspective }, named: true, releaseLabel };
  }
  const flow = r.flow;
  if (flow !== "exports" && flow !== "imports" && flow !== "balance") return asStated;
  const seen = restate(flow, r.perspective, perspective);
  const flip = (v: number | null, sign: 1 | -1) => (v === null || v === 0 ? v : v * sign);
  // Only a change (a difference of balances) changes sign; a growth rate or a share is a ratio.
  const sign = r.measure === "change" ? seen.sign : 1;
  const label = engineBilingual(
    (e, lang) => `${e.draftMeasure[r.measure]}: ${flowLabel(seen.flow, perspective, partner)[lang]}`,
  );
  return {
    r: {
      ...r,
      flow: seen.flow,
      label,
      perspective,
      reported: flip(r.reported, sign) ?? r.reported,
      computed: flip(r.computed, sign),
      delta: flip(r.delta, sign),
      ...(r.levels ? { levels: { now: r.levels.now * seen.sign || 0, then: r.levels.then * seen.sign || 0 } } : {}),
    },
    named: true,
    releaseLabel,
  };
}

/** The note of a chart with figures restated: seen from which side (the partners of the figures restated). */
function restatedNote(ds: Dataset, perspective: Perspective, restated: CheckResult[]): Bilingual {
  const partners = [...new Set(restated.map((r) => r.partner))].map((p) => partnerName(ds, p));
  return bilingual((m, lang) =>
    m.claimed.restated(perspective === "us" ? m.us : partners.map((p) => p[lang]).join(", ")),
  );
}

function barOf(ds: Dataset, { r, named }: SeenResult): ClaimedBar {
  const name = partnerName(ds, r.partner);
  const months = r.months ?? [r.period];
  const period = (lang: "es" | "en") => {
    const first = formatPeriod(months[0] ?? r.period, lang, "short");
    const last = formatPeriod(months.at(-1) ?? r.period, lang, "short");
    return first === last ? first : `${first} – ${last}`;
  };
  // A growth rate or share says of which flow ("Crecimiento … (Exportaciones)"): its label alone does not.
  // A label named from a side already says its flow and partner.
  const flow = (lang: "es" | "en") =>
    !named && r.flow && r.measure !== r.flow ? ` (${engineMessages(lang).draftMeasure[r.flow]})` : "";
  // The partner, unless the figure's own label already names it ("Exportaciones (Canadá)").
  const who = (lang: "es" | "en") => (named || r.label[lang].includes(name[lang]) ? "" : ` · ${name[lang]}`);
  const label = (lang: "es" | "en") => `${r.label[lang]}${flow(lang)}${who(lang)} · ${period(lang)}`;
  return {
    claimId: r.claimId,
    label: { es: label("es"), en: label("en") },
    stated: r.reported,
    official: r.computed,
    status: r.status,
  };
}

const periodPieces = (months: readonly string[]): TextPiece[] => {
  const first = months[0] ?? "";
  const last = months.at(-1) ?? first;
  return first === last
    ? [{ kind: "month", period: first, style: "short" }]
    : [{ kind: "month", period: first, style: "short" }, " – ", { kind: "month", period: last, style: "short" }];
};

/** A row's header: the figure, its partner and months, and the period it is compared with (a growth rate's). */
function head(ds: Dataset, { r, named, releaseLabel }: SeenResult): TextPiece[] {
  const name = partnerName(ds, r.partner);
  const compared: TextPiece[] = r.compareMonths
    ? [" ", text(bilingual((m) => m.claimed.versus)), " ", ...periodPieces(r.compareMonths)]
    : [];
  // Restated, the row says how the release itself named the figure (as the checks table does).
  const inRelease: TextPiece[] = releaseLabel
    ? [" (", text(bilingual((m) => m.inRelease)), ": ", text(releaseLabel), ")"]
    : [];
  const who: TextPiece[] = named ? [] : [" · ", text(name)];
  return [text(r.label), ...who, " · ", ...periodPieces(r.months ?? [r.period]), ...compared, ...inRelease];
}

/** Which results go in which table: the rest (the release month's own levels, ranks, identities) are drawn elsewhere. */
function kindOf(r: CheckResult, anchor: { partner: string; period: string } | null): ClaimedKind | null {
  if (r.kind !== "claim") return null;
  if (r.measure === "growth") return "growth";
  if (r.measure === "share") return "shares";
  if (r.measure === "rank") return null;
  const oneMonth = !r.months || r.months.length < 2;
  const releaseMonth = oneMonth && anchor && r.partner === anchor.partner && r.period === anchor.period;
  return releaseMonth && r.measure !== "change" ? null : "levels";
}

/**
 * The release's other figures by kind; with `perspective`, each seen from that side (restated where the release
 * speaks from the other), without it as the release states them.
 */
export function claimedFiguresView(
  ds: Dataset,
  release: Release,
  report: ChecksReport,
  perspective?: Perspective,
): ClaimedTable[] {
  const anchor = releaseAnchor(release);
  const by = new Map<ClaimedKind, SeenResult[]>();
  for (const original of report.results) {
    const k = kindOf(original, anchor);
    if (!k) continue;
    let list = by.get(k);
    if (!list) by.set(k, (list = []));
    list.push(restatedResult(ds, original, perspective));
  }
  const out: ClaimedTable[] = [];
  const meta = (kind: ClaimedKind, title: { es: string; en: string }, seen: SeenResult[]) => {
    const results = seen.map((s) => s.r);
    const restated = seen.filter((s) => s.releaseLabel).map((s) => s.r);
    const sources = chartSources(
      ds,
      results.flatMap((r) => r.sources.map((s) => s.id)),
    );
    const m = release.meta;
    return {
      id: `claimed-${kind}` as ClaimedChart,
      kind,
      title,
      sources,
      sourceLine: sourceLine(
        sources,
        bilingual((w) => w.releaseRef(m.issuerShort, m.number, shownDate(m))),
      ),
      // Seen from the other side of the release's, the chart says so (its rows keep the release's own names).
      notes: perspective && restated.length ? [restatedNote(ds, perspective, restated)] : [],
      results,
    };
  };
  const status = (r: CheckResult): TableCell => ({ kind: "status", value: r.status });
  const levels = by.get("levels");
  if (levels?.length) {
    const title = bilingual((m) => m.claimed.levelsTitle);
    out.push({
      ...meta("levels", title, levels),
      unit: MUSD_UNIT,
      valueUnit: "musd",
      bars: levels.map((s) => barOf(ds, s)),
      table: {
        caption: [text(title)],
        head: [
          { text: [word("figure")] },
          { text: [text(bilingual((m) => m.claimed.stated))] },
          { text: [text(bilingual((m) => m.claimed.official))] },
          { text: [word("status")] },
        ],
        rows: levels.map(({ r, ...seen }) => ({
          key: r.claimId,
          claimId: r.claimId,
          head: head(ds, { r, ...seen }),
          cells: [{ kind: "number", value: r.reported }, { kind: "number", value: r.computed }, status(r)],
        })),
      },
    });
  }
  for (const kind of ["growth", "shares"] as const) {
    const list = by.get(kind);
    if (!list?.length) continue;
    const title = bilingual((m) => (kind === "growth" ? m.claimed.growthTitle : m.claimed.sharesTitle));
    out.push({
      ...meta(kind, title, list),
      unit: { es: "%", en: "%" },
      valueUnit: "percent",
      bars: list.map((s) => barOf(ds, s)),
      table: {
        caption: [text(title)],
        head: [
          { text: [word("figure")] },
          { text: [text(bilingual((m) => m.claimed.statedPercent))] },
          { text: [text(bilingual((m) => m.claimed.officialPercent))] },
          { text: [text(bilingual((m) => (kind === "growth" ? m.claimed.levelNow : m.claimed.levelPartner)))] },
          { text: [text(bilingual((m) => (kind === "growth" ? m.claimed.levelThen : m.claimed.levelWorld)))] },
          { text: [word("status")] },
        ],
        rows: list.map(({ r, ...seen }) => ({
          key: r.claimId,
          claimId: r.claimId,
          head: head(ds, { r, ...seen }),
          cells: [
            { kind: "percent", value: r.reported },
            { kind: "percent", value: r.computed },
            { kind: "number", value: r.levels?.now ?? null },
            { kind: "number", value: r.levels?.then ?? null },
            status(r),
          ],
        })),
      },
    });
  }
  return out;
}
