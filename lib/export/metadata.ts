import { splitSourceId } from "../data/source-ids";
import type { Lang } from "../i18n/format";
import type { Partner, Perspective, Source } from "../data/schema";
import type { ChecksReport } from "../checks/schema";
import type { Series } from "../data/query-series";
import { seriesFileName, seriesSpan, type SERIES_CSV_COLUMNS } from "./series-csv";
import { checksFileName, type CHECKS_CSV_COLUMNS } from "./checks-csv";
import { seriesQueryString } from "../http/download-url";
import { partnerNameIn, releaseNameIn } from "./readable-names";
import type { RevisionHistory } from "../checks/revisions";
import { revisionsFileName, type REVISIONS_CSV_COLUMNS } from "./revisions-csv";

/** The metadata documents its CSV in English, whatever the CSV's language. */
const LANGUAGE_NAME: Record<Lang, string> = { es: "Spanish", en: "English" };

/**
 * The companion of a CSV download, after OWID Grapher's `.metadata.json`: what the file is, its units, where
 * its numbers come from (source and vintage), how to cite it, the licence situation, the query that produced
 * it and when the data was last updated, plus a description of every column. Deterministic (no download date),
 * so it can carry a strong ETag and be cached like the CSV.
 */
export interface CsvMetadata {
  title: string;
  description: string;
  units: string;
  fileName: string;
  sources: Array<
    Pick<Source, "id" | "publisher" | "title" | "url" | "vintage" | "basis"> & { copyUrl?: string; note?: string }
  >;
  vintage: string | null;
  citation: string;
  license: string;
  query: { csv: string; json: string | null; parameters: Record<string, string> };
  lastUpdated: string | null;
  columns: Record<string, { description: string; unit?: string }>;
  /** Series only: which months of which flow come from which vintage, and the months a flow cannot be given. */
  vintages?: Array<{ flow: string; vintage: string; source: string; first: string; last: string; months: number }>;
  gaps?: Array<{ flow: string; first: string; last: string; reason: string }>;
}

export const LICENSE_NOTE =
  "Figures of the U.S. Census Bureau are works of the US federal government and in the public " +
  "domain in the United States (17 U.S.C. § 105). " +
  "Balances and checks are Balanza's computations from them; quoted press-release text remains " +
  "its issuer's and is quoted for verification. " +
  "Please cite Balanza and the Census Bureau as given in `citation`.";

function sourceEntry(s: Source) {
  return {
    id: s.id,
    publisher: s.publisher,
    title: s.title,
    url: s.url,
    vintage: s.vintage,
    basis: s.basis,
    ...(s.copyUrl ? { copyUrl: s.copyUrl } : {}),
    ...(s.note ? { note: s.note } : {}),
  };
}

