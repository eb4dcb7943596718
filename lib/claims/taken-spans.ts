/**
 * The characters of a text a reader has already read as a word of its kind: patterns are tried longest first, and a
 * later match that overlaps an earlier one is not a second word.
 */
export class TakenSpans {
  private readonly taken: Uint8Array;

  constructor(length: number) {
    this.taken = new Uint8Array(length);
  }

  isFree(start: number, end: number): boolean {
    for (let k = start; k < end; k++) if (this.taken[k]) return false;
    return true;
  }

  take(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }
}

/** Every match of a global pattern with where it starts and ends (the pattern's lastIndex reset first). */
export function* matchSpans(text: string, re: RegExp): Generator<{ m: RegExpExecArray; start: number; end: number }> {
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) yield { m, start: m.index, end: m.index + m[0].length };
}
