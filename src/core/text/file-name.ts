/**
 * Names made safe as part of a file name: template files are named after
 * organisations, and a name is data from a spreadsheet.
 */
import { charClass, collapseSpaces, isBidiControl, mapCodePoints, widthOf } from "./chars";

const FORMAT = /^\p{Cf}$/u;
/** Characters Windows refuses in file names (`/` and `\` separate folders everywhere). */
const FORBIDDEN = new Set([..."<>:\"/\\|?*"].map((c) => c.charCodeAt(0)));
/** Device names Windows reserves whatever the extension: `CON.xlsx` cannot be created. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

function isControl(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
}

function isLoneSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

/**
 * A name as one part of a file name: NFC; bidirectional controls, other
 * invisible format characters (zero-width, soft hyphen) and lone surrogates
 * removed; control characters and the characters Windows refuses as spaces;
 * whitespace collapsed; no leading or trailing dot or space; Windows device
 * names (`CON`, `LPT1`) suffixed with `_`; at most `maxLength` code points.
 * Empty when nothing is left: the caller picks a fallback.
 */
export function safeFileNamePart(text: string, maxLength = 120): string {
  const visible = mapCodePoints(text.normalize("NFC"), (cp) => {
    if (isBidiControl(cp) || isLoneSurrogate(cp)) return "";
    if (isControl(cp) || FORBIDDEN.has(cp) || charClass(cp) === "space") return " ";
    return FORMAT.test(String.fromCodePoint(cp)) ? "" : undefined;
  });
  let part = trimDotsAndSpaces(collapseSpaces(visible));
  let cut = 0;
  for (let n = 0; cut < part.length && n < maxLength; n++) cut += widthOf(part.codePointAt(cut) ?? 0);
  part = trimDotsAndSpaces(part.slice(0, cut));
  return RESERVED.test(part) ? `${part}_` : part;
}

function trimDotsAndSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === "." || text[start] === " ")) start++;
  while (end > start && (text[end - 1] === "." || text[end - 1] === " ")) end--;
  return text.slice(start, end);
}
