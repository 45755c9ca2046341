/**
 * ST_Xstring escapes (ECMA-376 Part 1, §22.9.2.19): XML 1.0 cannot carry most
 * control characters, so Excel writes a character as `_xHHHH_` (four hex
 * digits, one UTF-16 code unit: a carriage return is `_x000D_`) and a literal
 * `_x` that would read as an escape with its underscore escaped (`_x005F_`).
 * Escapes are read left to right in one pass, so `_x005F_x0054_` is the text
 * `_x0054_`, not `T`. LibreOffice writes `_x005F_` escapes in shared strings;
 * SheetJS, openpyxl's reader and LibreOffice decode them, so must we, or a
 * name read here differs from the same name read by every other program.
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function decodeXstring(text: string): string {
  // Nearly every string has no escape: leave it untouched (no copy, no regex run).
  if (!text.includes("_x")) return text;
  return text.replace(ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Escaped text is at most this many times longer than what it stands for (`_x0041_` is one
 * character): what a reader keeps of a raw string before decoding, to fill a capped cell.
 */
export const XSTRING_EXPANSION = 7;
