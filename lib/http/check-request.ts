/**
 * POST /api/check and the /check page's form: what a check request may hold, read from JSON or a form, with every
 * fault named (which field, what is allowed). Nothing of the input is echoed except field names Balanza knows.
 */
import { z } from "zod";
import type { ApiError } from "./errors";
import type { FigureOverride } from "../claims/override";

import { MAX_TEXT_CHARS } from "./check-limits";

export { MAX_TEXT_CHARS };
/** 50,000 characters, each written as a six-byte \uXXXX escape, fit with room to spare. */
export const MAX_BODY_BYTES = 512 * 1024;
/** A period a reader may choose: one month, or a run of at most three years. */
export const MAX_PERIOD_MONTHS = 36;
const DRAIN_BYTES = 8 * 1024 * 1024;

export interface CheckRequest {
  text: string;
  date: string;
  lang?: "es" | "en";
  overrides: FigureOverride[];
}

/** What went wrong, for a page to say in its own words (the JSON answer carries `error` in English). */
export type CheckFault = "text_empty" | "text_long" | "date_malformed" | "date_invalid" | "date_future" | "other";

export type CheckRead =
  { ok: true; value: CheckRequest } | { ok: false; status: 400 | 413 | 415; error: ApiError; fault: CheckFault };

const DATE_ALLOWED = ["YYYY-MM-DD", "YYYY-MM", "YYYY"] as const;
const FLOWS = ["us_exports", "us_imports", "balance", "total"] as const;
const FIELDS = ["text", "date", "lang", "overrides"] as const;
const OVERRIDE_FIELDS = ["figure", "period", "basis", "flow", "partner"] as const;

const bad = (
  status: 400 | 413 | 415,
  error: string,
  parameter?: string,
  allowed?: readonly string[],
  fault: CheckFault = "other",
): CheckRead => ({
  ok: false,
  status,
  error: { error, ...(parameter ? { parameter } : {}), ...(allowed ? { allowed } : {}) },
  fault,
});

/** A key as the answer may name it: Balanza's own names only, anything else by a neutral word. */
const keyName = (key: string, known: readonly string[]) => (known.includes(key) ? `"${key}"` : "an unknown field");

/** Today's date in UTC, YYYY-MM-DD (a parameter, so tests can fix the clock). */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

/** Why a publication date is not acceptable, or null: well formed, a real day, and not after today. */
export function dateFault(
  date: string,
  today = todayUtc(),
): { fault: "date_malformed" | "date_invalid" | "date_future"; message: string } | null {
  const malformed = (message: string) => ({ fault: "date_malformed" as const, message });
  const invalid = (message: string) => ({ fault: "date_invalid" as const, message });
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return malformed('The field "date" must be the text\'s publication date as YYYY-MM-DD, YYYY-MM or YYYY.');
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year < 1900) return invalid('The field "date" must be a year from 1900 on.');
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12))
    return invalid('The field "date" has a month outside 01–12.');
  if (d !== undefined) {
    const days = new Date(Date.UTC(year, Number(mo), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days)
      return invalid(`The field "date" names a day that month does not have (1–${days}).`);
  }
  if (date > today.slice(0, date.length))
    return {
      fault: "date_future",
      message:
        `The field "date" is in the future: a text is checked from its publication date, ` +
        `today (${today}) at the latest.`,
    };
  return null;
}

/** "2024-01" or "2024-01/2024-03" (from/to, both included) as months; null when malformed or too long. */
export function parsePeriod(period: string): string[] | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])(?:\/(\d{4})-(0[1-9]|1[0-2]))?$/.exec(period);
  if (!m) return null;
  const from = Number(m[1]) * 12 + Number(m[2]) - 1;
  const to = m[3] ? Number(m[3]) * 12 + Number(m[4]) - 1 : from;
  if (to < from || to - from + 1 > MAX_PERIOD_MONTHS) return null;
  const out: string[] = [];
  for (let k = from; k <= to; k++) out.push(`${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`);
  return out;
}

const overrideSchema = z.object({
  figure: z.number().int().nonnegative().max(1_000_000),
  period: z.string().max(20).optional(),
  basis: z.enum(["SA", "NSA"]).optional(),
  flow: z.enum(FLOWS).optional(),
  partner: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
});

