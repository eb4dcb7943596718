import { z } from "zod";

/** Pieces every query-string schema shares, so each rule and its message is written once. */

/** `bom=1` starts a CSV with a UTF-8 byte-order mark (for Excel); `0` or absent: none. */
export const bomParamSchema = z.enum(["0", "1"]);

/** A month range is valid when either end is open or `from` is not after `to`. */
export const fromNotAfterTo = (q: { from?: string; to?: string }): boolean => !q.from || !q.to || q.from <= q.to;

/** The issue `fromNotAfterTo` raises: on `from`, so the 400 names that parameter. */
export const FROM_AFTER_TO_MESSAGE = '"from" must not be after "to"';
// (zod rewrites the params object it is given, `message` into `error`: compare issues with the string above.)
export const FROM_NOT_AFTER_TO = { message: FROM_AFTER_TO_MESSAGE, path: ["from"] };
