import { zipSync, type Zippable } from "fflate";

/**
 * Every entry's modification time. fflate writes DOS times from the Date's local fields, so the Date is built from
 * local fields too: the same bytes whatever the server's time zone. (The data's own dates are in the files.)
 */
const ENTRY_TIME = () => new Date(2000, 0, 1, 0, 0, 0);

/**
 * A ZIP of `files` (name → bytes), in the order given, every entry with the same fixed time: the same files always
 * give the same bytes, so a ZIP can carry a strong ETag and be prebuilt. fflate: small, no dependencies, synchronous.
 */
export function deterministicZip(files: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array {
  const mtime = ENTRY_TIME();
  const entries: Zippable = {};
  for (const [name, bytes] of files) entries[name] = [bytes, { mtime, level: 6 }];
  return zipSync(entries, { mtime });
}
