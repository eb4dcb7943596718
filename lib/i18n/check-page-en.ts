// The English words of the page that checks any text: the same keys as check-page-es.ts (its type is that one's).
import type { CheckPageMessages } from "./check-page-messages";

export const enCheckPage: CheckPageMessages = {
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
    budget: (what: string) => `The text is too long to check within a second (${what}). Split it and check each part.`,
    engine: "Balanza could not check this text (a fault in its engine, not in the text). Try another part of it.",
    other: "The form could not be read: check the fields and try again.",
  },
};
