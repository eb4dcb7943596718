/**
 * Scores the claim engine against the labelled corpus (shared/data/corpus): a claim is found when an engine claim's
 * span overlaps the label's quote and kind, partner, flow, months and value agree. Verdicts map consistent ↔
 * exact | within_rounding, error ↔ mismatch, revised ↔ revised, unverifiable ↔ unverified. Pure.
 */
import { z } from "zod";
import type { CheckedFigure, CheckTextResult } from "./schema";

export const corpusFigureSchema = z.object({
  quote: z.string(),
  occurrence: z.number().int().positive().optional(),
  claim: z.boolean(),
  why: z.string().optional(),
  kind: z.string().optional(),
  partner: z.string().optional(),
  flow: z.string().optional(),
  value_musd: z.number().optional(),
  months: z.array(z.string()).optional(),
  expected: z.enum(["consistent", "error", "revised", "unverifiable"]).optional(),
  evidence: z.string().optional(),
});
export const corpusTextSchema = z.object({
  id: z.string(),
  date: z.string(),
  lang: z.enum(["es", "en"]),
  text: z.string(),
  figures: z.array(corpusFigureSchema),
});
export const corpusSchema = z.array(corpusTextSchema);
export type CorpusText = z.infer<typeof corpusTextSchema>;
export type CorpusFigure = z.infer<typeof corpusFigureSchema>;

const VERDICT_OF: Record<string, string> = {
  exact: "consistent",
  within_rounding: "consistent",
  mismatch: "error",
  revised: "revised",
  unverified: "unverifiable",
};

/** Span of the n-th plain non-overlapping occurrence of `quote`. */
export function labelSpan(text: string, quote: string, occurrence = 1): { start: number; end: number } | null {
  let at = -1;
  let from = 0;
  for (let k = 0; k < occurrence; k++) {
    at = text.indexOf(quote, from);
    if (at < 0) return null;
    from = at + quote.length;
  }
  return { start: at, end: at + quote.length };
}

export interface Disagreement {
  id: string;
  lang: string;
  quote: string;
  problem: "missed" | "extra" | "verdict";
  label: string;
  engine: string;
  forWantOfVintage: boolean;
}

export interface Tally {
  labelled: number;
  found: number;
  engineClaims: number;
  engineMatched: number;
  verdictPairs: number;
  verdictAgree: number;
}

export interface CorpusScore {
  overall: Tally;
  byLang: Record<string, Tally>;
  byKind: Record<string, Tally>;
  errorsLabelled: number;
  errorsFlagged: number;
  disagreements: Disagreement[];
}

const emptyTally = (): Tally => ({
  labelled: 0,
  found: 0,
  engineClaims: 0,
  engineMatched: 0,
  verdictPairs: 0,
  verdictAgree: 0,
});

export const precisionOf = (t: Tally) => (t.engineClaims === 0 ? 1 : t.engineMatched / t.engineClaims);
export const recallOf = (t: Tally) => (t.labelled === 0 ? 1 : t.found / t.labelled);
export const agreementOf = (t: Tally) => (t.verdictPairs === 0 ? 1 : t.verdictAgree / t.verdictPairs);

function agrees(label: CorpusFigure, fig: CheckedFigure): boolean {
  if (fig.kind !== label.kind || fig.partner !== label.partner || fig.flow !== label.flow) return false;
  if ((fig.months ?? []).join() !== (label.months ?? []).join()) return false;
  const v = label.value_musd ?? NaN;
  return Math.abs((fig.value ?? NaN) - v) <= 1e-6 * Math.max(1, Math.abs(v));
}

