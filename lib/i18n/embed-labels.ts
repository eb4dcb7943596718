import type { CheckStatus } from "../checks/schema";
import type { Bilingual } from "../data/release-schema";
import { DOWNLOAD_CSV } from "./download-labels";

/** Each check status in words (status is never told by colour alone: an icon and this word go with it). */
export const STATUS_WORD: Record<CheckStatus, Bilingual> = {
  exact: { es: "Exacta", en: "Exact" },
  within_rounding: { es: "Dentro del redondeo", en: "Within rounding" },
  revised: { es: "Revisada desde su publicación", en: "Revised since publication" },
  mismatch: { es: "No coincide", en: "Mismatch" },
  unverified: { es: "Sin verificar", en: "Unverified" },
};

export const WIDGET_TEXT = {
  viewInBalanza: { es: "Ver en Balanza", en: "View in Balanza" },
  downloadCsv: DOWNLOAD_CSV,
  unit: { es: "Unidad", en: "Unit" },
  check: { es: "Verificación", en: "Check" },
  reported: { es: "Reportado", en: "Reported" },
  official: { es: "Oficial", en: "Official" },
  computed: { es: "Calculado", en: "Computed" },
  delta: { es: "Diferencia", en: "Delta" },
  tolerance: { es: "tolerancia", en: "tolerance" },
  period: { es: "Periodo", en: "Period" },
  inferred: { es: "inferido", en: "inferred" },
  /** Of the basis ("la base"): Spanish agrees in gender. */
  inferredBasis: { es: "inferida", en: "inferred" },
  tableSummary: { es: "Ver los datos en tabla", en: "Show the data as a table" },
  releaseMonth: { es: "mes del comunicado", en: "release month" },
  rankOf: { es: "lugar", en: "rank" },
  of: { es: "de", en: "of" },
  noData: { es: "Sin datos", en: "No data" },
  figureTitle: { es: "Cifra verificada", en: "Verified figure" },
} satisfies Record<string, Bilingual>;

export const ERROR_TEXT = {
  title: { es: "No se puede mostrar este gráfico de Balanza", en: "This Balanza chart cannot be shown" },
  unknown_chart: { es: "No existe ese gráfico.", en: "There is no such chart." },
  too_long: { es: "Las opciones son demasiado largas.", en: "The options are too long." },
  unknown_option: { es: "Opción desconocida", en: "Unknown option" },
  repeated_option: { es: "Opción repetida", en: "Repeated option" },
  bad_value: { es: "Valor no válido en la opción", en: "Invalid value for the option" },
  unknown_release: { es: "No existe ese comunicado.", en: "There is no such release." },
  no_data: {
    es: "No hay datos en los meses que pide la opción",
    en: "There are no data in the months asked for by the option",
  },
  from_after_to: {
    es: "El mes de la opción «from» es posterior al de «to»: el primer mes debe ser anterior o igual al último.",
    en: "The month in «from» is after the one in «to»: the first month must be on or before the last.",
  },
  allowed: { es: "Valores admitidos", en: "Allowed values" },
  charts: { es: "Gráficos", en: "Charts" },
} satisfies Record<string, Bilingual>;

/** What each widget is called in snippets, oEmbed titles and the embed dialog. */
export const CHART_NAME = {
  "release-month": {
    es: "El mes del comunicado: lo reportado y lo oficial",
    en: "The release month: reported and official",
  },
  bridge: {
    es: "Del cálculo a la cifra impresa (exportaciones − importaciones = saldo)",
    en: "From the arithmetic to the printed balance",
  },
  series: {
    es: "Serie mensual de exportaciones, importaciones y saldo",
    en: "Monthly series of exports, imports and balance",
  },
  rank: { es: "Lugar entre los socios comerciales de EUA", en: "Rank among US trading partners" },
  figure: { es: "Cifra verificada", en: "Verified figure" },
} satisfies Record<string, Bilingual>;
