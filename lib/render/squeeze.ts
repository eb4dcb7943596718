/**
 * The markup without its source indentation: a line break and the spaces around it between two tags go (tables,
 * SVG and lists, where they render as nothing), any other run of white space is one space, as a browser reads it.
 */
export function squeeze(markup: string): string {
  // Then the space before a tag's closing ">" or "/>" (a template's line break inside a tag) goes too: markup written
  // by the html tag escapes "<" and ">" in text and attribute values, so every "<" starts a tag.
  return markup
    .replace(/>\s*\n\s*</g, "><")
    .replace(/\s+/g, " ")
    .replace(/(<[^<>]*?) (\/?)>/g, "$1$2>");
}