function describeLabel(l: CorpusFigure): string {
  const m = l.months ?? [];
  const months = `${m[0] ?? ""}${m.length > 1 ? `..${m.at(-1) ?? ""}` : ""}`;
  return `${l.kind ?? ""} ${l.partner ?? ""} ${l.flow ?? ""} ${String(l.value_musd)} ${months} ${l.expected ?? ""}`;
}
export function describeFigure(f: CheckedFigure): string {
  const m = f.months ?? [];
  const months = `${m[0] ?? ""}${m.length > 1 ? `..${m.at(-1) ?? ""}` : ""}`;
  const head = `${f.kind ?? ""} ${f.partner ?? ""} ${f.flow ?? ""} ${String(f.value)}`;
  return `${head} ${months} ${f.basis ?? ""} ${f.verdict ?? ""}`;
}

/**
 * `heldFiles`: which SOURCES.md file numbers data/ holds; a verdict disagreement whose label rests on a file not held
 * is counted as for want of a vintage.
 */
export function scoreCorpus(
  corpus: CorpusText[],
  run: (t: CorpusText) => CheckTextResult,
  heldFiles: ReadonlySet<number>,
): CorpusScore {
  const score: CorpusScore = {
    overall: emptyTally(),
    byLang: {},
    byKind: {},
    errorsLabelled: 0,
    errorsFlagged: 0,
    disagreements: [],
  };
  const tallies = (lang: string, kind: string) => [
    score.overall,
    (score.byLang[lang] ??= emptyTally()),
    (score.byKind[kind] ??= emptyTally()),
  ];
  for (const t of corpus) {
    const result = run(t);
    // Ranks read from words alone ("principal socio comercial") write no number, and the corpus labels numbers only.
    const engine = result.figures.filter((f) => f.claim && !f.fromWords);
    const used = new Set<CheckedFigure>();
    for (const label of t.figures) {
      if (!label.claim) continue;
      const span = labelSpan(t.text, label.quote, label.occurrence ?? 1);
      for (const x of tallies(t.lang, label.kind ?? "?")) x.labelled++;
      if (label.expected === "error") score.errorsLabelled++;
      const overlapping = engine.filter((f) => span && f.start < span.end && f.end > span.start);
      const hit = overlapping.find((f) => !used.has(f) && agrees(label, f));
      const wantOfVintage = [...(label.evidence ?? "").matchAll(/files?\s+([\d\s,&–-]+)/g)]
        .flatMap((m) =>
          (m[1] ?? "")
            .split(/[^\d]+/)
            .filter(Boolean)
            .map(Number),
        )
        .some((n) => !heldFiles.has(n));
      if (!hit) {
        score.disagreements.push({
          id: t.id,
          lang: t.lang,
          quote: label.quote,
          problem: "missed",
          label: describeLabel(label),
          engine: overlapping.map(describeFigure).join(" | ") || "(nothing)",
          forWantOfVintage: false,
        });
        continue;
      }
      used.add(hit);
      for (const x of tallies(t.lang, label.kind ?? "?")) {
        x.found++;
        x.verdictPairs++;
      }
      const engineVerdict = VERDICT_OF[hit.verdict ?? "unverified"] ?? "unverifiable";
      if (label.expected === "error" && hit.verdict === "mismatch") score.errorsFlagged++;
      if (engineVerdict === label.expected) {
        for (const x of tallies(t.lang, label.kind ?? "?")) x.verdictAgree++;
      } else {
        score.disagreements.push({
          id: t.id,
          lang: t.lang,
          quote: label.quote,
          problem: "verdict",
          label: describeLabel(label),
          engine: `${describeFigure(hit)} — ${hit.explanation?.en ?? ""}`,
          // The label found data where the engine had none at all: the series is not in data/ yet.
          forWantOfVintage: wantOfVintage || (hit.official == null && label.expected !== "unverifiable"),
        });
      }
    }
    for (const f of engine) {
      for (const x of tallies(t.lang, f.kind ?? "?")) x.engineClaims++;
      if (used.has(f)) {
        for (const x of tallies(t.lang, f.kind ?? "?")) x.engineMatched++;
      } else {
        score.disagreements.push({
          id: t.id,
          lang: t.lang,
          quote: f.quote,
          problem: "extra",
          label: "(no label agrees)",
          engine: describeFigure(f),
          forWantOfVintage: false,
        });
      }
    }
  }
  return score;
}
