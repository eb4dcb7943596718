import type { Bilingual } from "../data/release-schema";
import type { CheckStatus } from "./schema";
import { formatDelta, formatMusd, formatNumber, formatPeriod, type Lang } from "../i18n/format";
import { bilingual } from "../i18n/messages";

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
}): Bilingual {
  return bilingual((m, lang) => {
    if (a.official === null || a.delta === null || a.status === "unverified")
      return m.explainNoOfficial(a.basis, formatPeriod(a.period, lang));
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
        return m.explainRevised(numbers);
      default:
        return m.explainMismatch(numbers);
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
