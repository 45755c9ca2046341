/**
 * Legacy Vietnamese encodings as they arrive in spreadsheets: bytes typed in a
 * .VnTime (TCVN3), VNI-Times (VNI-Windows) or VISCII font, stored by Excel as
 * the Windows-1252 characters of those bytes.
 */
import { CP1252_C1, TCVN3_FIRST, TCVN3_HIGH, VISCII_HIGH, VISCII_LOW } from "./legacy-tables";
import { isMark, isSpaceCode } from "./chars";
import { hasNonAscii, isUnicodeVietnamese, tallySyllables } from "./syllable";
import { BoundedTextCache } from "./memo";

export type LegacyEncoding = "tcvn3" | "vni" | "viscii";

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ["tcvn3", "vni", "viscii"];

export interface DecodeOptions {
  /**
   * The cell's font is a capitals font such as `.VnTimeH`: it draws TCVN3's
   * lowercase codes as capitals (TCVN3 has no toned capitals), so the text is
   * meant in upper case.
   */
  readonly capitals?: boolean;
}

const CHAR_TO_BYTE = new Map<string, number>();
for (let b = 0; b < 0x100; b++) CHAR_TO_BYTE.set(String.fromCharCode(b), b);
for (const [b, cp] of Object.entries(CP1252_C1)) CHAR_TO_BYTE.set(String.fromCharCode(cp), Number(b));

function byteChar(b: number): string {
  return String.fromCharCode(CP1252_C1[b] ?? b);
}

function buildByteMaps(decode: (b: number) => string | undefined): { dec: Map<number, string>; enc: Map<string, string> } {
  const dec = new Map<number, string>();
  const enc = new Map<string, string>();
  for (let b = 0; b < 0x100; b++) {
    const u = decode(b);
    if (u === undefined) continue;
    dec.set(b, u);
    if (u.normalize("NFC").length === 1 && !isMark(u.codePointAt(0) ?? 0) && !enc.has(u)) enc.set(u, byteChar(b));
  }
  return { dec, enc };
}

const TCVN3 = buildByteMaps((b) => (b >= TCVN3_FIRST ? TCVN3_HIGH[b - TCVN3_FIRST] : undefined));
// .VnTime fonts have no toned capitals: they are written with the lowercase code (and drawn as capitals by .VnTimeH).
for (const u of "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ") {
  const lowerCode = TCVN3.enc.get(u.toLowerCase());
  if (lowerCode !== undefined) TCVN3.enc.set(u, lowerCode);
}

const VISCII = buildByteMaps((b) => (b >= 0x80 ? VISCII_HIGH[b - 0x80] : VISCII_LOW[b]));

/** VNI-Windows, per the published VNI scheme: tones in the order none, sắc, huyền, hỏi, ngã, nặng. */
const VNI_TONE_MARKS = { lower: ["", "ù", "ø", "û", "õ", "ï"], upper: ["", "Ù", "Ø", "Û", "Õ", "Ï"] };
const VNI_CIRCUMFLEX = { lower: ["â", "á", "à", "å", "ã", "ä"], upper: ["Â", "Á", "À", "Å", "Ã", "Ä"] };
const VNI_BREVE = { lower: ["ê", "é", "è", "ú", "ü", "ë"], upper: ["Ê", "É", "È", "Ú", "Ü", "Ë"] };
const TONE_COMBINING = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

const VNI_DECODE = new Map<string, string>();
const VNI_ENCODE = new Map<string, string>();

// Stryker disable StringLiteral: these tables are built as the module loads, and every index below is inside its array, so no `?? ""` fallback is ever taken
function addVni(unicode: string, vniLower: readonly string[], vniUpper: readonly string[]): void {
  const upper = unicode.toUpperCase();
  const lowerCode = vniLower.join("");
  const upperCode = vniUpper.join("");
  VNI_ENCODE.set(unicode, lowerCode);
  VNI_ENCODE.set(upper, upperCode);
  if (lowerCode !== unicode) VNI_DECODE.set(lowerCode, unicode);
  if (upperCode !== upper) VNI_DECODE.set(upperCode, upper);
  // Mixed case happens when Caps Lock and Shift disagree; the letter's case is the base's.
  if (vniLower.length === 2) {
    VNI_DECODE.set(`${vniLower[0] ?? ""}${vniUpper[1] ?? ""}`, unicode);
    VNI_DECODE.set(`${vniUpper[0] ?? ""}${vniLower[1] ?? ""}`, upper);
  }
}

