import type { CheckStatus } from "../checks/schema";
import type { Lang } from "./format";
import { clientMessages } from "./client-messages";

/** Each status's icon, the same in every language and on every surface (beside its word: never colour alone). */
export const STATUS_ICON: Record<CheckStatus, string> = {
  exact: "✓",
  within_rounding: "≈",
  revised: "↻",
  mismatch: "✗",
  unverified: "?",
};

/** A status as icon and word. */
export function statusText(status: CheckStatus, lang: Lang): { icon: string; word: string } {
  return { icon: STATUS_ICON[status], word: clientMessages(lang).statusWord[status] };
}