export function seriesCsvMetadata(
  series: Series,
  partner: Pick<Partner, "name_en" | "name_es" | "code">,
  lang: Lang = "en",
): CsvMetadata {
  const { query } = series;
  const span = seriesSpan(series);
  const basisWords = query.basis === "SA" ? "seasonally adjusted (SA)" : "not seasonally adjusted (NSA)";
  const months = span ? `${span.first} to ${span.last}` : "no months";
  const flows = query.flow ? query.flow : "exports, imports and balance";
  const seenFrom =
    query.perspective === "mx"
      ? `Mexico's side: Mexico's exports are US imports from Mexico, and Mexico's surplus is the US deficit`
      : `the US side, as the Census Bureau publishes them`;
  const who =
    query.perspective === "mx"
      ? `Mexico's goods trade with the US (US Census figures, from Mexico's side)`
      : `US goods trade with ${partner.name_en}`;
  const title = `${who}: ${flows}, monthly, ${basisWords}, ${months}`;
  const sources = series.sources;
  const qs = seriesQueryString(query, lang === "es" ? { lang } : {});
  const asked = query.vintage ? `the ${query.vintage} vintage only` : null;
  const joined =
    series.vintage !== null
      ? ` in the ${series.vintage} vintage`
      : `; each month of each flow is from the latest vintage that has it ` +
        `(${series.spans.length} runs of one vintage, listed in \`vintages\`; the \`vintage\` ` +
        `column gives each value's)`;
  const cites = sources.map((s) => `${s.publisher}, "${s.title}", vintage ${s.vintage}, ${s.url}`).join("; ");
  const latestVintage = sources.map((s) => s.vintage).at(-1) ?? null;
  return {
    title,
    description:
      `Monthly goods trade between the United States and ${partner.name_en} (Census country code ` +
      `${partner.code}), in millions of US dollars, ${basisWords}, ` +
      `as published by the U.S. Census Bureau${asked ? `, ${asked}` : joined}. Flows are named from ${seenFrom}. ` +
      `Balance = exports − imports from that side; it is computed by Balanza from two flows of ` +
      `one vintage, never published, never from two vintages, and its rows say so in the source column.` +
      (series.gaps.length ? ` Months without a balance are listed in \`gaps\`, with the reason.` : ""),
    units: "millions of US dollars (current prices), full precision as published, not rounded",
    fileName: seriesFileName(series, partner, "csv", lang),
    sources: sources.map(sourceEntry),
    vintage: series.vintage,
    citation: `Balanza, "${title}", from ${cites || "the U.S. Census Bureau"}.`,
    license: LICENSE_NOTE,
    query: {
      csv: `/api/series.csv?${qs}`,
      json: `/api/series?${qs}`,
      parameters: Object.fromEntries(new URLSearchParams(qs)),
    },
    lastUpdated: series.vintage ?? latestVintage,
    vintages: series.spans.map((sp) => ({
      flow: sp.flow,
      vintage: sp.vintage,
      source: sp.sourceId,
      first: sp.first,
      last: sp.last,
      months: sp.months,
    })),
    gaps: series.gaps.map((g) => ({ flow: g.flow, first: g.first, last: g.last, reason: g.reason.en })),
    columns: {
      period: { description: "Month, YYYY-MM." },
      reporter: { description: "Who publishes the figures: US (the Census Bureau)." },
      partner_code: { description: `Census country code of the partner (${partner.code} = ${partner.name_en}).` },
      partner_name: {
        description: `The partner's name, in ${LANGUAGE_NAME[lang]} (lang=${lang}): ${partnerNameIn(partner, lang)}.`,
      },
      flow: {
        description:
          `exports, imports or balance, named from ` + `${query.perspective === "mx" ? "Mexico's" : "the US's"} side.`,
      },
      basis: { description: "SA = seasonally adjusted, NSA = not seasonally adjusted." },
      value_musd: { description: "The value, unformatted.", unit: "millions of US dollars" },
      vintage: {
        description:
          "When the figure was published (YYYY-MM, or YYYY-MM-DD where the day is known): the " +
          "latest vintage that has the month, or the one asked for with vintage=. A " +
          "balance's is the vintage both its flows come from.",
      },
      source: {
        description: "Id of the source in `sources`; balance rows say they are computed, and from which source.",
      },
      source_title: {
        description:
          "The title of that source (for balance rows, of the source both flows come from); its " +
          "vintage is the vintage column.",
      },
    } satisfies Record<(typeof SERIES_CSV_COLUMNS)[number], { description: string; unit?: string }>,
  };
}

export function checksCsvMetadata(
  report: ChecksReport,
  lang: Lang,
  sourcesById: ReadonlyMap<string, Source>,
  perspective: Perspective | null = null,
): CsvMetadata {
  const { release } = report;
  const ids = [...new Set(report.results.flatMap((r) => r.sources.map((s) => s.id)))].sort();
  const sources = ids.flatMap((id) => {
    const s = sourcesById.get(id);
    return s ? [sourceEntry(s)] : [];
  });
  const vintages = [...new Set(report.results.map((r) => r.vintage).filter((v): v is string => v !== null))].sort();
  const title =
    `Checks of ${release.issuerShort}'s press release ${release.number} (${release.date}) ` + "against US Census data";
  const params = new URLSearchParams({ lang, ...(perspective ? { perspective } : {}) });
  const side = perspective === "us" ? "the US" : "Mexico";
  return {
    title,
    description:
      `Every figure the release "${release.title}" states, checked against its own arithmetic ` +
      `(identity rows) and against the official Census series (claim rows): ` +
      `reported value, official or computed value, delta = reported − official, tolerance (half ` +
      `a unit of the printed precision), status and why. ` +
      `The release names neither period nor basis: the ones used are the analyst's attribution, ` +
      `explained in the JSON endpoint. ` +
      (perspective
        ? `Figures are named and signed from ${side}'s side (seen from the other side, exports ` +
          `and imports swap names and the balance changes sign); quoted_text stays as printed. `
        : "") +
      report.summary.text.en,
    units: "millions of US dollars, except the rank claim (a place: 1 = first partner)",
    fileName: checksFileName(release.slug, lang, "csv", perspective),
    sources,
    vintage: vintages.at(-1) ?? null,
    citation:
      `Balanza, "${title}", from ` +
      `${sources.map((s) => `${s.publisher}, "${s.title}", vintage ${s.vintage}, ${s.url}`).join("; ")}.`,
    license: LICENSE_NOTE,
    query: {
      csv: `/api/releases/${release.slug}/checks.csv?${params}`,
      json: `/api/releases/${release.slug}/checks`,
      parameters: { slug: release.slug, lang, ...(perspective ? { perspective } : {}) },
    },
    lastUpdated: vintages.at(-1) ?? release.date,
    columns: {
      release: { description: `The release checked, by its slug (${release.slug}).` },
      release_name: {
        description: `The release as a reader names it, in ${LANGUAGE_NAME[lang]}: ${releaseNameIn(release, lang)}.`,
      },
      claim_id: {
        description:
          "Which check: identity-* recompute a figure from the release's own figures, claim-* " +
          "compare a figure with the official series.",
      },
      quoted_text: { description: "The exact words of the release that state the figure." },
      measure: {
        description: perspective
          ? `total, exports, imports, balance (named from ${side}'s side) or rank.`
          : "total, exports, imports, balance (named from the side the release tells them from) or rank.",
      },
      partner_code: { description: "Census country code of the partner the figure is about (2010 = Mexico)." },
      partner_name: { description: `The partner's name, in ${LANGUAGE_NAME[lang]}.` },
      reported_value: {
        description: "The figure as the release prints it.",
        unit: "millions of US dollars (rank: a place)",
      },
      official_or_computed_value: {
        description:
          "The official value (claims) or the value the release's own figures give (identities); " +
          "empty when there is none.",
        unit: "millions of US dollars (rank: a place)",
      },
      delta: { description: "reported − official (or computed).", unit: "millions of US dollars (rank: places)" },
      tolerance: { description: "The largest delta rounding explains: half a unit of the printed precision." },
      status: {
        description:
          "exact, within_rounding, revised (official value published after the release), mismatch or unverified.",
      },
      basis: { description: "SA or NSA: the basis the figure is compared on." },
      vintage: { description: "The Census vintage compared with; empty for identities." },
      source: { description: "Ids of the sources in `sources`, or the release's own figures for identities." },
      source_title: {
        description: "Titles of those sources (in the same order as their ids), or the release's title for identities.",
      },
      explanation: { description: `Why the status, in ${LANGUAGE_NAME[lang]}.` },
    } satisfies Record<(typeof CHECKS_CSV_COLUMNS)[number], { description: string; unit?: string }>,
  };
}

