// The English catalogue: the same keys as es.ts (its type is es.ts's), every word Balanza shows in English.
import type { Messages } from "./messages";

export const en: Messages = {
  // The dashboard.
  appName: "Balanza",
  tagline: "Every figure of a press release, checked against the official data",
  release: "Press release",
  releaseText: "Release text",
  releaseTextNote: (textLang: "es" | "en") =>
    `The full text, in ${textLang === "es" ? "Spanish" : "English"}, as distributed. Every marked figure carries its check.`,
  releaseExcerptNote: (textLang: "es" | "en") =>
    `The sentences of the original that state figures, in ${textLang === "es" ? "Spanish" : "English"}, quoted ` +
    "verbatim. Every marked figure carries its check.",
  charts: "Charts",
  checks: "Check of every figure",
  summary: "Summary",
  language: "Language",
  perspective: "Perspective",
  perspectiveMx: "Mexico",
  perspectiveUs: "US",
  perspectiveHelp: "Whose side exports and imports are named from",
  range: "Period",
  range12m: "12 months",
  range5y: "5 years",
  rangeAll: "All",
  rangeCustom: "Custom",
  rangeFrom: "From",
  rangeTo: "To",
  apply: "Apply",
  basis: "Basis",
  basisSA: "Seasonally adjusted (SA)",
  basisNSA: "Not seasonally adjusted (NSA)",
  dataTable: "Data table",
  tableLoading: "Loading the table…",
  unit: "Unit",
  notes: "Notes",
  inferred: "Inference",
  month: "Month",
  figure: "Figure",
  quote: "Text",
  reported: "Reported",
  officialOrComputed: "Official or computed",
  delta: "Delta",
  tolerance: "Tolerance",
  status: "Status",
  basisVintage: "Period, basis and vintage",
  periodInferred: "inferred",
  basisInferred: "inferred",
  source: "Source",
  explanation: "Explanation",
  releaseOwnFigures: "the release's own figures",
  yoy: "YoY",
  releaseMonth: "release month",
  claimedSpan: "months the release sums",
  rank: "Rank",
  rankOverTime: "Rank over time",
  partner: "Partner",
  twoWayTrade: "Two-way trade",
  exports: "Exports",
  imports: "Imports",
  usExports: "US exports",
  usImports: "US imports",
  partnersRanked: (n) => (n > 0 ? `among ${n} partners` : "no all-partner data"),
  loading: "Loading…",
  loadError: "The data could not be loaded.",
  chartLoading: "The chart appears once the page loads; the numbers are in the table.",
  notFoundTitle: "Release not found",
  notFoundBody: "There is no release at that address.",
  backHome: "Go to the latest release",
  identity: "identity",
  claim: "figure",
  inRelease: "in the release",
  rangeMissed: (asked, bounds, shown) =>
    `There are no data from ${asked.from} to ${asked.to}: the series runs from ${bounds.first} to ${bounds.last}. ` +
    `Showing ${shown.from} to ${shown.to}.`,
  checksRestated: (seenFrom, releaseFrom) =>
    `Seen from ${seenFrom}: exports and imports swap names and the balance changes sign (one side's surplus is ` +
    `the other's deficit). The "Text" column quotes the release as printed, from ${releaseFrom}.`,
  step: "Step",
  value: "Value",
  start: "From",
  end: "To",
  noValue: "—",
  dateLine: (city, date) => `${city}, ${date}`,

  statusWord: {
    exact: "Exact",
    within_rounding: "Within rounding",
    revised: "Revised",
    mismatch: "Mismatch",
    unverified: "Unverified",
  },
  checksSummary: (s) =>
    [
      `${s.claimsConsistent} of ${s.claims} figures consistent with official data`,
      ...(s.claimsRevised ? [`${s.claimsRevised} revised since publication`] : []),
      ...(s.claimsMismatch ? [`${s.claimsMismatch} mismatched`] : []),
      ...(s.claimsUnverified ? [`${s.claimsUnverified} unverified`] : []),
      `${s.identitiesConsistent} of ${s.identities} arithmetic identities hold`,
    ].join("; ") + ".",

  // Flows, sides and units.
  us: "the US",
  usSelf: "US",
  flowShort: { exports: "Exports", imports: "Imports", balance: "Balance" },
  flowWords: { exports: "exports", imports: "imports", balance: "balance", all: "exports, imports and balance" },
  flowLabel: {
    exports: (self, other) => `${self} exports to ${other}`,
    imports: (self, other) => `${self} imports from ${other}`,
    balance: (self, other) => `${self} balance with ${other} (surplus +)`,
  },
  // "Mexico's exports" ("Mexico exports to the US" would read as a sentence); "US exports" is attributive.
  selfName: (partner) => `${partner}'s`,
  musdUnit: "millions of US dollars",
  sentenceMusd: { exact: false },
  rankUnit: "rank (1 = largest two-way trade)",
  basisLong: { SA: "seasonally adjusted (SA)", NSA: "not seasonally adjusted (NSA)" },
  basisAdjective: { SA: "seasonally adjusted", NSA: "not seasonally adjusted" },
  inferredBasis: "inferred",
  inferredPeriod: "inferred",

  sourceLine: (parts) =>
    parts.length ? `Source: ${parts.join("; ")}.` : "Source: none; there are no official data to show.",
  sourceOf: (s) => `${s.publisher}, ${s.title} (${s.basis}, ${s.vintage} vintage)`,
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
  releaseMonthShortStated: "Release",
  releaseMonthShortReported: (vintage) => `NSA first ${vintage}`,
  releaseMonthNote: (basis) =>
    `The release's figures are ${basis}, first release, as quoted; ` +
    `no official file of that first release is at hand to check them against.`,

  seriesTitle: (basisLong, partner) => `Monthly series, ${basisLong}: ${partner} and the US`,
  vintageColumn: "Vintage",
  seamLabel: "vintage changes",
  seamTitle: (period, from, to) => `${period}: from the ${from} vintage to the ${to}`,
  howRevised: "How this figure was revised",
  revisionsTitle: (label, month) => `How this figure was revised: ${label}, ${month}`,
  revisionsIntro: (releaseValue, date, measure) =>
    `The release (${date}) gives ${releaseValue} $M; here, US ${measure} as each vintage we hold has it, oldest first.`,
  revisionsBasis: (basis, claimed) => `${basis}${claimed ? " (the basis attributed to the figure)" : ""}`,
  revisionsNone: "No vintage has this month on this basis.",
  revisionsKindReported: "first release, as reported (rounded)",
  revisionsKindOfficial: "official",
  revisionsChange: "Change from the previous",
  revisionsRelease: "The release's figure",
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
  colBasis: "Basis",
  colFlow: "Flow",
  colPartner: "Partner",
  colLag: "Months between publications",
  colPairs: "Pairs",
  colRevised: "Revised",
  colMedian: "Median",
  colMedianRevised: "Median of revised",
  colP95: "95th percentile",
  colLargest: "Largest",
  colLargestAt: "Largest, at",
  revisionsChartLabel: (basis) => `Values by vintage (${basis}) and the release's figure`,
  usMeasureWords: { exports: "exports", imports: "imports", balance: "balance", total: "two-way trade" },
  kindColumn: "Kind",
  seriesYoyNote: "Year-on-year change: against the same month a year earlier.",

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
  downloadCsv: "Download CSV",
  check: "Check",
  official: "Official",
  computed: "Computed",
  period: "Period",
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

  chartName: {
    "release-month": "The release month: reported and official",
    bridge: "From the arithmetic to the printed balance",
    series: "Monthly series of exports, imports and balance",
    rank: "Rank among US trading partners",
    figure: "Verified figure",
    revisions: "How a figure of the release was revised",
    "claimed-levels": "The release's amounts against the official ones",
    "claimed-growth": "The release's growth rates against the official ones",
    "claimed-shares": "The release's shares against the official ones",
  },

  embed: {
    open: "Embed",
    heading: "Embed on your site",
    lang: "Language",
    theme: "Theme",
    size: "Size",
    figure: "Figure",
    figures: {
      balance: 'Balance ("utilidades")',
      exports: "Exports",
      imports: "Imports",
      total: "Two-way trade",
      rank: "Rank among US partners",
    },
    preview: "Preview",
    snippet: "Code to paste into your page",
    copy: "Copy code",
    copied: "Code copied.",
    copyFailed: "Could not copy: select the code and copy it.",
    close: "Close",
    themes: { light: "Light", dark: "Dark", auto: "Follow the system" },
    sizes: { s: "Small", m: "Medium", l: "Large" },
    galleryBack: "back to the dashboard",
    galleryTitle: "Embed Balanza charts",
    galleryIntro:
      "Put a verified Balanza chart on your site: pick the chart, its language, theme and size, and paste the " +
      "code. The chart is drawn on the server, sizes itself to its content and weighs a few KB.",
  },

  downloadSide: (from, partner) => (from === "mx" ? `${partner} with the US` : `US with ${partner}`),
  downloadSeries: (a) => `Download CSV: trade ${a.side}, ${a.flows}, ${a.basis}${a.months}`,
  downloadMonths: (from, to) =>
    from && to ? `, ${from} to ${to}` : from ? `, from ${from}` : to ? `, up to ${to}` : ", all months",
  downloadChecks: (release) => `Download CSV: the check of every figure of ${release}`,
  downloadChart: {
    "release-month": "the release month's figures, reported and official",
    bridge: "from exports minus imports to the printed balance",
    ranks: "rank among US trading partners by month",
    "claimed-levels": "the release's other levels, stated and official",
    "claimed-growth": "the release's growth rates, stated and official, with both periods",
    "claimed-shares": "the release's shares, stated and official, with the World",
  },
  downloadChartSide: { mx: ", from Mexico's side", us: ", from the US side" },
  allData: {
    title: "Download all data",
    lead:
      "The whole monthly series of US trade with Mexico (exports, imports and computed balance), in millions of " +
      "dollars, Excel-ready, with its metadata (source, vintage, citation).",
    basis: { SA: "seasonally adjusted", NSA: "not seasonally adjusted" },
    csv: "CSV",
    meta: "metadata (JSON)",
  },
  exportWords: {
    xlsx: "XLSX",
    downloadXlsx: "Download XLSX",
    svg: "SVG",
    png: "PNG",
    image: "Image",
    zip: "ZIP (CSVs, metadata and README)",
    xlsxOf: (what) => `Download XLSX: ${what}`,
    imageOf: (format, title) => `Download ${format} image: ${title}`,
    zipLabel: "Download all data as one ZIP: every CSV, its metadata and a README that describes them",
    citeThis: "Cite this",
    citeHeading: "How to cite",
    copyCitation: "Copy citation",
    citation: (a) =>
      `Balanza. (n.d.). ${a.title} [Data set; ${a.release}]. Source: ${a.sources}. ` +
      `Retrieved [date accessed], from ${a.url}`,
    citationSource: (s) => `${s.publisher}, ${s.title}, ${s.vintage} vintage`,
    ownFigures: "the release's own figures",
    imageFooter: (url) => `Balanza · ${url}`,
    checkTitle: (label) => `Check of "${label}"`,
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
  seriesVintagesNote: (runs) =>
    `Each month from the latest vintage that has it (the table gives each value's; a dotted vertical line marks each ` +
    `change): ${runs}. The balance is computed only from two flows of one vintage.`,
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
  checkPage: {
    link: "Check any text",
    title: "Check any text",
    siteTitle: "Check a text — Balanza",
    intro:
      "Paste a Spanish or English text about US goods trade, with its publication date: Balanza finds every " +
      "figure, reads what it claims and checks it against the official series. Nothing is stored.",
    back: "Back to the latest release",
    textLabel: "Text",
    textHelp: (max: string) => `Up to ${max} characters.`,
    dateLabel: "Publication date",
    dateHelp: "YYYY-MM-DD, YYYY-MM or YYYY; not after today.",
    langLabel: "Language of the text",
    langAuto: "Detect",
    langEs: "Spanish",
    langEn: "English",
    submit: "Check",
    working: "Checking…",
    recheck: "Check again with these readings",
    recheckHelp:
      "Change the period, basis, flow or partner of any figure and check again: the figure is checked anew " +
      "with the reading you choose.",
    resultTitle: "The text, figure by figure",
    resultNote: "Every marked figure carries its verdict and leads to its row in the table.",
    tableTitle: "Check of every figure in the text",
    identitiesTitle: "The text's own identities",
    noIdentities: "The text gives no figures that add up or subtract from one another.",
    identityHolds: "holds",
    identityFails: "does not hold",
    identityBreaks: (n: number) => `figure ${n} breaks it`,
    noClaims: "No trade figure was found in the text.",
    json: "See this result as JSON",
    summary: (claims: number, consistent: number, others: string) =>
      `${claims} trade ${claims === 1 ? "figure" : "figures"}; ${consistent} consistent with the official data${others}.`,
    /** The summary's words for figures that are not consistent. */
    summaryWords: { revised: "revised", mismatch: "do not match", unverified: "unverified" },
    summaryWordsOne: { revised: "revised", mismatch: "does not match", unverified: "unverified" },
    summaryOther: (n: number, word: string) => `; ${n} ${word}`,
    notClaims: (n: number) =>
      n === 1
        ? "1 number that is not a trade figure (a date, a year, a count)."
        : `${n} numbers that are not trade figures (dates, years, counts).`,
    inferenceTitle: "What the text does not say",
    changedByYou: (n: number) => `Readings you changed: ${n}.`,
    overridesDropped: "The text changed: the readings chosen for the previous text were not applied.",
    col: {
      n: "No.",
      quote: "Quote",
      kind: "Kind",
      partner: "Partner",
      flow: "Flow",
      period: "Period",
      basis: "Basis",
      value: "Value",
      official: "Official",
      delta: "Delta",
      tolerance: "Tolerance",
      vintage: "Vintage",
      verdict: "Verdict",
      explanation: "Explanation",
      change: "Change reading",
    },
    kind: {
      level: "level",
      change: "change",
      growth_pct: "growth %",
      share_pct: "share %",
      rank: "rank",
    },
    flow: {
      us_exports: "US exports",
      us_imports: "US imports",
      balance: "US balance",
      total: "Two-way trade",
    },
    unitOf: { money: "$M", points: "% points", rank: "rank" },
    inferredMark: "inferred",
    chosenMark: "chosen by you",
    why: "why",
    asRead: "as read",
    periodRange: (from: string, to: string) => `${from} to ${to}`,
    noOfficial: "no official value",
    changeFor: (n: number, what: string) => `${what} of figure ${n}`,
    /** Each language by its own name, in both catalogues. */
    languageNames: { es: "Español", en: "English" },
    budgetWhat: {
      numbers: (n: number) => `more than ${n} numbers`,
      claims: (n: number) => `${n} trade figures`,
      silentClaims: (n: number) => `${n} figures with no stated period`,
    },
    errors: {
      text_empty: "The text is missing: paste the text you want to check.",
      text_long: (n: string, max: string) => `The text has ${n} characters; at most ${max} are checked.`,
      date_malformed: "The date must be YYYY-MM-DD, YYYY-MM or YYYY (for example 2024-03-22).",
      date_invalid: "That date does not exist: check the month and the day.",
      date_future: (today: string) => `The date is after today (${today}): use the date the text was published.`,
      budget: (what: string) =>
        `The text is too long to check within a second (${what}). Split it and check each part.`,
      engine: "Balanza could not check this text (a fault in its engine, not in the text). Try another part of it.",
      other: "The form could not be read: check the fields and try again.",
    },
  },
};
