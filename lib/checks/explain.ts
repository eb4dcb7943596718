import type { Bilingual } from "../data/release-schema";
import type { CheckStatus } from "./schema";
import { formatDelta, formatMusd, formatNumber, formatPeriod, type Lang } from "../i18n/format";
import type { RevisionBound } from "./revision-stats";

const pct = (v: number, lang: Lang) => `${formatNumber(v, lang, 2)} %`;
const FLOW_ES = { exports: "exportaciones", imports: "importaciones" } as const;

/** "revisions of US imports from Mexico (SA) moved figures by at most 1.78 % (largest of 84 pairs of vintages; median revision 0.64 %)". */
function revisionSentence(b: RevisionBound): Bilingual {
  const part = (lang: Lang) =>
    b.groups
      .map((g) => {
        const who = g.partner === "all" ? (lang === "es" ? "todos los socios" : "all partners") : g.partner;
        const flow = lang === "es" ? FLOW_ES[g.flow] : g.flow;
        const typical =
          g.medianRevisedPercent === null
            ? ""
            : lang === "es"
              ? `; mediana de las revisadas ${pct(g.medianRevisedPercent, lang)}`
              : `; median of those revised ${pct(g.medianRevisedPercent, lang)}`;
        return lang === "es"
          ? `las revisiones de ${flow} de EUA (${who}) movieron las cifras a lo sumo ${pct(g.maxPercent, lang)} (la mayor de ${g.pairs} parejas de ediciones, ${g.revised} revisadas${typical})`
          : `revisions of US ${flow} (${who}) moved figures by at most ${pct(g.maxPercent, lang)} (largest of ${g.pairs} pairs of vintages, ${g.revised} revised${typical})`;
      })
      .join(lang === "es" ? " y " : " and ");
  return { es: part("es"), en: part("en") };
}

const n = (v: number, lang: Lang) => formatNumber(v, lang, 1);
const d = (v: number, lang: Lang) => formatDelta(v, lang, 1);

const STEP_NAME: Record<string, Bilingual> = {
  "1": { es: "unidades", en: "units" },
  "10": { es: "decenas", en: "tens" },
  "100": { es: "centenas", en: "hundreds" },
  "1000": { es: "millares", en: "thousands" },
};

