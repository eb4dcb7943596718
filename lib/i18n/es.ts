// The Spanish (es-MX) catalogue: every word Balanza shows — dashboard, widget, Embed dialog, CSV explanations, the
// widget's error pages. en.ts has the same keys (its type is this one's). Numbers are formatted by ./format.ts.
// The words the browser's scripts show are in client-es.ts, spread in here; the claim engine's are in engine-es.ts.
import type { ExplainNumbers, RankWords, RevisionWords, SummaryCounts } from "./message-types";
import { clientEs } from "./client-es";
import { esCheckPage } from "./check-page-es";

export const es = {
  ...clientEs,
  // The dashboard.
  appName: "Balanza",
  tagline: "Cada cifra de un comunicado, cotejada con los datos oficiales",
  releaseText: "Texto del comunicado",
  releaseTextNote: (textLang: "es" | "en") =>
    `Texto íntegro, en ${textLang === "es" ? "español" : "inglés"}, tal como se distribuyó. Cada cifra marcada lleva su verificación.`,
  releaseExcerptNote: (textLang: "es" | "en") =>
    `Las oraciones del original que dan cifras, en ${textLang === "es" ? "español" : "inglés"}, citadas ` +
    "textualmente. Cada cifra marcada lleva su verificación.",
  charts: "Gráficas",
  tableLoading: "Cargando la tabla…",
  reported: "Reportado",
  officialOrComputed: "Oficial o calculado",
  basisVintage: "Periodo, base y edición",
  periodInferred: "inferido",
  basisInferred: "inferida",
  loading: "Cargando…",
  chartLoading: "La gráfica aparece al cargar la página; los números están en la tabla.",
  notFoundTitle: "Comunicado no encontrado",
  notFoundBody: "No hay ningún comunicado con esa dirección.",
  backHome: "Ir al comunicado más reciente",
  identity: "identidad",
  inRelease: "en el comunicado",
  checksRestated: (seenFrom: string, releaseFrom: string) =>
    `Vista desde ${seenFrom}: exportaciones e importaciones cambian de nombre y el saldo cambia de signo ` +
    `(el superávit de un lado es el déficit del otro). La columna «Texto» cita el comunicado tal como se imprimió, ` +
    `desde ${releaseFrom}.`,
  dateLine: (city: string, date: string) => `${city}, ${date}`,

  checksSummary: (s: SummaryCounts) =>
    [
      `${s.claimsConsistent} de ${s.claims} cifras coherentes con los datos oficiales`,
      ...(s.claimsRevised ? [`${s.claimsRevised} revisadas desde su publicación`] : []),
      ...(s.claimsMismatch ? [`${s.claimsMismatch} no coinciden`] : []),
      ...(s.claimsUnverified ? [`${s.claimsUnverified} sin verificar`] : []),
      `${s.identitiesConsistent} de ${s.identities} identidades aritméticas cuadran`,
    ].join("; ") + ".",

  /** How a money figure inside a sentence is written: exact millions in Spanish ("67,084 mdd"). */
  sentenceMusd: { exact: true },
  rankUnit: "lugar (1 = mayor comercio total)",
  inferredBasis: "inferida",
  inferredPeriod: "inferido",

  releaseRef: (issuer: string, number: string, date: string) =>
    number === "—" ? `${issuer} (${date})` : `${issuer}, comunicado ${number} (${date})`,
  vintageOf: (vintage: string) => `edición ${vintage}`,
  sourceWord: "Fuente",

  // The four charts' view models.
  bridgeTitle: "Del cálculo a la cifra impresa: exportaciones − importaciones = saldo",
  bridgeExportsShort: "Export.",
  bridgeImportsLabel: (importsLabel: string) => `menos ${importsLabel.charAt(0).toLowerCase()}${importsLabel.slice(1)}`,
  bridgeImportsShort: "− Import.",
  bridgeComputed: "Saldo calculado (exportaciones − importaciones)",
  bridgeComputedShort: "Saldo calculado",
  bridgePrinted: "Saldo impreso en el comunicado",
  bridgePrintedShort: "Saldo impreso",
  bridgeSourceLine: (a: { release: string; basis: string; inferred: boolean; date: string }) =>
    `Fuente: ${a.release}; cálculo de Balanza con las cifras del propio comunicado. Base ${a.basis}` +
    `${a.inferred ? " (inferida)" : ""}, primera publicación según se cita (edición: el comunicado, ${a.date}).`,
  bridgeRoundingNote: (step: number, tolerance: number) =>
    `El comunicado imprime el saldo redondeado a múltiplos de ${step} mdd; ` +
    `una diferencia de hasta ±${tolerance} la explica el redondeo.`,
  bridgeStatus: (printed: string, computed: string) => `Impreso ${printed} frente a ${computed} calculado`,
  deltaWord: "diferencia",
  toleranceWord: "tolerancia",

  releaseMonthTitle: (partner: string) => `El mes del comunicado: lo reportado y lo oficial, ${partner}`,
  releaseMonthStated: (basis: string) => `Comunicado (${basis}, primera publicación, según se cita)`,
  releaseMonthOfficial: (basis: string, vintage: string) => `Oficial ${basis} (edición ${vintage})`,
  releaseMonthReported: (vintage: string) => `NSA primera publicación, según la prensa (${vintage})`,
  releaseMonthNote: (basis: string) =>
    `Las cifras del comunicado son ${basis}, de primera publicación, tal como se citan; ` +
    `no hay archivo oficial de esa primera publicación con que cotejarlas.`,

  seamTitle: (period: string, from: string, to: string) => `${period}: de la edición ${from} a la ${to}`,
  howRevised: "Cómo se revisó esta cifra",
  revisionsTitle: (label: string, month: string) => `Cómo se revisó esta cifra: ${label}, ${month}`,
  revisionsIntro: (releaseValue: string, date: string, measure: string) =>
    `El comunicado (${date}) da ${releaseValue} mdd; aquí, ${measure} de EUA según cada edición que tenemos, ` +
    `de la más antigua a la más reciente.`,
  revisionsBasis: (basis: string, claimed: boolean) => `${basis}${claimed ? " (la base atribuida a la cifra)" : ""}`,
  revisionsNone: "Ninguna edición tiene este mes en esta base.",
  revisionsKindReported: "primera publicación, según la prensa (redondeada)",
  revisionsKindOfficial: "oficial",
  revisionsBack: "Volver al comunicado",
  revisionStatsLink: "Cuánto han movido las revisiones las cifras de todas las series",
  revisionStatsTitle: "Cuánto mueven las revisiones las cifras",
  revisionStatsIntro: (pairs: string, vintages: number) =>
    `Medido sobre cada pareja de ediciones oficiales que tenemos de una misma serie (socio, corriente, base) y mes: ` +
    `${pairs} parejas de ${vintages} ediciones. Revisión = |posterior − anterior| / anterior × 100; las parejas sin ` +
    `cambio cuentan (como 0), y también una diferencia dentro del redondeo de una cifra publicada redondeada. ` +
    `«Todos» = cada país (códigos ≥ 1000) con una cifra anterior de al menos 100 mdd; un socio aparece con 30 ` +
    `parejas o más. ` +
    `Las primeras cifras citadas en la prensa no cuentan. Percentiles por rango más cercano. Calculado al construir ` +
    `el sitio; un cotejo llama «revisada» a una diferencia que no pasa la mayor revisión vista de su tipo.`,
  revisionStatsCaption: (lag: string) => `Revisiones por base, corriente (lado de EUA) y socio; ${lag}`,
  revisionStatsAllLags: "cualquier tiempo entre las dos publicaciones",
  revisionStatsByLag: "por meses entre las dos publicaciones",
  revisionStatsMore: (n: number) => `Los ${n} grupos de los demás socios, en JSON`,
  revisionStatsAll: "todos",
  revisionStatsMonths: (lag: string) => `${lag} meses`,
  revisionsChartLabel: (basis: string) => `Valores por edición (${basis}) y la cifra del comunicado`,
  usMeasureWords: { exports: "exportaciones", imports: "importaciones", balance: "saldo", total: "comercio total" },
  rankTitle: (partner: string) => `Lugar de ${partner} entre los socios comerciales de EUA`,
  rankNote:
    "Lugar entre todos los socios de EUA (solo países) por comercio total: exportaciones + importaciones de EUA.",
  rankOtherMonth: (period: string, releasePeriod: string) =>
    `Mes elegido: ${period}; el comunicado se refiere a ${releasePeriod}, así que aquí no se verifica ninguna ` +
    `de sus cifras.`,
  rankByMonth: "Lugar por mes",
  rankPartners: (n: number) => (n > 0 ? `${n} socios` : "sin datos del conjunto de socios"),
  rankOverTimeNote: "Lugar a lo largo del tiempo (1 = mayor)",
  rankOverTimeTitle: "Lugar a lo largo del tiempo",
  rankClaimed: "Lugar que afirma el comunicado",
  rankOf: (rank: string, of: number) => (of > 0 ? `lugar ${rank} de ${of}` : `lugar ${rank}`),
  rankPrinted: (rank: number) => `${rank}.º lugar`,
  rankWord: "lugar",

  // The widget.
  viewInBalanza: "Ver en Balanza",
  opensNewTab: " (abre una pestaña nueva)",
  tableSummary: "Ver los datos en tabla",
  noData: "Sin datos",
  figureTitle: "Cifra verificada",
  againstOwnFigures: (formula: string) => `Frente a sus propias cifras (${formula})`,
  againstOfficial: (basis: string, vintage: string) => `Frente a la serie oficial (${basis}, edición ${vintage})`,
  csvThisChart: "los datos de este gráfico",
  csvReleaseChecks: "cifras y verificaciones del comunicado",

  /** The widget's error page: what is wrong with the options, in words a web editor can act on. */
  widgetError: {
    title: "No se puede mostrar este gráfico de Balanza",
    unknown_chart: "No existe ese gráfico.",
    too_long: "Las opciones son demasiado largas.",
    unknown_option: "Opción desconocida",
    repeated_option: "Opción repetida",
    bad_value: "Valor no válido en la opción",
    unknown_release: "No existe ese comunicado.",
    not_in_release: "Este comunicado no tiene ese gráfico: no dice ninguna cifra que mostrar en él.",
    no_data: "No hay datos en los meses que pide la opción",
    from_after_to:
      "El mes de la opción «from» es posterior al de «to»: el primer mes debe ser anterior o igual al último.",
    allowed: "Valores admitidos",
    charts: "Gráficos",
    releaseCharts: "Gráficos de este comunicado",
  },

  allData: {
    title: "Descargar todos los datos",
    lead:
      "La serie mensual completa de EUA con México (exportaciones, importaciones y saldo calculado), en millones de " +
      "dólares, lista para Excel, con su ficha de metadatos (fuente, edición, cita).",
    basis: { SA: "desestacionalizada", NSA: "sin desestacionalizar" },
    csv: "CSV",
    meta: "metadatos (JSON)",
  },
  siteTitle: "Balanza — comercio México–EUA, cifras verificadas",
  siteDescription:
    "Cada cifra de un comunicado de comercio exterior, cotejada con la serie oficial de la Oficina del Censo de EUA.",

  // Explanations of each check (also in the checks CSV).
  stepName: (precision: number) =>
    ({ 1: "unidades", 10: "decenas", 100: "centenas", 1000: "millares" })[precision] ?? `múltiplos de ${precision}`,
  explainIdentityExact: (formula: string, computed: string) =>
    `${formula} = ${computed}: la cifra del comunicado coincide exactamente con sus propias cifras.`,
  explainIdentityRounded: (a: ExplainNumbers & { formula: string; step: string }) =>
    `${a.formula} = ${a.computed}, que el comunicado imprime como ${a.reported}: coherente una vez redondeado a ` +
    `${a.step} (diferencia ${a.delta}, tolerancia ±${a.tolerance}).`,
  explainIdentityBroken: (a: ExplainNumbers & { formula: string }) =>
    `${a.formula} = ${a.computed}, pero el comunicado dice ${a.reported}: la diferencia (${a.delta}) excede lo ` +
    `que explica el redondeo (±${a.tolerance}).`,
  explainNoOfficial: (basis: string, month: string) =>
    `No hay un valor oficial comparable (${basis}, ${month}) en los datos: la cifra queda sin verificar.`,
  explainOfficial: (value: string, basis: string, vintage: string) => `${value} (${basis}, edición ${vintage})`,
  explainExact: (official: string) => `Coincide con el valor oficial ${official}.`,
  explainRounded: (a: ExplainNumbers & { official: string }) =>
    `El valor oficial ${a.official} redondea a la cifra del comunicado, ${a.reported} (diferencia ${a.delta}, ` +
    `tolerancia ±${a.tolerance}).`,
  explainRevised: (a: ExplainNumbers & { official: string }) =>
    `El comunicado dice ${a.reported} y el valor oficial es ${a.official}, diferencia ${a.delta}; ese valor se ` +
    `publicó después del comunicado, así que una revisión puede explicar la diferencia.`,
  explainMismatch: (a: ExplainNumbers & { official: string }) =>
    `El comunicado dice ${a.reported}, pero el valor oficial publicado antes del comunicado es ${a.official}: la ` +
    `diferencia (${a.delta}) excede el redondeo (±${a.tolerance}).`,
  explainRevisedWithin: (a: ExplainNumbers & { official: string; seen: string; bound: string }) =>
    `El comunicado dice ${a.reported} y el valor oficial es ${a.official}, diferencia ${a.delta}; ese valor se ` +
    `publicó después del comunicado y una revisión puede explicar la diferencia: ${a.seen}, hasta ${a.bound} mdd aquí.`,
  explainMismatchLater: (a: ExplainNumbers & { official: string; seen: string; bound: string }) =>
    `El comunicado dice ${a.reported} y el valor oficial, publicado después, es ${a.official}: la diferencia ` +
    `(${a.delta}) excede el redondeo (±${a.tolerance}) más lo que una revisión ha movido cifras así (${a.seen}, ` +
    `hasta ${a.bound} mdd aquí).`,
  revisionSeen: (g: RevisionWords) =>
    `las revisiones de ${g.flow} de EUA (${g.partner}) movieron las cifras a lo sumo ${g.max} (la mayor de ` +
    `${g.pairs} parejas de ediciones, ${g.revised} revisadas` +
    `${g.median ? `; mediana de las revisadas ${g.median}` : ""})`,
  allPartners: "todos los socios",
  usFlowWord: { exports: "exportaciones", imports: "importaciones" },
  noOfficialOneFlow: (flow: "exports" | "imports", vintages: string) =>
    `Solo hay ${flow === "exports" ? "exportaciones" : "importaciones"} de EUA de ese mes (edición ${vintages}); ` +
    `ninguna edición tiene las ${flow === "exports" ? "importaciones" : "exportaciones"}, ` +
    `y un saldo o total nunca se calcula con dos ediciones.`,
  noOfficialSplit:
    "Las dos corrientes de ese mes solo están en ediciones distintas; un saldo o total nunca se calcula con dos " +
    "ediciones.",
  gapSplit: "Ninguna edición tiene las dos corrientes de estos meses: el saldo nunca se calcula mezclando ediciones.",
  gapNoFlow: (flow: "exports" | "imports") =>
    `No hay ${flow === "exports" ? "exportaciones" : "importaciones"} de estos meses en ninguna edición: el saldo no ` +
    `se puede calcular.`,
  explainRankMissing: (month: string) =>
    `No hay datos de todos los socios para ${month}: el lugar queda sin verificar.`,
  explainRank: (a: RankWords) =>
    `${a.partner} fue el socio número ${a.rank} de EUA por comercio total en ${a.month} (${a.total}, ${a.basis}, ` +
    `edición ${a.vintage})${a.ahead ? `, por delante de ${a.ahead}` : ""}; ` +
    `el comunicado lo da como número ${a.reported}.`,
  and: " y ",
  /** The /check page: any text, checked. */
  claimed: {
    legendStated: "Lo que dice el comunicado",
    legendOfficial: "Oficial (la edición con que se verificó)",
    levelsTitle: "Montos que dice el comunicado, frente a los oficiales (millones de dólares)",
    growthTitle: "Tasas de crecimiento que dice el comunicado, con los dos periodos comparados",
    sharesTitle: "Participaciones que dice el comunicado, con el denominador (comercio de EUA con el mundo)",
    stated: "Dicho (mdd)",
    official: "Oficial (mdd)",
    statedPercent: "Dicho (%)",
    officialPercent: "Oficial (%)",
    levelNow: "Oficial, periodo (mdd)",
    levelThen: "Oficial, periodo comparado (mdd)",
    levelPartner: "Oficial, socio (mdd)",
    levelWorld: "Oficial, mundo (mdd)",
    versus: "frente a",
    heading: "Las demás cifras del comunicado",
    restated: (seenFrom: string) =>
      `Vistas desde ${seenFrom}: exportaciones e importaciones intercambian nombre y un saldo (o su cambio) cambia ` +
      "de signo; una tasa de crecimiento o una participación no cambia. Cada fila dice cómo la nombra el comunicado.",
  },
  originalLink: "Leer el original",
  library: {
    link: "Todos los comunicados",
    title: "Todos los comunicados que Balanza ha verificado",
    siteTitle: "Comunicados — Balanza",
    intro: (n: number) =>
      `${String(n)} textos —gobiernos, cámaras empresariales y prensa, en español e inglés— con cada cifra ` +
      "verificada contra la serie oficial de la Oficina del Censo.",
    caption: "Comunicados, con el veredicto sobre sus cifras",
    date: "Fecha",
    issuer: "Emisor",
    language: "Idioma",
    period: "Periodo de las cifras",
    verdicts: "Veredictos",
    figures: (n: number) => (n === 1 ? "1 cifra" : `${String(n)} cifras`),
    filters: "Filtrar",
    year: "Año",
    verdict: "Con un veredicto",
    sort: "Orden",
    any: "Cualquiera",
    apply: "Aplicar",
    clear: "Quitar filtros",
    sorts: { "date-desc": "Más recientes primero", "date-asc": "Más antiguos primero", issuer: "Por emisor" },
    langName: { es: "Español", en: "Inglés" },
    sourceType: {
      us_government: "Gobierno de EUA",
      mx_government: "Gobierno de México",
      chamber: "Cámara empresarial",
      news: "Prensa",
    },
    excerpt: "extracto",
    secondary: "copia secundaria",
    shown: (n: number, of: number) => `${String(n)} de ${String(of)} comunicados.`,
    none: "Ningún comunicado cumple estos filtros.",
    ignored: (list: string) => `Se ignoró (no es una de las opciones): ${list}.`,
    feed: "Canal Atom de comunicados",
    feedTitle: "Balanza: comunicados comerciales verificados",
    monthOnly: "día no conocido",
  },
  checkPage: esCheckPage,
};
