// The Spanish words of the page that checks any text (/check): its form, its reading controls and its result, which
// are client leaves. Apart from the rest of the catalogue (es.ts holds them as `checkPage`) so that only that page's
// scripts carry them. check-page-en.ts has the same keys.
export const esCheckPage = {
  link: "Verificar otro texto",
  title: "Verificar cualquier texto",
  siteTitle: "Verificar un texto — Balanza",
  intro:
    "Pega un texto en español o inglés sobre el comercio de bienes de EUA, con su fecha de publicación: Balanza " +
    "encuentra cada cifra, lee lo que afirma y la coteja con las series oficiales. No se guarda nada.",
  back: "Volver al comunicado más reciente",
  textLabel: "Texto",
  textHelp: (max: string) => `Hasta ${max} caracteres.`,
  dateLabel: "Fecha de publicación",
  dateHelp: "AAAA-MM-DD, AAAA-MM o AAAA; no posterior a hoy.",
  langLabel: "Idioma del texto",
  langAuto: "Detectar",
  langEs: "Español",
  langEn: "Inglés",
  submit: "Verificar",
  working: "Verificando…",
  recheck: "Volver a verificar con estas lecturas",
  recheckHelp:
    "Cambia el periodo, la base, el flujo o el socio de cualquier cifra y vuelve a verificar: la cifra se coteja " +
    "de nuevo con la lectura que elijas.",
  resultTitle: "El texto, cifra por cifra",
  resultNote: "Cada cifra marcada lleva su veredicto y lleva a su fila en la tabla.",
  tableTitle: "Verificación de cada cifra del texto",
  identitiesTitle: "Identidades del propio texto",
  noIdentities: "El texto no da cifras que se sumen o resten entre sí.",
  identityHolds: "cuadra",
  identityFails: "no cuadra",
  identityBreaks: (n: number) => `la cifra ${n} la rompe`,
  noClaims: "No se encontró ninguna cifra de comercio en el texto.",
  json: "Ver este resultado en JSON",
  summary: (claims: number, consistent: number, others: string) =>
    `${claims} ${claims === 1 ? "cifra" : "cifras"} de comercio; ${consistent} ` +
    `${consistent === 1 ? "coherente" : "coherentes"} con los datos oficiales${others}.`,
  /** The summary's words for figures that are not consistent. */
  summaryWords: { revised: "revisadas", mismatch: "no coinciden", unverified: "sin verificar" },
  /** The same words for one figure. */
  summaryWordsOne: { revised: "revisada", mismatch: "no coincide", unverified: "sin verificar" },
  summaryOther: (n: number, word: string) => `; ${n} ${word}`,
  notClaims: (n: number) =>
    n === 1
      ? "1 número que no es una cifra de comercio (una fecha, un año, un conteo)."
      : `${n} números que no son cifras de comercio (fechas, años, conteos).`,
  inferenceTitle: "Lo que el texto no dice",
  changedByYou: (n: number) => `Lecturas cambiadas por ti: ${n}.`,
  overridesDropped: "El texto cambió: las lecturas elegidas para el texto anterior no se aplicaron.",
  col: {
    n: "N.º",
    quote: "Cita",
    kind: "Tipo",
    partner: "Socio",
    flow: "Flujo",
    period: "Periodo",
    basis: "Base",
    value: "Valor",
    official: "Oficial",
    delta: "Diferencia",
    tolerance: "Tolerancia",
    vintage: "Edición",
    verdict: "Veredicto",
    explanation: "Explicación",
    change: "Cambiar lectura",
  },
  kind: {
    level: "nivel",
    change: "cambio",
    growth_pct: "crecimiento %",
    share_pct: "participación %",
    rank: "lugar",
  },
  flow: {
    us_exports: "Exportaciones de EUA",
    us_imports: "Importaciones de EUA",
    balance: "Saldo de EUA",
    total: "Comercio total",
  },
  unitOf: { money: "mdd", points: "puntos %", rank: "lugar" },
  inferredMark: "inferido",
  chosenMark: "elegido por ti",
  why: "por qué",
  asRead: "como se leyó",
  periodRange: (from: string, to: string) => `${from} a ${to}`,
  noOfficial: "sin dato oficial",
  changeFor: (n: number, what: string) => `${what} de la cifra ${n}`,
  /** Each language by its own name, in both catalogues. */
  languageNames: { es: "Español", en: "English" },
  budgetWhat: {
    numbers: (n: number) => `más de ${n} números`,
    claims: (n: number) => `${n} cifras de comercio`,
    silentClaims: (n: number) => `${n} cifras sin periodo dicho`,
  },
  errors: {
    text_empty: "Falta el texto: pega el texto que quieres verificar.",
    text_long: (n: string, max: string) => `El texto tiene ${n} caracteres; se verifican hasta ${max}.`,
    date_malformed: "La fecha debe ser AAAA-MM-DD, AAAA-MM o AAAA (por ejemplo 2024-03-22).",
    date_invalid: "Esa fecha no existe: revisa el mes y el día.",
    date_future: (today: string) => `La fecha es posterior a hoy (${today}): usa la fecha en que se publicó el texto.`,
    budget: (what: string) =>
      `El texto es demasiado largo para verificarlo en un segundo (${what}). Divídelo y verifica cada parte.`,
    engine: "Balanza no pudo verificar este texto (una falla de su motor, no del texto). Prueba con otra parte.",
    other: "No se pudo leer el formulario: revisa los campos y vuelve a intentar.",
  },
};