function withTone(base: string, tone: number): string {
  return (base + (TONE_COMBINING[tone] ?? "")).normalize("NFC");
}

for (let tone = 0; tone < 6; tone++) {
  for (const v of ["a", "e", "o", "u", "y"]) {
    if (v === "y" && tone === 5) continue;
    const mark = [VNI_TONE_MARKS.lower[tone] ?? "", VNI_TONE_MARKS.upper[tone] ?? ""] as const;
    addVni(withTone(v, tone), mark[0] === "" ? [v] : [v, mark[0]], mark[1] === "" ? [v.toUpperCase()] : [v.toUpperCase(), mark[1]]);
  }
  for (const [v, base] of [["â", "a"], ["ê", "e"], ["ô", "o"]] as const) {
    addVni(withTone(v, tone), [base, VNI_CIRCUMFLEX.lower[tone] ?? ""], [base.toUpperCase(), VNI_CIRCUMFLEX.upper[tone] ?? ""]);
  }
  addVni(withTone("ă", tone), ["a", VNI_BREVE.lower[tone] ?? ""], ["A", VNI_BREVE.upper[tone] ?? ""]);
  for (const [v, code] of [["ơ", "ô"], ["ư", "ö"]] as const) {
    const mark = [VNI_TONE_MARKS.lower[tone] ?? "", VNI_TONE_MARKS.upper[tone] ?? ""] as const;
    addVni(withTone(v, tone), mark[0] === "" ? [code] : [code, mark[0]], mark[1] === "" ? [code.toUpperCase()] : [code.toUpperCase(), mark[1]]);
  }
}
// Stryker restore StringLiteral
// Letters VNI writes as one character.
for (const [u, lower, upper] of [
  ["í", "í", "Í"],
  ["ì", "ì", "Ì"],
  ["ỉ", "æ", "Æ"],
  ["ĩ", "ó", "Ó"],
  ["ị", "ò", "Ò"],
  ["ỵ", "î", "Î"],
  ["đ", "ñ", "Ñ"],
] as const) {
  addVni(u, [lower], [upper]);
}

function decodeBytes(text: string, table: Map<number, string>): string {
  let out = "";
  for (const ch of text) {
    const b = CHAR_TO_BYTE.get(ch);
    out += (b === undefined ? undefined : table.get(b)) ?? ch;
  }
  return out.normalize("NFC");
}

function decodeVni(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; ) {
    const pair = VNI_DECODE.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i += 2;
      continue;
    }
    // Stryker disable next-line StringLiteral: i is inside the text, so the fallback is never taken
    const ch = text[i] ?? "";
    out += VNI_DECODE.get(ch) ?? ch;
    i++;
  }
  return out;
}

/** Legacy text (as Windows-1252 characters) to Unicode NFC. Text without legacy characters comes back unchanged. */
export function decodeLegacy(text: string, encoding: LegacyEncoding, options: DecodeOptions = {}): string {
  let out: string;
  if (encoding === "vni") out = decodeVni(text);
  // TCVN3 leaves 0x80…0x9F alone: there Windows-1252 has the curly quotes and dashes people type in any font.
  else out = decodeBytes(text, encoding === "tcvn3" ? TCVN3.dec : VISCII.dec);
  return options.capitals === true ? out.toUpperCase() : out;
}

/**
 * Unicode to the legacy encoding, as Windows-1252 characters. Characters the
 * encoding cannot hold are kept; TCVN3 writes toned capitals in lower case.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (encoding === "vni") out += VNI_ENCODE.get(ch) ?? ch;
    else out += (encoding === "tcvn3" ? TCVN3 : VISCII).enc.get(ch) ?? ch;
  }
  return out;
}

export interface EncodingSample {
  readonly text: string;
  readonly font?: string;
}

/** The encoding a font name announces: `.VnTime`, `.VnArialH` → TCVN3; `VNI-Times` → VNI. */
export function encodingOfFont(font: string | undefined): LegacyEncoding | null {
  if (font === undefined) return null;
  const f = font.trim().slice(0, 4).toLowerCase();
  if (f.startsWith(".vn")) return "tcvn3";
  if (f.startsWith("vni") && f.length === 4 && (f[3] === "-" || f[3] === "_" || isSpaceCode(f.charCodeAt(3)))) return "vni";
  return null;
}

