import "server-only";
import { getDataset } from "../data/get-dataset";
import { checkText } from "../claims/check-text";
import { applyOverrides } from "../claims/override";
import { readText } from "../claims/read-claims";
import { checkTextResultSchema, type CheckTextResult } from "../claims/schema";
import type { ApiError } from "./errors";
import type { CheckRequest } from "./check-request";

/**
 * What one request may ask of the engine, so that every answer comes within a second on a small server: checkText
 * is synchronous and cannot be interrupted, and its period search costs most for figures whose period the text
 * leaves unsaid. Counted before the engine runs; a text beyond them gets a 413 that says how to split it.
 */
export const CHECK_BUDGET = { numbers: 400, claims: 100, silentClaims: 16 } as const;

/** Which limit a text passed, and by how much, for a page to say in its own words. */
export interface BudgetExcess {
  what: "numbers" | "claims" | "silentClaims";
  found: number;
}

export type CheckAnswer =
  | { ok: true; result: CheckTextResult; applied: number[] }
  | { ok: false; status: 413 | 422; error: ApiError; fault: "budget" | "engine"; detail?: BudgetExcess };

/** Digit runs, counted in one linear pass and stopping past the limit. */
function countNumbers(text: string, limit: number): number {
  let n = 0;
  for (const _ of text.matchAll(/\d+/g)) if (++n > limit) break;
  return n;
}

/** Known partner codes, for validating a reader's partner choice. */
export function partnerCodes(): ReadonlySet<string> {
  return new Set(getDataset().partners.keys());
}

/** Checks a valid request's text (with the reader's overrides) within the budget; never throws. */
export function answerCheck(req: CheckRequest): CheckAnswer {
  const tooMuch = (what: string, detail: BudgetExcess): CheckAnswer => ({
    ok: false,
    status: 413,
    fault: "budget",
    detail,
    error: {
      error:
        `The text has ${what}; Balanza checks at most ${CHECK_BUDGET.numbers} numbers, ` +
        `${CHECK_BUDGET.claims} trade figures and ${CHECK_BUDGET.silentClaims} figures with no ` +
        `stated period per request. Split it and check each part.`,
      parameter: "text",
    },
  });
  try {
    const ds = getDataset();
    const numbers = countNumbers(req.text, CHECK_BUDGET.numbers);
    if (numbers > CHECK_BUDGET.numbers)
      return tooMuch(`more than ${CHECK_BUDGET.numbers} numbers`, { what: "numbers", found: numbers });
    const claims = readText(req.text, req.date, ds.partners, req.lang).figures.filter((f) => f.claim);
    if (claims.length > CHECK_BUDGET.claims)
      return tooMuch(`${claims.length} trade figures`, { what: "claims", found: claims.length });
    const silent = claims.filter((f) => f.periodSource === "date" && f.kind !== "rank").length;
    if (silent > CHECK_BUDGET.silentClaims)
      return tooMuch(`${silent} figures with no stated period`, { what: "silentClaims", found: silent });
    const raw = checkText(ds, { text: req.text, date: req.date, ...(req.lang ? { lang: req.lang } : {}) });
    const { result, applied } = applyOverrides(ds, raw, req.overrides, req.date);
    return { ok: true, result: checkTextResultSchema.parse(result), applied };
  } catch {
    // A fault of the engine, not of the request: said plainly, and still a JSON answer.
    return {
      ok: false,
      status: 422,
      fault: "engine",
      error: { error: "Balanza could not check this text (a fault in its claim engine, not in the request)." },
    };
  }
}
