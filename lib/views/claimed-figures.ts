import { shownDate } from "../data/release-schema";
/**
 * The release's figures that the release-month chart cannot hold — levels over a span of months or of other partners
 * and months, growth rates with the two periods compared, shares with their denominator — each beside the official
 * value it was checked against. One table per kind of figure; a kind the release does not state gets none.
 */
import type { Dataset } from "../data/dataset";
import type { Release } from "../data/release-schema";
import type { ChecksReport, CheckResult } from "../checks/schema";
import { bilingual, messages } from "../i18n/messages";
import { formatPeriod } from "../i18n/format";
import { partnerName, releaseAnchor } from "./release-figures";
import { text, word, type DataTable, type TableCell, type TextPiece } from "./table";
import type { ChartMeta, ClaimedChart } from "./types";
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

function barOf(ds: Dataset, r: CheckResult): ClaimedBar {
  const name = partnerName(ds, r.partner);
  const months = r.months ?? [r.period];
  const period = (lang: "es" | "en") => {
    const first = formatPeriod(months[0] ?? r.period, lang, "short");
    const last = formatPeriod(months.at(-1) ?? r.period, lang, "short");
    return first === last ? first : `${first} – ${last}`;
  };
  // A growth rate or share says of which flow ("Crecimiento … (Exportaciones)"): its label alone does not.
  const flow = (lang: "es" | "en") =>
    r.flow && r.measure !== r.flow ? ` (${messages(lang).engine.draftMeasure[r.flow]})` : "";
  // The partner, unless the figure's own label already names it ("Exportaciones (Canadá)").
  const who = (lang: "es" | "en") => (r.label[lang].includes(name[lang]) ? "" : ` · ${name[lang]}`);
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
function head(ds: Dataset, r: CheckResult): TextPiece[] {
  const name = partnerName(ds, r.partner);
  const compared: TextPiece[] = r.compareMonths
    ? [" ", text(bilingual((m) => m.claimed.versus)), " ", ...periodPieces(r.compareMonths)]
    : [];
  return [text(r.label), " · ", text(name), " · ", ...periodPieces(r.months ?? [r.period]), ...compared];
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

export function claimedFiguresView(ds: Dataset, release: Release, report: ChecksReport): ClaimedTable[] {
  const anchor = releaseAnchor(release);
  const by = new Map<ClaimedKind, CheckResult[]>();
  for (const r of report.results) {
    const k = kindOf(r, anchor);
    if (!k) continue;
    let list = by.get(k);
    if (!list) by.set(k, (list = []));
    list.push(r);
  }
  const out: ClaimedTable[] = [];
  const meta = (kind: ClaimedKind, title: { es: string; en: string }, results: CheckResult[]) => {
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
      notes: [],
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
      bars: levels.map((r) => barOf(ds, r)),
      table: {
        caption: [text(title)],
        head: [
          { text: [word("figure")] },
          { text: [text(bilingual((m) => m.claimed.stated))] },
          { text: [text(bilingual((m) => m.claimed.official))] },
          { text: [word("status")] },
        ],
        rows: levels.map((r) => ({
          key: r.claimId,
          claimId: r.claimId,
          head: head(ds, r),
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
      bars: list.map((r) => barOf(ds, r)),
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
        rows: list.map((r) => ({
          key: r.claimId,
          claimId: r.claimId,
          head: head(ds, r),
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