/** The companion of /api/revisions.csv: what the rows are, where each value comes from, how to cite them. */
export function revisionsCsvMetadata(
  history: RevisionHistory,
  partner: Pick<Partner, "name_en" | "code">,
  sourcesById: ReadonlyMap<string, Source>,
): CsvMetadata {
  const q = history.query;
  const ids = [...new Set(history.entries.flatMap((e) => splitSourceId(e.sourceId)))];
  const sources = ids.map((id) => sourcesById.get(id)).filter((s): s is Source => Boolean(s));
  const basisWords = q.basis === "SA" ? "seasonally adjusted (SA)" : "not seasonally adjusted (NSA)";
  const title = `US ${q.flow} with ${partner.name_en}, ${q.period}, ${basisWords}: every vintage held`;
  const qs = new URLSearchParams({ partner: partner.code, flow: q.flow, basis: q.basis, period: q.period }).toString();
  return {
    title,
    description:
      `Every value Balanza holds for US goods ${q.flow} with ${partner.name_en} (Census code ` +
      `${partner.code}) in ${q.period}, ${basisWords}, ` +
      "oldest publication first: each official file or page (kind official) and first releases " +
      "as quoted in the press (kind reported, rounded), " +
      "with the change from the value before it. A balance is listed for each vintage that has " +
      "both flows, never from two vintages.",
    units: "millions of US dollars (current prices), full precision as published",
    fileName: revisionsFileName(history, partner),
    sources: sources.map(sourceEntry),
    vintage: null,
    citation:
      `Balanza, "${title}", from ` +
      `${sources.map((s) => `${s.publisher}, "${s.title}", vintage ${s.vintage}, ${s.url}`).join("; ")}.`,
    license: LICENSE_NOTE,
    query: {
      csv: `/api/revisions.csv?${qs}`,
      json: `/api/revisions?${qs}`,
      parameters: Object.fromEntries(new URLSearchParams(qs)),
    },
    lastUpdated: history.entries.at(-1)?.vintage ?? null,
    columns: {
      period: { description: "The month the figure is of, YYYY-MM." },
      reporter: { description: "Who publishes the figures: US (the Census Bureau)." },
      partner: { description: `Census country code (${partner.code} = ${partner.name_en}).` },
      flow: { description: "exports, imports (US side) or balance (exports − imports)." },
      basis: { description: "SA = seasonally adjusted, NSA = not seasonally adjusted." },
      vintage: { description: "When the value was published (YYYY-MM, or YYYY-MM-DD where the day is known)." },
      kind: {
        description: "official: a Census (or FRED) file or page; reported: a first release as quoted in the press.",
      },
      value_musd: { description: "The value as published.", unit: "millions of US dollars" },
      change_musd: { description: "Change from the row before (empty for the first).", unit: "millions of US dollars" },
      change_percent: {
        description: "That change in percent of the row before's value (empty for the first).",
        unit: "percent",
      },
      source: { description: "Id of the source in `sources`; balance rows say they are computed, and from which." },
    } satisfies Record<(typeof REVISIONS_CSV_COLUMNS)[number], { description: string; unit?: string }>,
  };
}
