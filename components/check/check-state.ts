import type { CheckTextResult } from "@/lib/claims/schema";
import type { Lang } from "@/lib/i18n/format";

/** What the /check form last sent: the text, its date and language ("" = detect), and the page's language. */
export interface CheckFormValues {
  text: string;
  date: string;
  lang: "" | "es" | "en";
  ui: Lang;
}

/** The page's state between submissions; nothing of it is stored on the server. */
export interface CheckState {
  values: CheckFormValues;
  result: CheckTextResult | null;
  /** Which text, date and language the result is for. */
  key: string;
  /** Figures whose reading the reader changed. */
  changed: number[];
  /** Readings sent for a previous text, not applied. */
  dropped: boolean;
  error: { message: string; field?: "text" | "date" } | null;
}
