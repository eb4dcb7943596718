import type { ReleaseMonthView } from "../views/release-month";
import type { BridgeView } from "../views/bridge";
import type { RankView } from "../views/rank";
import type { ClaimedTable } from "../views/claimed-figures";
import type { ChartMeta, ChartSource } from "../views/types";
import type { Partner, Source } from "../data/schema";
import type { ReleaseMeta } from "../data/release-schema";
import type { Lang } from "../i18n/format";
import { writeCsv, type CsvCell, type CsvOptions } from "./write-csv";
import { LICENSE_NOTE, type CsvMetadata } from "./metadata";
import { partnerNameOf } from "./readable-names";

/** What a chart table names its codes with: partner names in `lang`, source titles, the release it is drawn for. */
export interface TableNames {
  lang: Lang;
  partners: ReadonlyMap<string, Partner>;
  sources: ReadonlyMap<string, Source>;
  release: Pick<ReleaseMeta, "slug" | "title">;
}

/** The release's own figures as a source: its slug as the id (as the checks CSV says it), its title as the title. */
function releaseAsSource(release: TableNames["release"]): [string, string] {
  return [`release ${release.slug} (its own figures)`, release.title];
}

/** The id and title of the dataset source a chart's values come from (matched by URL or basis, and vintage). */
function sourceCells(
  sources: ReadonlyMap<string, Source>,
  s: { basis: string; vintage: string | null; url?: string },
): [string, string] {
  const found = [...sources.values()].find(
    (k) => k.vintage === s.vintage && k.basis === s.basis && (s.url === undefined || k.url === s.url),
  );
  return found ? [found.id, found.title] : ["", ""];
}

const PARTNER_DESCRIPTIONS = (lang: Lang) => ({
  partner_code: "Census country code of the partner (2010 = Mexico, 1220 = Canada, 5700 = China).",
  partner_name: `The partner's name, in ${lang === "es" ? "Spanish" : "English"} (lang=${lang}).`,
});
const SOURCE_DESCRIPTIONS = {
  source: "Id of the source (see `sources` in the metadata); the release's own figures say so.",
  source_title: "The source's title (its vintage is in the vintage column).",
};

/** A chart's numbers as a table: exactly what the chart draws (its data table), one value per row. */
export interface ChartTable {
  columns: readonly string[];
  rows: CsvCell[][];
  /** What each column holds. */
  describe: Record<string, string>;
}

/**
 * The release month: for each flow (named from the view's perspective) the release's value and each official or
 * reported one.
 */
export function releaseMonthTable(view: ReleaseMonthView, names: TableNames): ChartTable {
  const partnerName = partnerNameOf(names.partners, view.partner, names.lang);
  const rows = view.rows.flatMap((row) =>
    view.series.map((s): CsvCell[] => [
      view.period,
      view.partner,
      partnerName,
      view.perspective,
      row.flow,
      s.key,
      s.kind,
      s.basis,
      s.vintage,
      ...(s.kind === "release" ? releaseAsSource(names.release) : sourceCells(names.sources, s)),
      row.values[s.key],
    ]),
  );
  return {
    columns: [
      "period",
      "partner_code",
      "partner_name",
      "perspective",
      "flow",
      "series",
      "kind",
      "basis",
      "vintage",
      "source",
      "source_title",
      "value_musd",
    ],
    rows,
    describe: {
      period: "The release month (the analyst's attribution: the release names none).",
      ...PARTNER_DESCRIPTIONS(names.lang),
      ...SOURCE_DESCRIPTIONS,
      perspective: "Whose side flows are named from: us or mx (Mexico's exports = US imports from Mexico).",
      flow: "exports, imports or balance (balance computed as exports − imports).",
      series:
        "stated = the release's figure as quoted; officialSA / officialNSA = Census, latest " +
        "vintage; reportedNSA = the first release as reported in the press.",
      kind: "release, official or reported.",
      basis: "SA or NSA.",
      vintage: "When the values were published; empty for the release's own figures.",
      value_musd: "Millions of US dollars; empty where that source has no value.",
    },
  };
}

