// The claim engine's words in English: the same keys as engine-es.ts (its type is engine-es.ts's).
import type { EngineMessages } from "./engine-messages";

export const enEngine: EngineMessages = {
  periodYearTo: (month) => `January to ${month}`,
  periodYear: (year) => `the year ${String(year)}`,
  periodSearched: (a) => {
    const next = a.runnerUp
      ? `; runner-up ${a.runnerUp.period}${a.runnerUp.basis === null ? "" : ` ${a.runnerUp.basis}`}, ` +
        String(a.runnerUp.score)
      : "";
    return (
      `The text names no period${a.basis === null ? "" : " and no basis"}; ${a.period}` +
      `${a.basis === null ? "" : `, ${a.basis}`} is the reading that best explains its figures (score ` +
      `${String(a.score)} of ${String(a.max)}${next}).`
    );
  },
  periodOfOthers: (period) => `The text names no period; the period of its other figures is used (${period}).`,
  periodBySize: (period) =>
    `The text names no period and no data we hold explains its figures; by their size they read as ${period}, ` +
    `unverified.`,
  periodCarried: "The period is carried from earlier in the text.",
  rankBasis: "Only the unadjusted series covers every US partner; the rank is computed from it.",
  basisChosen: (basis, more, fewer) =>
    `The text does not say whether its figures are seasonally adjusted; the ` +
    `${basis === "SA" ? "seasonally adjusted" : "unadjusted"} series explains more of them ` +
    `(${String(more)} against ${String(fewer)}).`,
  sideFlipped:
    "The text does not say whose exports and imports these are; read from the other side they explain more figures.",
  flowByValue: "The text names no flow for this figure; it is the flow whose official value it matches.",
  chosenByReader: "Chosen by the person reviewing the text, instead of Balanza's reading.",
  flowSwapped: (explanation, flow) =>
    `${explanation} It matches the other flow instead (${flow === "us_exports" ? "US imports" : "US exports"}): ` +
    `a swapped or mislabelled flow.`,
  flowMislabelled: (a) =>
    `${a.explanation} The text's own total (${a.total}) is this figure plus ${a.right}, which is the ` +
    `${a.flow === "us_imports" ? "US imports" : "US exports"} figure: this one is the other flow, mislabelled.`,
  fitsOwnArithmetic: (exports, op, imports) =>
    `No official value covers it, but it equals the text's own arithmetic: ${exports} ${op} ${imports}.`,
  breaksOwnIdentity: (explanation, a) =>
    `${explanation} It also breaks the text's own identity (${a.formula} = ${a.computed}, not ${a.stated}), ` +
    `while the other two figures match the official data: it is the wrong one.`,
  identityHolds: (a) => `${a.formula} = ${a.computed}; the text says ${a.stated}: it holds at the printed rounding.`,
  identityFails: (a) =>
    `${a.formula} = ${a.computed}, but the text says ${a.stated} (delta ${a.delta}, tolerance ±${a.tolerance}).`,
  sumOfOwnPair: (sum) => `No official value covers it, but it is the sum of the text's own two figures (${sum}).`,
  pairSameFlow: (a, b, sum) =>
    `${a} + ${b} = ${sum}, the text's total, though both are labelled the same flow: one of them is the other.`,
  kindWord: {
    level: "the value",
    change: "the change",
    growth_pct: "the percent change",
    share_pct: "the share",
    rank: "the rank",
  },
  vintageWords: (vintage, baseVintage) =>
    baseVintage ? `vintage ${vintage}, over the base as published in ${baseVintage}` : `vintage ${vintage}`,
  noOfficialCovers: (kind, basis, from, to) =>
    `No official data we hold covers ${kind} of this figure (${basis}, ${from}${to === null ? "" : ` to ${to}`}); ` +
    `left unverified.`,
  fitWord: { rounded: "rounded", truncated: "truncated (the outlet cuts, it does not round)" },
  figureAgrees: (a, how) =>
    `Official (${a.basis}, ${a.vintage}): ${a.official}; the printed ${a.printed} agrees ` +
    `${how === null ? "exactly" : `once ${how}`}.`,
  figureDiffers: (a, delta) =>
    `Official (${a.basis}, ${a.vintage}): ${a.official}; the printed ${a.printed} differs by ${delta}`,
  mismatchBefore: (differs) => `${differs}, in data published before the text: it does not match.`,
  revisedWithin: (differs, bound) =>
    `${differs}, more than rounding but within what a revision moves (±${bound}); we hold only vintages ` +
    `published after the text.`,
  mismatchNoAnnual: (differs, bound) =>
    `${differs}, more than a revision moves (±${bound}), with no annual revision between the text and that ` +
    `vintage: it does not match.`,
  undecided: (differs, bound) =>
    `${differs}, more than a revision explains (±${bound}); without data from the time it cannot be settled.`,
  revisionOfImports: (pct, basis) =>
    `up to ${pct} of the partner's imports (the largest gap seen between two ${basis} copies)`,
  revisionOfLevel: (pct, basis) => `up to ${pct} of the level (the largest gap seen between two ${basis} copies)`,
  draftMeasure: {
    total: "Two-way trade",
    exports: "Exports",
    imports: "Imports",
    balance: "Trade balance",
    rank: "Rank among US partners",
    change: "Change on the period compared",
    growth: "Growth on the period compared",
    share: "Share of the World total",
  },
  draftPeriodStated: "Period stated in the text.",
  draftBasisStated: "Basis stated in the text.",
  draftRankFromWords: (quote) => `"${quote}" is read as first place.`,
  draftRankStated: "Rank stated as a number.",
};
