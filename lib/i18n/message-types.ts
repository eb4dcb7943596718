// The shapes of the parameters that catalogue messages take (es.ts, en.ts).

export interface SummaryCounts {
  claims: number;
  claimsConsistent: number;
  claimsRevised: number;
  claimsMismatch: number;
  claimsUnverified: number;
  identities: number;
  identitiesConsistent: number;
}

export interface SourceWords {
  publisher: string;
  title: string;
  basis: string;
  vintage: string;
}

/** Numbers of an explanation, already formatted in the catalogue's language. */
export interface ExplainNumbers {
  computed?: string;
  reported: string;
  delta: string;
  tolerance: string;
}

export interface RankWords {
  partner: string;
  rank: number;
  month: string;
  total: string;
  basis: string;
  vintage: string;
  ahead: string;
  reported: number;
}

/**
 * What revisions of one kind have done, as words: "revisions of US imports (Mexico) moved figures by at most
 * 1.78 %".
 */
export interface RevisionWords {
  flow: string;
  partner: string;
  max: string;
  pairs: number;
  revised: number;
  median: string | null;
}

/** The period and basis the claim engine chose for a text's silent figures, as words (lib/claims/check-text.ts). */
export interface PeriodSearchWords {
  /** The chosen period in the catalogue's language ("enero a julio de 2025"). */
  period: string;
  /** The chosen basis as an adjective; null when the text states its basis. */
  basis: string | null;
  score: number;
  /** The highest score the silent figures could reach. */
  max: number;
  /** The runner-up reading: its period, its basis code (null when stated) and score. */
  runnerUp: { period: string; basis: string | null; score: number } | null;
}

/** An identity among a text's own figures, its numbers already formatted in the catalogue's language. */
export interface TextIdentityWords {
  formula: string;
  computed: string;
  stated: string;
  delta: string;
  tolerance: string;
}

/** One figure against one official value, its numbers already formatted in the catalogue's language. */
export interface FigureOfficialWords {
  basis: string;
  /** Which publication the value comes from (`vintageWords`). */
  vintage: string;
  official: string;
  printed: string;
}