/** The bridge: the release's exports, minus its imports, the balance they give and the balance it prints. */
export function bridgeTable(view: BridgeView, names: TableNames, partner: string): ChartTable {
  const partnerName = partnerNameOf(names.partners, partner, names.lang);
  const [source, sourceTitle] = releaseAsSource(names.release);
  return {
    columns: [
      "partner_code",
      "partner_name",
      "perspective",
      "step",
      "value_musd",
      "start_musd",
      "end_musd",
      "status",
      "source",
      "source_title",
    ],
    rows: view.steps.map((s) => [
      partner,
      partnerName,
      view.perspective,
      s.key,
      s.value,
      s.start,
      s.end,
      s.status,
      source,
      sourceTitle,
    ]),
    describe: {
      ...PARTNER_DESCRIPTIONS(names.lang),
      perspective: "Whose side flows are named from: us or mx.",
      step:
        "exports, imports (subtracted), " +
        "computed (exports − imports) " +
        "or printed (the balance the release prints).",
      value_musd: "The step's own value in millions of US dollars: negative for imports.",
      start_musd: "Where the bar starts.",
      end_musd: "Where the bar ends.",
      status: "The check of the figure the step shows.",
      source: "The release's own figures (the bridge is its arithmetic).",
      source_title: "The release's title.",
    },
  };
}

/** Two-way trade of a partner in a month, from the same ranking the chart reads. */
export type RankTotals = (
  period: string,
  partner: string,
) => { total: number; exports: number; imports: number } | null;

/**
 * The rank panel: each followed partner's place among all US partners by two-way trade, month by month over the
 * chart's range, and in the release month (its bar chart, flagged), with the US exports, imports and total ranked.
 */
export function ranksTable(view: RankView, totals: RankTotals, names: TableNames): ChartTable {
  const first = view.sources[0];
  const [source, sourceTitle] = first ? sourceCells(names.sources, first) : ["", ""];
  const months = view.history.some((h) => h.period === view.period)
    ? view.history
    : [
        ...view.history,
        {
          period: view.period,
          ranks: Object.fromEntries(view.month.map((m) => [m.partner, m.rank])),
          isReleaseMonth: true,
        },
      ].sort((a, b) => a.period.localeCompare(b.period));
  const rows = months.flatMap((h) =>
    view.partners.map((p): CsvCell[] => {
      const t = totals(h.period, p.partner);
      return [
        h.period,
        p.partner,
        p.name[names.lang],
        h.ranks[p.partner] ?? null,
        t?.total ?? null,
        t?.exports ?? null,
        t?.imports ?? null,
        h.period === view.period ? "yes" : "no",
        view.basis,
        view.vintage,
        source,
        sourceTitle,
      ];
    }),
  );
  return {
    columns: [
      "period",
      "partner_code",
      "partner_name",
      "rank",
      "total_musd",
      "us_exports_musd",
      "us_imports_musd",
      "release_month",
      "basis",
      "vintage",
      "source",
      "source_title",
    ],
    rows,
    describe: {
      period: "Month, YYYY-MM.",
      ...PARTNER_DESCRIPTIONS(names.lang),
      rank:
        "Place among all US partners (countries only) by US exports + imports; 1 = largest. " +
        "Empty where the partner has no data.",
      total_musd: "Two-way trade ranked: US exports + imports, millions of US dollars.",
      us_exports_musd: "US exports to the partner, millions of US dollars.",
      us_imports_musd: "US imports from the partner, millions of US dollars.",
      release_month: "yes for the month the release speaks of (the panel's bar chart), else no.",
      basis: "NSA: only the unadjusted file covers every partner.",
      vintage: "The Census vintage ranked.",
      ...SOURCE_DESCRIPTIONS,
    },
  };
}

export function chartTableToCsv(table: ChartTable, options: CsvOptions = {}): string {
  return writeCsv(table.columns, table.rows, options);
}