function stepName(precision: number): Bilingual {
  return STEP_NAME[String(precision)] ?? { es: `múltiplos de ${precision}`, en: `multiples of ${precision}` };
}

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
  const step = stepName(a.precision);
  if (a.status === "exact") {
    return {
      es: `${a.formula} = ${n(a.computed, "es")}: la cifra del comunicado coincide exactamente con sus propias cifras.`,
      en: `${a.formula} = ${n(a.computed, "en")}: the release's figure equals its own figures exactly.`,
    };
  }
  if (a.status === "within_rounding") {
    return {
      es: `${a.formula} = ${n(a.computed, "es")}, que el comunicado imprime como ${n(a.reported, "es")}: coherente una vez redondeado a ${step.es} (diferencia ${d(a.delta, "es")}, tolerancia ±${n(a.tolerance, "es")}).`,
      en: `${a.formula} = ${n(a.computed, "en")}, which the release prints as ${n(a.reported, "en")}: consistent once rounded to ${step.en} (delta ${d(a.delta, "en")}, tolerance ±${n(a.tolerance, "en")}).`,
    };
  }
  return {
    es: `${a.formula} = ${n(a.computed, "es")}, pero el comunicado dice ${n(a.reported, "es")}: la diferencia (${d(a.delta, "es")}) excede lo que explica el redondeo (±${n(a.tolerance, "es")}).`,
    en: `${a.formula} = ${n(a.computed, "en")}, but the release says ${n(a.reported, "en")}: the delta (${d(a.delta, "en")}) is more than rounding explains (±${n(a.tolerance, "en")}).`,
  };
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
  /** Why there is no official value, when there is a reason beyond "none held" (flows only in different vintages). */
  noValueReason?: Bilingual | null;
}): Bilingual {
  const month = { es: formatPeriod(a.period, "es"), en: formatPeriod(a.period, "en") };
  if (a.official === null || a.delta === null || a.status === "unverified") {
    const why = a.noValueReason ? { es: ` ${a.noValueReason.es}`, en: ` ${a.noValueReason.en}` } : { es: "", en: "" };
    return {
      es: `No hay un valor oficial comparable (${a.basis}, ${month.es}) en los datos: la cifra queda sin verificar.${why.es}`,
      en: `No comparable official value (${a.basis}, ${month.en}) is in the data: the figure is unverified.${why.en}`,
    };
  }
  const seen = a.revision ? revisionSentence(a.revision) : null;
  const off = {
    es: `${n(a.official, "es")} (${a.basis}, edición ${a.vintage})`,
    en: `${n(a.official, "en")} (${a.basis}, ${a.vintage} vintage)`,
  };
  switch (a.status) {
    case "exact":
      return { es: `Coincide con el valor oficial ${off.es}.`, en: `Equals the official ${off.en}.` };
    case "within_rounding":
      return {
        es: `El valor oficial ${off.es} redondea a la cifra del comunicado, ${n(a.reported, "es")} (diferencia ${d(a.delta, "es")}, tolerancia ±${n(a.tolerance, "es")}).`,
        en: `The official ${off.en} rounds to the release's ${n(a.reported, "en")} (delta ${d(a.delta, "en")}, tolerance ±${n(a.tolerance, "en")}).`,
      };
    case "revised":
      return {
        es: `El comunicado dice ${n(a.reported, "es")} y el valor oficial es ${off.es}, diferencia ${d(a.delta, "es")}; ese valor se publicó después del comunicado, así que una revisión puede explicar la diferencia${seen ? `: ${seen.es}, hasta ${n(a.revision?.musd ?? 0, "es")} mdd aquí` : ""}.`,
        en: `The release says ${n(a.reported, "en")} and the official value is ${off.en}, delta ${d(a.delta, "en")}; that value was published after the release, so a revision may explain the difference${seen ? `: ${seen.en}, up to ${n(a.revision?.musd ?? 0, "en")} $M here` : ""}.`,
      };
    default:
      if (seen)
        return {
          es: `El comunicado dice ${n(a.reported, "es")} y el valor oficial, publicado después, es ${off.es}: la diferencia (${d(a.delta, "es")}) excede el redondeo (±${n(a.tolerance, "es")}) más lo que una revisión ha movido cifras así (${seen.es}, hasta ${n(a.revision?.musd ?? 0, "es")} mdd aquí).`,
          en: `The release says ${n(a.reported, "en")} and the official value, published later, is ${off.en}: the delta (${d(a.delta, "en")}) is more than rounding (±${n(a.tolerance, "en")}) plus what revisions have moved such figures (${seen.en}, up to ${n(a.revision?.musd ?? 0, "en")} $M here).`,
        };
      return {
        es: `El comunicado dice ${n(a.reported, "es")}, pero el valor oficial publicado antes del comunicado es ${off.es}: la diferencia (${d(a.delta, "es")}) excede el redondeo (±${n(a.tolerance, "es")}).`,
        en: `The release says ${n(a.reported, "en")}, but the official value published before the release is ${off.en}: the delta (${d(a.delta, "en")}) is more than rounding (±${n(a.tolerance, "en")}).`,
      };
  }
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
  const month = { es: formatPeriod(a.period, "es"), en: formatPeriod(a.period, "en") };
  if (a.rank === null || a.total === null) {
    return {
      es: `No hay datos de todos los socios para ${month.es}: el lugar queda sin verificar.`,
      en: `No all-partner data for ${month.en}: the rank is unverified.`,
    };
  }
  const others = { es: a.ahead.map((p) => p.es).join(" y "), en: a.ahead.map((p) => p.en).join(" and ") };
  return {
    es: `${a.partnerName.es} fue el socio número ${a.rank} de EUA por comercio total en ${month.es} (${formatMusd(a.total, "es", { exact: true })}, ${a.basis}, edición ${a.vintage})${a.rank === 1 && others.es ? `, por delante de ${others.es}` : ""}; el comunicado lo da como número ${a.reported}.`,
    en: `${a.partnerName.en} was the United States' number ${a.rank} partner by two-way trade in ${month.en} (${formatMusd(a.total, "en")}, ${a.basis}, ${a.vintage} vintage)${a.rank === 1 && others.en ? `, ahead of ${others.en}` : ""}; the release puts it at number ${a.reported}.`,
  };
}