/** Validates an already parsed body (JSON, or a form turned into the same shape). */
export function readCheckBody(body: unknown, partners: ReadonlySet<string>, today = todayUtc()): CheckRead {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return bad(400, 'The body must be a JSON object: { "text": "…", "date": "YYYY-MM-DD", "lang": "es" }.');
  const obj = body as Record<string, unknown>;
  const unknown = Object.keys(obj).find((k) => !(FIELDS as readonly string[]).includes(k));
  if (unknown !== undefined)
    return bad(400, `The body has ${keyName(unknown, FIELDS)} that Balanza does not read.`, undefined, FIELDS);
  const { text, date, lang, overrides } = obj;
  if (typeof text !== "string") return bad(400, 'The field "text" must be a string: the text to check.', "text");
  if (text.length > MAX_TEXT_CHARS)
    return bad(
      413,
      `The field "text" has ${text.length} characters; at most ${MAX_TEXT_CHARS} are checked.`,
      "text",
      undefined,
      "text_long",
    );
  if (text.trim() === "")
    return bad(400, 'The field "text" is empty: give the text to check.', "text", undefined, "text_empty");
  if (typeof date !== "string")
    return bad(400, 'The field "date" must be a string: the publication date.', "date", DATE_ALLOWED);
  const fault = dateFault(date, today);
  if (fault) return bad(400, fault.message, "date", DATE_ALLOWED, fault.fault);
  if (lang !== undefined && lang !== "es" && lang !== "en")
    return bad(400, 'The field "lang" must be "es" or "en" (or left out to detect the language).', "lang", [
      "es",
      "en",
    ]);
  const read: FigureOverride[] = [];
  if (overrides !== undefined) {
    if (!Array.isArray(overrides) || overrides.length > 10_000)
      return bad(
        400,
        'The field "overrides" must be a list of { figure, period?, basis?, flow?, partner? }.',
        "overrides",
      );
    for (const [i, o] of (overrides as unknown[]).entries()) {
      const where = `overrides[${i}]`;
      if (typeof o === "object" && o !== null) {
        const extra = Object.keys(o).find((k) => !(OVERRIDE_FIELDS as readonly string[]).includes(k));
        if (extra !== undefined)
          return bad(
            400,
            `${where} has ${keyName(extra, OVERRIDE_FIELDS)} that Balanza does not read.`,
            where,
            OVERRIDE_FIELDS,
          );
      }
      const p = overrideSchema.safeParse(o);
      if (!p.success) {
        const field = String(p.error.issues[0]?.path[0] ?? "figure");
        const allowed: Record<string, readonly string[]> = {
          basis: ["SA", "NSA"],
          flow: FLOWS,
          partner: ["a four-digit Census partner code"],
          figure: ["an index into figures"],
          period: ["YYYY-MM", "YYYY-MM/YYYY-MM"],
        };
        return bad(400, `${where}.${field} is not valid.`, `${where}.${field}`, allowed[field]);
      }
      const months = p.data.period === undefined ? undefined : parsePeriod(p.data.period);
      if (months === null)
        return bad(
          400,
          `${where}.period must be a month or a run of at most ${MAX_PERIOD_MONTHS} months, first to last.`,
          `${where}.period`,
          ["YYYY-MM", "YYYY-MM/YYYY-MM"],
        );
      if (p.data.partner !== undefined && !partners.has(p.data.partner))
        return bad(400, `${where}.partner is not a Census partner code Balanza holds.`, `${where}.partner`);
      read.push({
        figure: p.data.figure,
        ...(months ? { months } : {}),
        ...(p.data.basis ? { basis: p.data.basis } : {}),
        ...(p.data.flow ? { flow: p.data.flow } : {}),
        ...(p.data.partner ? { partner: p.data.partner } : {}),
      });
    }
  }
  return { ok: true, value: { text, date, ...(lang ? { lang } : {}), overrides: read } };
}

/**
 * A form's fields as a check body: text, date, lang ("" = detect) and, per figure i, period-i, basis-i, flow-i and
 * partner-i ("" = as Balanza read it). Other fields (a framework's own) are not the reader's and are ignored.
 */
export function formToBody(form: FormData): Record<string, unknown> {
  const str = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : undefined;
  };
  const byFigure = new Map<number, Record<string, unknown>>();
  for (const [key, value] of form.entries()) {
    const m = /^(period|basis|flow|partner)-(\d{1,6})$/.exec(key);
    if (!m || typeof value !== "string" || value === "") continue;
    const figure = Number(m[2]);
    const o = byFigure.get(figure) ?? { figure };
    o[m[1] ?? ""] = value;
    byFigure.set(figure, o);
  }
  const lang = str("lang");
  return {
    text: str("text") ?? "",
    date: str("date") ?? "",
    ...(lang ? { lang } : {}),
    ...(byFigure.size ? { overrides: [...byFigure.values()] } : {}),
  };
}

/** The body's bytes, stopping (and saying so) at MAX_BODY_BYTES rather than reading on. */
async function readBytes(request: Request): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      // Read the rest and drop it, so the connection stays usable for the next request; past 8 MiB, hang up.
      if (size > DRAIN_BYTES) {
        await reader.cancel();
        return null;
      }
      continue;
    }
    chunks.push(value);
  }
  if (size > MAX_BODY_BYTES) return null;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const FORM_TYPE = /^(?:application\/x-www-form-urlencoded|multipart\/form-data)\s*(?:;|$)/i;

/** Reads a POST: JSON (or a form, for the page's "as JSON" link), at most MAX_BODY_BYTES, then validates it. */
export async function readCheckRequest(request: Request, partners: ReadonlySet<string>): Promise<CheckRead> {
  const type = request.headers.get("content-type") ?? "";
  const isJson = JSON_TYPE.test(type);
  if (!isJson && !FORM_TYPE.test(type))
    return bad(415, "Send the body as JSON, with Content-Type: application/json.", "Content-Type", [
      "application/json",
      "application/x-www-form-urlencoded",
      "multipart/form-data",
    ]);
  const bytes = await readBytes(request).catch(() => undefined);
  if (bytes === undefined) return bad(400, "The body could not be read.");
  if (bytes === null)
    return bad(413, `The body is over ${MAX_BODY_BYTES} bytes; a text of at most ${MAX_TEXT_CHARS} characters fits.`);
  if (isJson) {
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      return bad(400, 'The body is not valid JSON in UTF-8: send { "text": "…", "date": "YYYY-MM-DD" }.');
    }
    return readCheckBody(body, partners);
  }
  try {
    const form = await new Response(bytes, { headers: { "content-type": type } }).formData();
    return readCheckBody(formToBody(form), partners);
  } catch {
    return bad(400, "The form body could not be read.");
  }
}