/** The metadata.json of a chart's CSV, from the chart's own title, unit, sources and notes. */
export function chartCsvMetadata(
  view: ChartMeta,
  table: ChartTable,
  info: { fileName: string; csv: string; parameters: Record<string, string> },
  known: ReadonlyMap<string, Source>,
): CsvMetadata {
  const idOf = (s: ChartSource) =>
    [...known.values()].find((k) => k.url === s.url && k.vintage === s.vintage && k.basis === s.basis)?.id ?? s.url;
  const vintages = view.sources.map((s) => s.vintage).sort();
  const cites = view.sources.map((s) => `${s.publisher}, "${s.title}", vintage ${s.vintage}, ${s.url}`);
  return {
    title: view.title.en,
    description:
      `The numbers the chart "${view.title.en}" draws, exactly. ${view.notes.map((n) => n.en).join(" ")}`.trim(),
    units: view.unit.en,
    fileName: info.fileName,
    sources: view.sources.map((s) => ({
      id: idOf(s),
      publisher: s.publisher,
      title: s.title,
      url: s.url,
      vintage: s.vintage,
      basis: s.basis,
    })),
    vintage: vintages.at(-1) ?? null,
    citation: `Balanza, "${view.title.en}"${cites.length ? `, from ${cites.join("; ")}` : ""}.`,
    license: LICENSE_NOTE,
    query: { csv: info.csv, json: null, parameters: info.parameters },
    lastUpdated: vintages.at(-1) ?? null,
    columns: Object.fromEntries(table.columns.map((c) => [c, { description: table.describe[c] ?? "" }])),
  };
}

/**
 * The release's other figures of one kind (levels over a span or of other months and partners, growth rates, shares):
 * each as the release states it beside the official value it was checked against, with the levels compared.
 */
export function claimedTable(view: ClaimedTable, names: TableNames): ChartTable {
  const rows = view.results.map((r): CsvCell[] => {
    const months = r.months ?? [r.period];
    const [source, sourceTitle] = r.sources[0]
      ? [r.sources.map((s) => s.id).join("+"), r.sources.map((s) => s.title).join("; ")]
      : ["", ""];
    return [
      r.claimId,
      r.label[names.lang],
      r.quote,
      r.partner,
      partnerNameOf(names.partners, r.partner, names.lang),
      r.perspective,
      r.flow ?? r.measure,
      months[0] ?? "",
      months.at(-1) ?? "",
      r.compareMonths?.[0] ?? "",
      r.compareMonths?.at(-1) ?? "",
      r.basis,
      r.unit,
      r.reported,
      r.computed,
      r.levels?.now ?? null,
      r.levels?.then ?? null,
      r.status,
      r.vintage,
      source,
      sourceTitle,
    ];
  });
  return {
    columns: [
      "claim_id",
      "figure",
      "quote",
      "partner_code",
      "partner_name",
      "perspective",
      "flow",
      "first_month",
      "last_month",
      "compared_first_month",
      "compared_last_month",
      "basis",
      "unit",
      "stated",
      "official",
      "official_level_musd",
      "official_compared_musd",
      "status",
      "vintage",
      "source",
      "source_title",
    ],
    rows,
    describe: {
      claim_id: "The claim's id in the release (its figure in the text, its row in the checks).",
      figure:
        "The figure, named from the side in the perspective column (restated there when the release speaks from the " +
        "other side; the release's own words are in quote).",
      quote: "The figure exactly as the release prints it.",
      ...PARTNER_DESCRIPTIONS(names.lang),
      perspective: "Whose side flows are named from: us or mx (Mexico's exports = US imports from Mexico).",
      flow: "total, exports, imports or balance, named from the perspective.",
      first_month: "First month the figure covers (a span is summed).",
      last_month: "Last month the figure covers.",
      compared_first_month: "For a growth rate or change: the first month of the period compared; empty otherwise.",
      compared_last_month: "For a growth rate or change: the last month of the period compared.",
      basis: "SA or NSA: the basis the figure is read on.",
      unit: "musd (millions of US dollars) or percent.",
      stated: "The figure as the release states it, in `unit`.",
      official: "The official value it was checked against, in `unit`; empty where we hold none.",
      official_level_musd: "For a growth rate: the official level of the period; for a share: the partner's level.",
      official_compared_musd: "For a growth rate: the level of the period compared; for a share: the World's.",
      status: "exact, within_rounding, revised, mismatch or unverified.",
      vintage: "The vintage of the official value (two joined by + where a growth rate compares two).",
      ...SOURCE_DESCRIPTIONS,
    },
  };
}
