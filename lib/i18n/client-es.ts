// The Spanish words the browser's scripts show (charts, controls, the Embed dialog, download links): the part of
// the catalogue (es.ts) that client leaves import, through client-messages.ts. Kept apart so that no page's scripts
// carry the words only the server writes. client-en.ts has the same keys.
import type { SourceWords } from "./message-types";

export const clientEs = {
  releaseOwnFigures: "cifras del propio comunicado",
  release: "Comunicado",
  checks: "Verificación de cada cifra",
  summary: "Resumen",
  language: "Idioma",
  perspective: "Perspectiva",
  perspectiveMx: "México",
  perspectiveUs: "EUA",
  perspectiveHelp: "De qué lado se nombran exportaciones e importaciones",
  range: "Periodo",
  range12m: "12 meses",
  range5y: "5 años",
  rangeAll: "Todo",
  rangeCustom: "Personalizado",
  rangeFrom: "Desde",
  rangeTo: "Hasta",
  apply: "Aplicar",
  basis: "Base",
  basisSA: "Desestacionalizada (SA)",
  basisNSA: "No desestacionalizada (NSA)",
  dataTable: "Tabla de datos",
  unit: "Unidad",
  notes: "Notas",
  inferred: "Inferencia",
  month: "Mes",
  figure: "Cifra",
  quote: "Texto",
  delta: "Diferencia",
  tolerance: "Tolerancia",
  status: "Estado",
  source: "Fuente",
  explanation: "Explicación",
  yoy: "var. anual",
  releaseMonth: "mes del comunicado",
  claimedSpan: "meses que suma el comunicado",
  rank: "Lugar",
  rankOverTime: "Lugar en el tiempo",
  partner: "Socio",
  twoWayTrade: "Comercio total",
  exports: "Exportaciones",
  imports: "Importaciones",
  usExports: "Exportaciones de EUA",
  usImports: "Importaciones de EUA",
  partnersRanked: (n: number) => (n > 0 ? `entre ${n} socios` : "sin datos del conjunto de socios"),
  loadError: "No se pudieron cargar los datos.",
  claim: "cifra",
  rangeMissed: (
    asked: { from: string; to: string },
    bounds: { first: string; last: string },
    shown: { from: string; to: string },
  ) =>
    `No hay datos de ${asked.from} a ${asked.to}: la serie va de ${bounds.first} a ${bounds.last}. ` +
    `Se muestra ${shown.from} a ${shown.to}.`,
  step: "Paso",
  value: "Valor",
  start: "Desde",
  end: "Hasta",
  noValue: "—",
  /** Each check status in one word (with its icon, ./status.ts; never told by colour alone). */
  statusWord: {
    exact: "Exacta",
    within_rounding: "Dentro del redondeo",
    revised: "Revisada",
    mismatch: "No coincide",
    unverified: "Sin verificar",
  },
  // Flows, sides and units.
  us: "EUA",
  usSelf: "EUA",
  flowShort: { exports: "Exportaciones", imports: "Importaciones", balance: "Saldo" },
  flowWords: {
    exports: "exportaciones",
    imports: "importaciones",
    balance: "saldo",
    all: "exportaciones, importaciones y saldo",
  },
  /** Named from a side: seen from Mexico, exports are Mexico's sales to the US. */
  flowLabel: {
    exports: (self: string, other: string) => `Exportaciones de ${self} a ${other}`,
    imports: (self: string, other: string) => `Importaciones de ${self} desde ${other}`,
    balance: (self: string, other: string) => `Saldo de ${self} con ${other} (superávit +)`,
  },
  /** Whose side a flow is named from, as a possessive or attributive ("de México", "Mexico's"). */
  selfName: (partner: string) => partner,
  musdUnit: "millones de dólares (mdd)",
  basisLong: { SA: "desestacionalizada (SA)", NSA: "no desestacionalizada (NSA)" },
  basisAdjective: { SA: "desestacionalizado", NSA: "sin desestacionalizar" },
  // Source lines.
  sourceLine: (parts: readonly string[]) =>
    parts.length ? `Fuente: ${parts.join("; ")}.` : "Fuente: ninguna; no hay datos oficiales que mostrar.",
  sourceOf: (s: SourceWords) => `${s.publisher}, ${s.title} (${s.basis}, edición ${s.vintage})`,
  releaseMonthShortStated: "Comunicado",
  releaseMonthShortReported: (vintage: string) => `NSA 1.ª publ. ${vintage}`,
  seriesTitle: (basisLong: string, partner: string) => `Serie mensual ${basisLong}: ${partner} y EUA`,
  vintageColumn: "Edición",
  seamLabel: "cambio de edición",
  revisionsChange: "Cambio frente a la anterior",
  revisionsRelease: "Cifra del comunicado",
  colBasis: "Base",
  colFlow: "Corriente",
  colPartner: "Socio",
  colLag: "Meses entre publicaciones",
  colPairs: "Parejas",
  colRevised: "Revisadas",
  colMedian: "Mediana",
  colMedianRevised: "Mediana de las revisadas",
  colP95: "Percentil 95",
  colLargest: "Mayor",
  colLargestAt: "La mayor, en",
  kindColumn: "Tipo",
  seriesYoyNote: "Variación anual: frente al mismo mes del año anterior.",

  downloadCsv: "Descargar CSV",
  check: "Verificación",
  official: "Oficial",
  computed: "Calculado",
  period: "Periodo",
  /** What each widget is called in snippets, oEmbed titles and the Embed dialog. */
  chartName: {
    "release-month": "El mes del comunicado: lo reportado y lo oficial",
    bridge: "Del cálculo a la cifra impresa (exportaciones − importaciones = saldo)",
    series: "Serie mensual de exportaciones, importaciones y saldo",
    rank: "Lugar entre los socios comerciales de EUA",
    figure: "Cifra verificada",
    revisions: "Cómo se revisó una cifra del comunicado",
    "claimed-levels": "Montos del comunicado frente a los oficiales",
    "claimed-growth": "Tasas de crecimiento del comunicado frente a las oficiales",
    "claimed-shares": "Participaciones del comunicado frente a las oficiales",
  },

  // The Embed dialog and the /embed gallery.
  embed: {
    open: "Insertar",
    heading: "Insertar en tu sitio",
    lang: "Idioma",
    theme: "Tema",
    size: "Tamaño",
    figure: "Cifra",
    figures: {
      balance: "Saldo («utilidades»)",
      exports: "Exportaciones",
      imports: "Importaciones",
      total: "Intercambio comercial",
      rank: "Lugar entre los socios de EUA",
    },
    preview: "Vista previa",
    snippet: "Código para pegar en tu página",
    copy: "Copiar código",
    copied: "Código copiado.",
    copyFailed: "No se pudo copiar: selecciona el código y cópialo.",
    close: "Cerrar",
    themes: { light: "Claro", dark: "Oscuro", auto: "Según el sistema" },
    sizes: { s: "Pequeño", m: "Mediano", l: "Grande" },
    galleryBack: "volver al tablero",
    galleryTitle: "Insertar gráficos de Balanza",
    galleryIntro:
      "Pon un gráfico verificado de Balanza en tu sitio: elige el gráfico, su idioma, tema y tamaño, y pega el " +
      "código. El gráfico se dibuja en el servidor, se ajusta a su contenido y pesa unos pocos KB.",
  },

  // Download links: the visible words first (WCAG 2.5.3), then exactly what the file holds.
  downloadSide: (from: "us" | "mx", partner: string) => (from === "mx" ? `${partner} con EUA` : `EUA con ${partner}`),
  downloadSeries: (a: { side: string; flows: string; basis: string; months: string }) =>
    `Descargar CSV: comercio ${a.side}, ${a.flows}, ${a.basis}${a.months}`,
  downloadMonths: (from: string | undefined, to: string | undefined) =>
    from && to ? `, de ${from} a ${to}` : from ? `, desde ${from}` : to ? `, hasta ${to}` : ", todos los meses",
  downloadChecks: (release: string) => `Descargar CSV: verificación de cada cifra de ${release}`,
  downloadChart: {
    "release-month": "cifras del mes del comunicado, reportadas y oficiales",
    bridge: "de exportaciones menos importaciones al saldo impreso",
    ranks: "lugar entre los socios comerciales de EUA por mes",
    "claimed-levels": "los demás montos del comunicado, dichos y oficiales",
    "claimed-growth": "las tasas de crecimiento del comunicado, dichas y oficiales, con ambos periodos",
    "claimed-shares": "las participaciones del comunicado, dichas y oficiales, con el mundo",
  },
  downloadChartSide: { mx: ", desde el lado de México", us: ", desde el lado de EUA" },
  // Data out: workbooks, the bundle, chart images, citations.
  exportWords: {
    xlsx: "XLSX",
    downloadXlsx: "Descargar XLSX",
    svg: "SVG",
    png: "PNG",
    image: "Imagen",
    zip: "ZIP (CSV, metadatos y README)",
    xlsxOf: (what: string) => `Descargar XLSX: ${what}`,
    imageOf: (format: string, title: string) => `Descargar imagen ${format}: ${title}`,
    zipLabel: "Descargar todos los datos en un ZIP: cada CSV, sus metadatos y un README que los describe",
    citeThis: "Citar",
    citeHeading: "Cómo citar",
    copyCitation: "Copiar cita",
    citation: (a: { title: string; release: string; sources: string; url: string }) =>
      `Balanza. (s. f.). ${a.title} [Conjunto de datos; ${a.release}]. Fuente: ${a.sources}. ` +
      `Consultado el [fecha de consulta], de ${a.url}`,
    citationSource: (s: { publisher: string; title: string; vintage: string }) =>
      `${s.publisher}, ${s.title}, edición ${s.vintage}`,
    imageFooter: (url: string) => `Balanza · ${url}`,
    // The release is named in the citation's description ([Conjunto de datos; release]), so not here again.
    checkTitle: (label: string) => `Verificación de «${label}»`,
  },
  seriesVintagesNote: (runs: string) =>
    `Cada mes, de la edición más reciente que lo tiene (la tabla da la de cada valor; una línea vertical punteada ` +
    `marca cada cambio): ${runs}. El saldo solo se calcula con dos corrientes de una misma edición.`,
};
