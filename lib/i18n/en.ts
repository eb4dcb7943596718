// The English catalogue: the same keys as es.ts (its type is es.ts's), every word Balanza shows in English.
import type { Messages } from "./messages";
import { clientEn } from "./client-en";
import { enCheckPage } from "./check-page-en";

export const en: Messages = {
  ...clientEn,
  // The dashboard.
  appName: "Balanza",
  tagline: "Every figure of a press release, checked against the official data",
  releaseText: "Release text",
  releaseTextNote: (textLang: "es" | "en") =>
    `The full text, in ${textLang === "es" ? "Spanish" : "English"}, as distributed. Every marked figure carries its check.`,
  releaseExcerptNote: (textLang: "es" | "en") =>
    `The sentences of the original that state figures, in ${textLang === "es" ? "Spanish" : "English"}, quoted ` +
    "verbatim. Every marked figure carries its check.",
  charts: "Charts",
  tableLoading: "Loading the table…",
  reported: "Reported",
  officialOrComputed: "Official or computed",
  basisVintage: "Period, basis and vintage",
  periodInferred: "inferred",
  basisInferred: "inferred",
  loading: "Loading…",
  chartLoading: "The chart appears once the page loads; the numbers are in the table.",
  notFoundTitle: "Release not found",
  notFoundBody: "There is no release at that address.",
  backHome: "Go to the latest release",
  identity: "identity",
  inRelease: "in the release",
  checksRestated: (seenFrom, releaseFrom) =>
    `Seen from ${seenFrom}: exports and imports swap names and the balance changes sign (one side's surplus is ` +
    `the other's deficit). The "Text" column quotes the release as printed, from ${releaseFrom}.`,
  dateLine: (city, date) => `${city}, ${date}`,

  checksSummary: (s) =>
    [
      `${s.claimsConsistent} of ${s.claims} figures consistent with official data`,
      ...(s.claimsRevised ? [`${s.claimsRevised} revised since publication`] : []),
      ...(s.claimsMismatch ? [`${s.claimsMismatch} mismatched`] : []),
      ...(s.claimsUnverified ? [`${s.claimsUnverified} unverified`] : []),
      `${s.identitiesConsistent} of ${s.identities} arithmetic identities hold`,
    ].join("; ") + ".",

  sentenceMusd: { exact: false },
  rankUnit: "rank (1 = largest two-way trade)",
  inferredBasis: "inferred",
  inferredPeriod: "inferred",

  releaseRef: (issuer, number, date) =>
    number === "—" ? `${issuer} (${date})` : `${issuer}, release ${number} (${date})`,
  vintageOf: (vintage) => `${vintage} vintage`,
  sourceWord: "Source",

  bridgeTitle: "From the arithmetic to the printed figure: exports − imports = balance",
  bridgeExportsShort: "Exports",
  bridgeImportsLabel: (importsLabel) => `minus ${importsLabel}`,
  bridgeImportsShort: "− Imports",
  bridgeComputed: "Computed balance (exports − imports)",
  bridgeComputedShort: "Computed balance",
  bridgePrinted: "Balance printed in the release",
  bridgePrintedShort: "Printed balance",
  bridgeSourceLine: (a) =>
    `Source: ${a.release}; Balanza's arithmetic on the release's own figures. ${a.basis} basis` +
    `${a.inferred ? " (inferred)" : ""}, first release as quoted (vintage: the release, ${a.date}).`,
  bridgeRoundingNote: (step, tolerance) =>
    `The release prints the balance rounded to a multiple of ${step} million dollars; ` +
    `a delta of up to ±${tolerance} is explained by rounding.`,
  bridgeStatus: (printed, computed) => `Printed ${printed} against ${computed} computed`,
  deltaWord: "delta",
  toleranceWord: "tolerance",

  releaseMonthTitle: (partner) => `The release month: reported and official, ${partner}`,
  releaseMonthStated: (basis) => `Release (${basis}, first release, as quoted)`,
  releaseMonthOfficial: (basis, vintage) => `Official ${basis} (${vintage} vintage)`,
  releaseMonthReported: (vintage) => `NSA first release, as reported (${vintage})`,
  releaseMonthNote: (basis) =>
    `The release's figures are ${basis}, first release, as quoted; ` +
    `no official file of that first release is at hand to check them against.`,

  seamTitle: (period, from, to) => `${period}: from the ${from} vintage to the ${to}`,
  howRevised: "How this figure was revised",
  revisionsTitle: (label, month) => `How this figure was revised: ${label}, ${month}`,
  revisionsIntro: (releaseValue, date, measure) =>
    `The release (${date}) gives ${releaseValue} $M; here, US ${measure} as each vintage we hold has it, oldest first.`,
  revisionsBasis: (basis, claimed) => `${basis}${claimed ? " (the basis attributed to the figure)" : ""}`,
  revisionsNone: "No vintage has this month on this basis.",
  revisionsKindReported: "first release, as reported (rounded)",
  revisionsKindOfficial: "official",
  revisionsBack: "Back to the release",
  revisionStatsLink: "How far revisions have moved the figures of every series",
  revisionStatsTitle: "How far revisions move the figures",
  revisionStatsIntro: (pairs, vintages) =>
    `Measured over every pair of official vintages we hold of the same series (partner, flow, basis) and month: ` +
    `${pairs} pairs from ${vintages} vintages. Revision = |later − earlier| / earlier × 100; unchanged pairs count ` +
    `(as 0), and so does a difference within the rounding of a figure published rounded. "All" = every country ` +
    `(codes ≥ 1000) with an earlier figure of at least $100M; a partner is shown with 30 pairs or more. First ` +
    `releases quoted in the press are not counted. Nearest-rank percentiles. Computed when the site is built; a ` +
    `check calls a difference "revised" only within the largest revision seen of its kind.`,
  revisionStatsCaption: (lag) => `Revisions by basis, flow (US side) and partner; ${lag}`,
  revisionStatsAllLags: "any time between the two publications",
  revisionStatsByLag: "by months between the two publications",
  revisionStatsMore: (n) => `The ${n} groups of every other partner, as JSON`,
  revisionStatsAll: "all",
  revisionStatsMonths: (lag) => `${lag} months`,
  revisionsChartLabel: (basis) => `Values by vintage (${basis}) and the release's figure`,
  usMeasureWords: { exports: "exports", imports: "imports", balance: "balance", total: "two-way trade" },
  rankTitle: (partner) => `${partner}'s rank among US trading partners`,
  rankNote: "Rank among all US partners (countries only) by two-way trade: US exports + imports.",
  rankOtherMonth: (period, releasePeriod) =>
    `Month chosen: ${period}; the release refers to ${releasePeriod}, so none of its figures is checked here.`,
  rankByMonth: "Rank by month",
  rankPartners: (n) => (n > 0 ? `${n} partners` : "no all-partner data"),
  rankOverTimeNote: "Rank over time (1 = largest)",
  rankOverTimeTitle: "Rank over time",
  rankClaimed: "The rank the release claims",
  rankOf: (rank, of) => (of > 0 ? `rank ${rank} of ${of}` : `rank ${rank}`),
  rankPrinted: (rank) => `No. ${rank}`,
  rankWord: "rank",

  viewInBalanza: "View in Balanza",
  opensNewTab: " (opens a new tab)",
  tableSummary: "Show the data as a table",
  noData: "No data",
  figureTitle: "Verified figure",
  againstOwnFigures: (formula) => `Against its own figures (${formula})`,
  againstOfficial: (basis, vintage) => `Against the official series (${basis}, ${vintage} vintage)`,
  csvThisChart: "this chart's data",
  csvReleaseChecks: "the release's figures and checks",

  widgetError: {
    title: "This Balanza chart cannot be shown",
    unknown_chart: "There is no such chart.",
    too_long: "The options are too long.",
    unknown_option: "Unknown option",
    repeated_option: "Repeated option",
    bad_value: "Invalid value for the option",
    unknown_release: "There is no such release.",
    not_in_release: "This release has no such chart: it states no figure to show in it.",
    no_data: "There are no data in the months asked for by the option",
    from_after_to: "The month in «from» is after the one in «to»: the first month must be on or before the last.",
    allowed: "Allowed values",
    charts: "Charts",
    releaseCharts: "This release's charts",
  },

  allData: {
    title: "Download all data",
    lead:
      "The whole monthly series of US trade with Mexico (exports, imports and computed balance), in millions of " +
      "dollars, Excel-ready, with its metadata (source, vintage, citation).",
    basis: { SA: "seasonally adjusted", NSA: "not seasonally adjusted" },
    csv: "CSV",
    meta: "metadata (JSON)",
  },
  siteTitle: "Balanza — US–Mexico trade, verified figures",
  siteDescription: "Every figure of a foreign-trade release, checked against the US Census Bureau's official series.",

  stepName: (precision) =>
    ({ 1: "units", 10: "tens", 100: "hundreds", 1000: "thousands" })[precision] ?? `multiples of ${precision}`,
  explainIdentityExact: (formula, computed) =>
    `${formula} = ${computed}: the release's figure equals its own figures exactly.`,
  explainIdentityRounded: (a) =>
    `${a.formula} = ${a.computed}, which the release prints as ${a.reported}: consistent once rounded to ${a.step} ` +
    `(delta ${a.delta}, tolerance ±${a.tolerance}).`,
  explainIdentityBroken: (a) =>
    `${a.formula} = ${a.computed}, but the release says ${a.reported}: the delta (${a.delta}) is more than rounding ` +
    `explains (±${a.tolerance}).`,
  explainNoOfficial: (basis, month) =>
    `No comparable official value (${basis}, ${month}) is in the data: the figure is unverified.`,
  explainOfficial: (value, basis, vintage) => `${value} (${basis}, ${vintage} vintage)`,
  explainExact: (official) => `Equals the official ${official}.`,
  explainRounded: (a) =>
    `The official ${a.official} rounds to the release's ${a.reported} (delta ${a.delta}, tolerance ±${a.tolerance}).`,
  explainRevised: (a) =>
    `The release says ${a.reported} and the official value is ${a.official}, delta ${a.delta}; that value was ` +
    `published after the release, so a revision may explain the difference.`,
  explainMismatch: (a) =>
    `The release says ${a.reported}, but the official value published before the release is ${a.official}: the ` +
    `delta (${a.delta}) is more than rounding (±${a.tolerance}).`,
  explainRevisedWithin: (a) =>
    `The release says ${a.reported} and the official value is ${a.official}, delta ${a.delta}; that value was ` +
    `published after the release, and a revision may explain the difference: ${a.seen}, up to ${a.bound} $M here.`,
  explainMismatchLater: (a) =>
    `The release says ${a.reported} and the official value, published later, is ${a.official}: the delta ` +
    `(${a.delta}) is more than rounding (±${a.tolerance}) plus what revisions have moved such figures (${a.seen}, ` +
    `up to ${a.bound} $M here).`,
  revisionSeen: (g) =>
    `revisions of US ${g.flow} (${g.partner}) moved figures by at most ${g.max} (largest of ${g.pairs} pairs of ` +
    `vintages, ${g.revised} revised${g.median ? `; median of those revised ${g.median}` : ""})`,
  allPartners: "all partners",
  usFlowWord: { exports: "exports", imports: "imports" },
  noOfficialOneFlow: (flow, vintages) =>
    `Only US ${flow} are held for that month (${vintages} vintage); no vintage has its ` +
    `${flow === "exports" ? "imports" : "exports"}, and a balance or total is never computed from two vintages.`,
  noOfficialSplit:
    "The two flows of that month are held only in different vintages; a balance or total is never computed from " +
    "two vintages.",
  gapSplit: "No vintage has both flows for these months: the balance is never computed from two vintages.",
  gapNoFlow: (flow) => `No vintage has ${flow} for these months: the balance cannot be computed.`,
  explainRankMissing: (month) => `No all-partner data for ${month}: the rank is unverified.`,
  explainRank: (a) =>
    `${a.partner} was the United States' number ${a.rank} partner by two-way trade in ${a.month} (${a.total}, ` +
    `${a.basis}, ${a.vintage} vintage)${a.ahead ? `, ahead of ${a.ahead}` : ""}; the release puts it at number ` +
    `${a.reported}.`,
  and: " and ",
  /** The /check page: any text, checked. */
  claimed: {
    legendStated: "Stated in the release",
    legendOfficial: "Official (the vintage it was checked against)",
    levelsTitle: "Levels the release states, against official (millions of dollars)",
    growthTitle: "Growth rates the release states, with the two periods compared",
    sharesTitle: "Shares the release states, with the denominator (US trade with the World)",
    stated: "Stated ($M)",
    official: "Official ($M)",
    statedPercent: "Stated (%)",
    officialPercent: "Official (%)",
    levelNow: "Official, period ($M)",
    levelThen: "Official, period compared ($M)",
    levelPartner: "Official, partner ($M)",
    levelWorld: "Official, World ($M)",
    versus: "vs",
    heading: "The release's other figures",
    restated: (seenFrom) =>
      `Seen from ${seenFrom}: exports and imports swap names and a balance (or its change) changes sign; a growth ` +
      "rate or a share does not change. Each row says how the release names it.",
  },
  originalLink: "Read the original",
  library: {
    link: "Every release",
    title: "Every release Balanza has checked",
    siteTitle: "Releases — Balanza",
    intro: (n: number) =>
      `${String(n)} texts — government, business chambers and the press, in Spanish and English — with every figure ` +
      "checked against the official Census series.",
    caption: "Releases, with the verdict on their figures",
    date: "Date",
    issuer: "Issuer",
    language: "Language",
    period: "Period of the figures",
    verdicts: "Verdicts",
    figures: (n: number) => (n === 1 ? "1 figure" : `${String(n)} figures`),
    filters: "Filter",
    year: "Year",
    verdict: "With a verdict of",
    sort: "Order",
    any: "Any",
    apply: "Apply",
    clear: "Clear filters",
    sorts: { "date-desc": "Newest first", "date-asc": "Oldest first", issuer: "By issuer" },
    langName: { es: "Spanish", en: "English" },
    sourceType: {
      us_government: "US government",
      mx_government: "Mexican government",
      chamber: "Business chamber",
      news: "News",
    },
    excerpt: "excerpt",
    secondary: "secondary copy",
    shown: (n: number, of: number) => `${String(n)} of ${String(of)} releases shown.`,
    none: "No release matches these filters.",
    ignored: (list: string) => `Ignored (not one of the choices): ${list}.`,
    feed: "Atom feed of releases",
    feedTitle: "Balanza: checked trade releases",
    monthOnly: "day not known",
  },
  checkPage: enCheckPage,
};
