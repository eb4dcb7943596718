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

/** What revisions of one kind have done, as words: "revisions of US imports (Mexico) moved figures by at most 1.78 %". */
export interface RevisionWords {
  flow: string;
  partner: string;
  max: string;
  pairs: number;
  revised: number;
  median: string | null;
}
