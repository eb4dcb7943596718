import type { Bilingual } from "../data/release-schema";
import type { CheckStatus } from "./schema";
import { formatDelta, formatMusd, formatNumber, formatPeriod, type Lang } from "../i18n/format";
import { bilingual, type Messages } from "../i18n/messages";
import type { RevisionBound } from "./revision-stats";

const pct = (v: number, lang: Lang) => `${formatNumber(v, lang, 2)} %`;

/** What revisions of the claim's kind have done, in words; the groups name partners by name (or "all"). */
function revisionWords(b: RevisionBound, m: Messages, lang: Lang): string {
  return b.groups
    .map((g) =>
      m.revisionSeen({
        flow: m.usFlowWord[g.flow],
        partner: g.partner === "all" ? m.allPartners : g.partner,
        max: pct(g.maxPercent, lang),
        pairs: g.pairs,
        revised: g.revised,
        median: g.medianRevisedPercent === null ? null : pct(g.medianRevisedPercent, lang),
      }),
    )
    .join(m.and);
}

const n = (v: number, lang: Lang) => formatNumber(v, lang, 1);
const d = (v: number, lang: Lang) => formatDelta(v, lang, 1);

/** One sentence per language on an identity among the release's own figures. */
export function explainIdentity(a: {
  formula: string;
  computed: number;
  reported: number;
  delta: number;
  tolerance: number;
  precision: number;
  status: CheckStatus;
}): Bilingual {
  return bilingual((m, lang) => {
    const numbers = {
      formula: a.formula,
      computed: n(a.computed, lang),
      reported: n(a.reported, lang),
      delta: d(a.delta, lang),
      tolerance: n(a.tolerance, lang),
    };
    if (a.status === "exact") return m.explainIdentityExact(a.formula, numbers.computed);
    if (a.status === "within_rounding") return m.explainIdentityRounded({ ...numbers, step: m.stepName(a.precision) });
    return m.explainIdentityBroken(numbers);
  });
}

/** One sentence per language on a money claim against the official value. */
export function explainClaim(a: {
  reported: number;
  official: number | null;
  delta: number | null;
  tolerance: number;
  status: CheckStatus;
  basis: string;
  vintage: string | null;
  period: string;
  /** What revisions of this kind have been seen to do, when the comparison vintage came after the release. */
  revision?: RevisionBound | null;
  /** Why there is no official value, beyond "none held" (the flows only in different vintages). */
  noValueReason?: Bilingual | null;
}): Bilingual {
  return bilingual((m, lang) => {
    if (a.official === null || a.delta === null || a.status === "unverified") {
      const none = m.explainNoOfficial(a.basis, formatPeriod(a.period, lang));
      return a.noValueReason ? `${none} ${a.noValueReason[lang]}` : none;
    }
    const numbers = {
      official: m.explainOfficial(n(a.official, lang), a.basis, a.vintage ?? "—"),
      reported: n(a.reported, lang),
      delta: d(a.delta, lang),
      tolerance: n(a.tolerance, lang),
    };
    switch (a.status) {
      case "exact":
        return m.explainExact(numbers.official);
      case "within_rounding":
        return m.explainRounded(numbers);
      case "revised":
        return a.revision
          ? m.explainRevisedWithin({
              ...numbers,
              seen: revisionWords(a.revision, m, lang),
              bound: n(a.revision.musd, lang),
            })
          : m.explainRevised(numbers);
      default:
        return a.revision
          ? m.explainMismatchLater({
              ...numbers,
              seen: revisionWords(a.revision, m, lang),
              bound: n(a.revision.musd, lang),
            })
          : m.explainMismatch(numbers);
    }
  });
}

/** One sentence per language on the rank claim. */
export function explainRank(a: {
  partnerName: Bilingual;
  reported: number;
  rank: number | null;
  total: number | null;
  period: string;
  basis: string;
  vintage: string | null;
  ahead: Bilingual[];
}): Bilingual {
  return bilingual((m, lang) => {
    const month = formatPeriod(a.period, lang);
    if (a.rank === null || a.total === null) return m.explainRankMissing(month);
    return m.explainRank({
      partner: a.partnerName[lang],
      rank: a.rank,
      month,
      total: formatMusd(a.total, lang, m.sentenceMusd),
      basis: a.basis,
      vintage: a.vintage ?? "—",
      ahead: a.rank === 1 ? a.ahead.map((p) => p[lang]).join(m.and) : "",
      reported: a.reported,
    });
  });
}
