/**
 * A template's file name, `01 - Đảng bộ xã Ka Đô - 2026.xlsx`, safe on every file
 * system: a name that mixes scripts loses its foreign letters (a Cyrillic `а`
 * becomes the Latin `a` it imitates, any other is dropped: issue #17 item 12), and
 * the whole name fits 255 bytes of UTF-8, the limit of ext4, APFS and most others
 * (NTFS counts 255 UTF-16 units, fewer than the bytes), cut on a character boundary.
 */
import { scriptOf, scriptProblems } from "../text/lookalike";
import { safeFileNamePart } from "../text/file-name";

/** The largest file name, in bytes of UTF-8, that Linux and macOS file systems accept. */
const MAX_FILE_NAME_BYTES = 255;

/**
 * Cyrillic and Greek letters drawn like a Latin letter (Unicode's confusables,
 * restricted to the shapes found in Vietnamese names), by base letter: marks
 * are kept apart by decomposing first, so a Cyrillic `о` with a circumflex
 * becomes `ô`.
 */
const LATIN_LOOKALIKE: ReadonlyMap<number, string> = new Map(
  Object.entries({
    а: "a", в: "B", е: "e", к: "k", м: "M", н: "H", о: "o", р: "p", с: "c", т: "T", у: "y", х: "x", і: "i", ј: "j", ѕ: "s", һ: "h", ԁ: "d", ԛ: "q", ԝ: "w", ӏ: "l", ү: "y",
    А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", У: "Y", Х: "X", І: "I", Ј: "J", Ѕ: "S", Һ: "h", Ү: "Y", Ԛ: "Q", Ԝ: "W",
    α: "a", ε: "e", ι: "i", κ: "k", ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x",
    Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Υ: "Y", Χ: "X",
  }).map(([from, to]) => [from.codePointAt(0) ?? 0, to] as const),
);

/**
 * The name in one script: when a name mixes scripts, every letter outside Latin
 * (the script of names in this country) becomes its Latin look-alike or is
 * dropped. A name in one script, whatever it is, is kept as written.
 */
export function singleScriptName(name: string): string {
  if (scriptProblems(name).mixedScripts.length === 0) return name;
  let out = "";
  for (const ch of name.normalize("NFD")) {
    const cp = ch.codePointAt(0) ?? 0;
    const script = scriptOf(cp);
    out += script === null || script === "Latin" ? ch : (LATIN_LOOKALIKE.get(cp) ?? "");
  }
  return out.normalize("NFC");
}

/** Bytes of `text` in UTF-8, counted by code point (a lone surrogate is written as U+FFFD, three bytes). */
export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The longest start of `text` within `maxBytes` of UTF-8, ending on a whole code point, without trailing dots or spaces (Windows drops them). */
export function cutToBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const ch of text) {
    const n = utf8Length(ch);
    if (bytes + n > maxBytes) break;
    bytes += n;
    end += ch.length;
  }
  return text.slice(0, end).replace(/[. ]+$/u, "");
}

/**
 * `01 - Đảng bộ xã Ka Đô - 2026.xlsx`, or with ` (2)` before the extension when
 * `taken` (lower-cased names already given) holds it; the organisation's name is
 * shortened so the whole name fits MAX_FILE_NAME_BYTES.
 */
export function templateFileName(number: string, orgName: string, year: number, taken: ReadonlySet<string>): string {
  const part = safeFileNamePart(singleScriptName(orgName)) || "to-chuc";
  const named = (n: number): string => {
    const suffix = ` - ${year}${n > 1 ? ` (${n})` : ""}.xlsx`;
    const prefix = `${number} - `;
    const room = MAX_FILE_NAME_BYTES - utf8Length(prefix) - utf8Length(suffix);
    return `${prefix}${cutToBytes(part, room) || "to-chuc"}${suffix}`;
  };
  let n = 1;
  while (taken.has(named(n).toLowerCase())) n++;
  return named(n);
}
