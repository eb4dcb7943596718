"use server";
import { createHash } from "node:crypto";
import { answerCheck, partnerCodes } from "@/lib/http/check-answer";
import { formToBody, MAX_TEXT_CHARS, readCheckBody, todayUtc } from "@/lib/http/check-request";
import { formatNumber } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";
import type { CheckFormValues, CheckState } from "@/components/check/check-state";

/** Which text, date and language a result is for: readings chosen for one text are never applied to another. */
// Line ends and a leading line break as a browser resends them (CRLF; the first newline a textarea drops) do not count.
const fingerprint = (v: { text: string; date: string; lang: string }) =>
  createHash("sha256")
    .update(JSON.stringify([v.text.replace(/\r\n?/g, "\n").trim(), v.date, v.lang]))
    .digest("base64url")
    .slice(0, 22);

/**
 * The /check form, with or without JavaScript: the text checked, with the readings the reader chose. Stores nothing.
 */
export async function checkAction(_previous: CheckState, form: FormData): Promise<CheckState> {
  await Promise.resolve();
  const str = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : "";
  };
  const lang = str("lang");
  const values: CheckFormValues = {
    text: str("text").slice(0, MAX_TEXT_CHARS + 1),
    date: str("date").trim(),
    lang: lang === "es" || lang === "en" ? lang : "",
    ui: str("ui") === "en" ? "en" : "es",
  };
  const t = messages(values.ui).checkPage;
  const key = fingerprint(values);
  const body = formToBody(form);
  // Readings chosen for another text (the text was edited since) are dropped, and the page says so.
  const dropped = str("for") !== "" && str("for") !== key && "overrides" in body;
  if (str("for") !== key) delete body.overrides;
  body.date = values.date;
  const fail = (message: string, field?: "text" | "date"): CheckState => ({
    values,
    result: null,
    key,
    changed: [],
    dropped: false,
    error: { message, ...(field ? { field } : {}) },
  });
  const read = readCheckBody(body, partnerCodes());
  if (!read.ok) {
    const n = (x: number) => formatNumber(x, values.ui, 0);
    switch (read.fault) {
      case "text_empty":
        return fail(t.errors.text_empty, "text");
      case "text_long":
        return fail(t.errors.text_long(n(str("text").length), n(MAX_TEXT_CHARS)), "text");
      case "date_malformed":
        return fail(t.errors.date_malformed, "date");
      case "date_invalid":
        return fail(t.errors.date_invalid, "date");
      case "date_future":
        return fail(t.errors.date_future(todayUtc()), "date");
      default:
        return fail(t.errors.other);
    }
  }
  const answer = answerCheck(read.value);
  if (!answer.ok) {
    if (answer.fault === "engine" || !answer.detail) return fail(t.errors.engine);
    return fail(t.errors.budget(t.budgetWhat[answer.detail.what](answer.detail.found)), "text");
  }
  return { values, result: answer.result, key, changed: answer.applied, dropped, error: null };
}
