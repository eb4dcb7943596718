/**
 * Sentences and clauses of a text, as offset ranges: the reader looks for a figure's flow, partner and period in its
 * clause first, then its sentence, then the sentences before. One pass over the characters.
 */

export interface Span {
  start: number;
  end: number;
}

const NO_BREAK_AFTER = new RegExp(
  String.raw`(?:\bu\.s|\bee\.uu|\bno|\bnum|\bdr|\bsr|\bsra|\bu\.s\.a|\be\.u|` +
    String.raw`\bvs|\bjan|\bfeb|\bapr|\baug|\bsept?|\boct|\bnov|\bdec|\bcorp|` +
    String.raw`\binc|\bd\.c)$`,
  "i",
);

/** Sentences: end at . ! ? before a space and a capital, at a blank line, or at a line that is a table cell. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number, next: number) => {
    if (text.slice(start, end).trim() !== "") out.push({ start, end });
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      // A blank line, or a short line standing alone (a heading or a table cell), ends the sentence.
      let j = i + 1;
      while (text[j] === " " || text[j] === "\t" || text[j] === "\r") j++;
      const blank = text[j] === "\n";
      const line = text.slice(text.lastIndexOf("\n", i - 1) + 1, i).trim();
      const cellLike = line.length > 0 && line.length < 40 && !/[a-záéíóúñ,]$/i.test(line);
      if (blank || cellLike || /^#|^\*\*/.test(line)) push(i, i + 1);
      continue;
    }
    if ((c === "." || c === "!" || c === "?") && /\s/.test(text[i + 1] ?? " ")) {
      const head = text.slice(Math.max(0, i - 8), i);
      if (NO_BREAK_AFTER.test(head) && c === ".") {
        // "U.S. goods", "No. 2": not the end of a sentence unless a capitalised sentence clearly starts after a space.
        const after = text.slice(i + 1, i + 4);
        if (!/^\s+\p{Lu}\p{Ll}/u.test(after) || /u\.s$|ee\.uu$/i.test(head)) continue;
        if (/u\.s$|ee\.uu$/i.test(head)) continue;
      }
      if (/\d$/.test(head) && /^\s?\d/.test(text.slice(i + 1, i + 3))) continue;
      push(i + 1, i + 1);
    }
  }
  push(text.length, text.length);
  return out;
}

const CONJUNCTION_BEFORE_FIGURE = /^\s+(?:y|e|and|o|or)\s+(?:by\s+|en\s+)?(?=[$\d(]|US\$)/i;
const CLAUSE_WORD = new RegExp(
  String.raw`^\s+(?:mientras(?:\s+que)?|while|whereas|but|pero|aunque|although|` +
    String.raw`seguido|versus|vs\.|frente a|compared (?:to|with))\b`,
  "i",
);

/**
 * Clauses inside a span: split at , ; : (not inside a number), at "while"/"mientras", and at "y"/"and" before a
 * figure.
 */
export function clauses(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = text[i];
    let cut = -1;
    let next = -1;
    if ((c === "," || c === ";" || c === ":") && !(/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? ""))) {
      cut = i;
      next = i + 1;
    } else if (c === " " || c === "\n") {
      const rest = text.slice(i, i + 24);
      const conj = CONJUNCTION_BEFORE_FIGURE.exec(rest) ?? CLAUSE_WORD.exec(rest);
      if (conj) {
        cut = i;
        next = i + 1;
      }
    } else if (c === "—" || c === "–") {
      cut = i;
      next = i + 1;
    }
    if (cut >= 0) {
      if (cut > start) out.push({ start, end: cut });
      start = next;
    }
  }
  if (span.end > start) out.push({ start, end: span.end });
  return out;
}

export function within(span: Span, at: number): boolean {
  return at >= span.start && at < span.end;
}
