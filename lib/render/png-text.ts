/**
 * PNG tEXt chunks (PNG spec 11.3.4.3): a keyword and Latin-1 text, inserted after IHDR, so an image carries its
 * title and source as metadata (file browsers and slide tools show "Title"; tests read it back).
 */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Text as tEXt can hold it: Latin-1, with the dashes Balanza uses as their ASCII look-alike and anything else as "?".
 */
export function toLatin1(text: string): string {
  return [...text.replace(/[\u2212\u2013\u2014]/g, "-")]
    .map((c) => (c.charCodeAt(0) <= 0xff && c.length === 1 ? c : "?"))
    .join("");
}

function textChunk(keyword: string, text: string): Uint8Array {
  const data = Uint8Array.from([...`${keyword}\0${toLatin1(text)}`].map((c) => c.charCodeAt(0)));
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set([0x74, 0x45, 0x58, 0x74], 4); // "tEXt"
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** The PNG with tEXt chunks for each entry (keywords such as "Title", "Source"), right after its IHDR chunk. */
export function withPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  // Signature (8 bytes), then IHDR: length (4) + type (4) + 13 bytes of data + CRC (4).
  const afterIhdr = 8 + 4 + 4 + 13 + 4;
  const chunks = Object.entries(entries).map(([k, v]) => textChunk(k, v));
  const size = png.length + chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(size);
  out.set(png.subarray(0, afterIhdr), 0);
  let at = afterIhdr;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(afterIhdr), at);
  return out;
}