/** `.VnTimeH`, `.VnArialH`: TCVN3 capitals fonts. */
export function isCapitalsFont(font: string | undefined): boolean {
  if (font === undefined) return false;
  const f = font.trim().toLowerCase();
  if (!f.startsWith(".vn") || !f.endsWith("h") || f.length < 4) return false;
  for (let i = 3; i < f.length; i++) if (isSpaceCode(f.charCodeAt(i))) return false;
  return true;
}

interface EncodingScore {
  readonly encoding: LegacyEncoding | null;
  readonly valid: number;
  readonly invalid: number;
}

function scoreOf(texts: readonly string[], encoding: LegacyEncoding | null): EncodingScore {
  let valid = 0;
  let invalid = 0;
  for (const t of texts) {
    const tally = tallySyllables(encoding === null ? t : decodeLegacy(t, encoding));
    valid += tally.valid;
    invalid += tally.invalid;
  }
  return { encoding, valid, invalid };
}

/**
 * The same few ambiguous texts (`Tháng`, `Ghi chú`: Vietnamese that Latin-1 also
 * spells) head every report of a batch, and each would be decoded three ways and
 * its syllables counted again (issue #16): the verdict on a short set of texts is
 * kept. Bounded in entries and in key length.
 */
const verdicts = new BoundedTextCache<LegacyEncoding | null>({ maxEntries: 2048, maxKeyLength: 1024 });

/** Most valid syllables wins (ties go to TCVN3, then VNI: what offices used most); a decoding must beat the text as it stands and be mostly valid Vietnamese. */
export function detectByContent(texts: readonly string[]): LegacyEncoding | null {
  // Each text prefixed by its length: the key names exactly one list of texts, whatever characters they hold.
  // Stryker disable next-line StringLiteral: a prefix common to every key; each key still names exactly one list of texts
  let key = "";
  for (const t of texts) key += `${t.length}:${t}`;
  return verdicts.get(key, () => detectByContentUncached(texts));
}

function detectByContentUncached(texts: readonly string[]): LegacyEncoding | null {
  const candidates = texts.filter((t) => !isUnicodeVietnamese(t) && hasNonAscii(t));
  if (candidates.length === 0) return null;
  const asIs = scoreOf(candidates, null);
  let best: EncodingScore = asIs;
  for (const enc of LEGACY_ENCODINGS) {
    const s = scoreOf(candidates, enc);
    if (s.valid - s.invalid > best.valid - best.invalid) best = s;
  }
  if (best.encoding === null) return null;
  return best.valid >= 2 * best.invalid && best.valid > asIs.valid ? best.encoding : null;
}

/**
 * Decides one encoding for a set of cells (a column, a sheet): short strings are
 * ambiguous one by one. Fonts decide when the host gives them; otherwise the
 * share of valid Vietnamese syllables after decoding. Unicode Vietnamese text
 * never counts as evidence for anything.
 */
export function detectEncoding(samples: readonly EncodingSample[]): LegacyEncoding | null {
  const byFont = new Map<LegacyEncoding, number>();
  let unicodeFonts = 0;
  for (const s of samples) {
    if (s.font === undefined || isUnicodeVietnamese(s.text) || !hasNonAscii(s.text)) continue;
    const enc = encodingOfFont(s.font);
    if (enc === null) unicodeFonts++;
    else byFont.set(enc, (byFont.get(enc) ?? 0) + 1);
  }
  let fontChoice: LegacyEncoding | null = null;
  let fontVotes = 0;
  for (const [enc, n] of byFont) {
    if (n > fontVotes) {
      fontChoice = enc;
      fontVotes = n;
    }
  }
  if (fontChoice !== null && fontVotes >= unicodeFonts) return fontChoice;
  return detectByContent(samples.map((s) => s.text));
}
