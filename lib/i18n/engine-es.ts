// The claim engine's words in Spanish (lib/claims, lib/checks): what it writes of each figure it reads and checks —
// reasons for inferred attributes, explanations of verdicts and identities, revision rules, draft labels. Kept apart
// from the interface catalogue (es.ts) so that no page's scripts carry them: only the server runs the engine.
import type { FigureOfficialWords, PeriodSearchWords, TextIdentityWords } from "./message-types";

export const esEngine = {
  // Periods a text may mean when it names none.
  periodYearTo: (month: string) => `enero a ${month}`,
  periodYear: (year: number) => `el año ${String(year)}`,
  // Why an attribute the text does not state was chosen.
  periodSearched: (a: PeriodSearchWords) => {
    const next = a.runnerUp
      ? `; le sigue ${a.runnerUp.period}${a.runnerUp.basis === null ? "" : ` ${a.runnerUp.basis}`}, ` +
        String(a.runnerUp.score)
      : "";
    return (
      `El texto no nombra el periodo${a.basis === null ? "" : " ni la base"}; ${a.period}` +
      `${a.basis === null ? "" : `, ${a.basis}`} es la lectura que mejor explica sus cifras (puntaje ` +
      `${String(a.score)} de ${String(a.max)}${next}).`
    );
  },
  periodOfOthers: (period: string) => `El texto no nombra el periodo; se toma el de sus demás cifras (${period}).`,
  periodBySize: (period: string) =>
    `El texto no nombra el periodo y ningún dato que tenemos explica sus cifras; por su tamaño se leen como ` +
    `${period}, sin verificar.`,
  periodCarried: "El periodo se toma de lo dicho antes en el texto.",
  rankBasis: "Solo la serie no desestacionalizada cubre a todos los socios de EUA; el lugar se calcula con ella.",
  basisChosen: (basis: "SA" | "NSA", more: number, fewer: number) =>
    `El texto no dice si las cifras están desestacionalizadas; ` +
    `${basis === "SA" ? "la serie desestacionalizada" : "la serie sin desestacionalizar"} explica más de ellas ` +
    `(${String(more)} frente a ${String(fewer)}).`,
  sideFlipped:
    "El texto no dice de qué lado son las exportaciones e importaciones; leídas desde el otro lado explican más " +
    "cifras.",
  flowByValue: "El texto no nombra el flujo de esta cifra; es el flujo cuyo valor oficial explica.",
  chosenByReader: "Elegido por quien revisa el texto, en lugar de la lectura de Balanza.",
  // Flows the text's own figures show to be swapped or mislabelled.
  flowSwapped: (explanation: string, flow: "us_exports" | "us_imports" | "balance" | "total") =>
    `${explanation} En cambio, coincide con el otro flujo ` +
    `(${flow === "us_exports" ? "importaciones de EUA" : "exportaciones de EUA"}): flujo cambiado o mal rotulado.`,
  /** `right` is the other figure, truly of the `flow` both are labelled. */
  flowMislabelled: (a: { explanation: string; total: string; right: string; flow: "us_exports" | "us_imports" }) =>
    `${a.explanation} El total del propio texto (${a.total}) es la suma de esta cifra y ${a.right}, que sí es ` +
    `${a.flow === "us_imports" ? "importación de EUA" : "exportación de EUA"}: esta es el otro flujo, mal rotulada.`,
  // The text's own arithmetic.
  fitsOwnArithmetic: (exports: string, op: string, imports: string) =>
    `Sin dato oficial que la cubra, pero coincide con la aritmética del propio texto: ${exports} ${op} ${imports}.`,
  breaksOwnIdentity: (explanation: string, a: TextIdentityWords) =>
    `${explanation} Además rompe la identidad del propio texto (${a.formula} = ${a.computed}, no ${a.stated}), ` +
    `y las otras dos cifras coinciden con los datos oficiales: es la errónea.`,
  identityHolds: (a: TextIdentityWords) =>
    `${a.formula} = ${a.computed}; el texto dice ${a.stated}: cuadra al redondeo impreso.`,
  identityFails: (a: TextIdentityWords) =>
    `${a.formula} = ${a.computed}, pero el texto dice ${a.stated} (diferencia ${a.delta}, ` +
    `tolerancia ±${a.tolerance}).`,
  sumOfOwnPair: (sum: string) =>
    `Sin dato oficial que la cubra, pero es la suma de las dos cifras del propio texto (${sum}).`,
  pairSameFlow: (a: string, b: string, sum: string) =>
    `${a} + ${b} = ${sum}, el total del texto, aunque ambas se rotulan como el mismo flujo: una de ellas es el otro.`,
  // One figure against the official series (lib/checks/check-figure.ts).
  kindWord: {
    level: "el valor",
    change: "el cambio",
    growth_pct: "la variación porcentual",
    share_pct: "la participación",
    rank: "el lugar",
  },
  vintageWords: (vintage: string, baseVintage: string | null) =>
    baseVintage ? `publicación ${vintage}, sobre la base publicada en ${baseVintage}` : `publicación ${vintage}`,
  noOfficialCovers: (kind: string, basis: string, from: string, to: string | null) =>
    `Ningún dato oficial que tenemos cubre ${kind} de esta cifra ` +
    `(${basis}, ${from}${to === null ? "" : ` a ${to}`}); queda sin verificar.`,
  fitWord: { rounded: "redondeada", truncated: "truncada (el medio corta, no redondea)" },
  figureAgrees: (a: FigureOfficialWords, how: string | null) =>
    `Oficial (${a.basis}, ${a.vintage}): ${a.official}; la cifra impresa, ${a.printed}, coincide ` +
    `${how === null ? "exactamente" : `una vez ${how}`}.`,
  figureDiffers: (a: FigureOfficialWords, delta: string) =>
    `Oficial (${a.basis}, ${a.vintage}): ${a.official}; la cifra impresa, ${a.printed}, difiere en ${delta}`,
  mismatchBefore: (differs: string) => `${differs}, con datos publicados antes del texto: no coincide.`,
  revisedWithin: (differs: string, bound: string) =>
    `${differs}, más que el redondeo pero dentro de lo que mueve una revisión (±${bound}); solo tenemos ` +
    `publicaciones posteriores al texto.`,
  mismatchNoAnnual: (differs: string, bound: string) =>
    `${differs}, más de lo que mueve una revisión (±${bound}), y entre el texto y esa publicación no hubo ` +
    `revisión anual: no coincide.`,
  undecided: (differs: string, bound: string) =>
    `${differs}, más de lo que explica una revisión (±${bound}); sin un dato de la época no se puede decidir.`,
  // How far a revision may move a figure (lib/checks/revision-bound.ts).
  revisionOfImports: (pct: string, basis: string) =>
    `hasta ${pct} de las importaciones del socio (mayor diferencia vista entre dos copias ${basis})`,
  revisionOfLevel: (pct: string, basis: string) =>
    `hasta ${pct} del nivel (mayor diferencia vista entre dos copias ${basis})`,
  // A draft release.json from the engine's reading (lib/claims/release-draft.ts).
  draftMeasure: {
    total: "Intercambio comercial",
    exports: "Exportaciones",
    imports: "Importaciones",
    balance: "Saldo comercial",
    rank: "Lugar entre los socios de EUA",
    change: "Cambio frente al periodo comparado",
    growth: "Crecimiento frente al periodo comparado",
    share: "Participación en el total mundial",
  },
  draftPeriodStated: "Periodo dicho en el texto.",
  draftBasisStated: "Base dicha en el texto.",
  draftRankFromWords: (quote: string) => `«${quote}» se lee como primer lugar.`,
  draftRankStated: "Lugar dicho con un número.",
};
