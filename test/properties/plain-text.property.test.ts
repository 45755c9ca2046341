/**
 * The plain-text fast paths (src/core/text/plain.ts) give exactly what the
 * general normalisation gives: on random text from their alphabet (ASCII and
 * the precomposed Vietnamese letters), on every pair of those characters (where
 * composition across characters, tone moving and mark order could show), and on
 * text they must refuse.
 */
import fc from "fast-check";
import { assertProperty } from "./seed";
import { anyText, messyText, vietnameseLetter } from "./arbitraries";
import { cleanText, foldKey, GENERAL_TEXT_KEYS, identityKey, unaccentedKey } from "../../src/core/text/normalize";
import { isPlainText, plainCleanText, plainFoldKey, plainHeaderKey, plainIdentityKey, plainUnaccentedKey } from "../../src/core/text/plain";
import { headerKey } from "../../src/core/allocation/header-match";
import { isBidiControl } from "../../src/core/text/chars";
import { scriptOf } from "../../src/core/text/lookalike";

const generalHeaderKey = (text: string): string => GENERAL_TEXT_KEYS.foldKey(text).replace(/[^a-z0-9]+/g, " ").trim();

const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
const VIETNAMESE = Array.from("aăâbcdđeêghiklmnoôơpqrstuưvxyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ");
const PLAIN_CHARS = [...ASCII, ...VIETNAMESE, ...VIETNAMESE.map((c) => c.toUpperCase())];
const plainText = fc.string({ unit: fc.oneof({ weight: 3, arbitrary: vietnameseLetter }, { weight: 2, arbitrary: fc.constantFrom(...PLAIN_CHARS) }, fc.constantFrom(" ", "  ", "'", "`", "&", "-")), maxLength: 40 });

/** The fast paths that disagree with the general ones on this text. */
function disagreements(text: string): string[] {
  const out: string[] = [];
  if (plainCleanText(text) !== GENERAL_TEXT_KEYS.cleanText(text)) out.push(`cleanText ${JSON.stringify(text)}`);
  if (plainFoldKey(text) !== GENERAL_TEXT_KEYS.foldKey(text)) out.push(`foldKey ${JSON.stringify(text)}`);
  if (plainIdentityKey(text) !== GENERAL_TEXT_KEYS.identityKey(text)) out.push(`identityKey ${JSON.stringify(text)}`);
  if (plainHeaderKey(text) !== generalHeaderKey(text)) out.push(`headerKey ${JSON.stringify(text)}`);
  if (plainUnaccentedKey(text) !== GENERAL_TEXT_KEYS.unaccentedKey(text)) out.push(`unaccentedKey ${JSON.stringify(text)}`);
  return out;
}

function expectSameAsGeneral(text: string): void {
  expect(plainCleanText(text)).toBe(GENERAL_TEXT_KEYS.cleanText(text));
  expect(plainFoldKey(text)).toBe(GENERAL_TEXT_KEYS.foldKey(text));
  expect(plainIdentityKey(text)).toBe(GENERAL_TEXT_KEYS.identityKey(text));
  expect(plainHeaderKey(text)).toBe(generalHeaderKey(text));
  expect(plainUnaccentedKey(text)).toBe(GENERAL_TEXT_KEYS.unaccentedKey(text));
  // What identity.ts asks: the unaccented form of an identity key's tokens.
  const key = identityKey(text);
  expect(unaccentedKey(key)).toBe(GENERAL_TEXT_KEYS.unaccentedKey(key));
}

test("every printable ASCII character and precomposed Vietnamese letter is plain", () => {
  expect(PLAIN_CHARS.every(isPlainText)).toBe(true);
  expect(PLAIN_CHARS).toHaveLength(95 + 2 * 89);
});

test("the fast paths equal the general ones on plain text", () => {
  assertProperty(fc.property(plainText, expectSameAsGeneral), { numRuns: 3000 });
});

test("the fast paths equal the general ones on every pair of plain characters and on each word shape", () => {
  const found: string[] = [];
  for (const a of PLAIN_CHARS) {
    for (const b of PLAIN_CHARS) found.push(...disagreements(a + b));
  }
  expect(found).toEqual([]);
  // Tones move to the word's end and compose there where Unicode has the letter (ṇ, ḿ, ǹ) and not elsewhere.
  for (const t of ["Trường", "hoà", "HÒA", "Lợn", "ốm", "Nguyễn Văn A", "Thuỷ", "Ka Đô", "D'Ran", "TH&THCS", "Số 0012a", "ốà", "Ơn", "ỴN", " ngọn  núi "]) expectSameAsGeneral(t);
});

test("text with anything else is left to the general path", () => {
  for (const t of ["Ka\u00A0Đô", "Tu\tTra", "Đô\u0301", "o\u0302\u0301", "\u200BSố", "\u00D0à", "Ð", "D’Ran", "\u212Ak", "İ", "ǹ", "ṇ", "ü", "é\u0301"]) {
    expect(isPlainText(t)).toBe(false);
    expect(plainCleanText(t)).toBeNull();
    expect(plainFoldKey(t)).toBeNull();
    expect(plainIdentityKey(t)).toBeNull();
    expect(plainHeaderKey(t)).toBeNull();
    expect(plainUnaccentedKey(t)).toBeNull();
  }
});

test("the public keys give the general path's answer for any text at all", () => {
  assertProperty(
    fc.property(fc.oneof(anyText, messyText, plainText), (text) => {
      expect(cleanText(text)).toBe(GENERAL_TEXT_KEYS.cleanText(text));
      expect(foldKey(text)).toBe(GENERAL_TEXT_KEYS.foldKey(text));
      expect(identityKey(text)).toBe(GENERAL_TEXT_KEYS.identityKey(text));
      expect(headerKey(text)).toBe(generalHeaderKey(text));
      expect(unaccentedKey(text)).toBe(GENERAL_TEXT_KEYS.unaccentedKey(text));
    }),
    { numRuns: 2000 },
  );
});

test("plain text holds only Latin letters and no bidirectional control, so it never has look-alike problems", () => {
  // scriptProblems answers plain text without its scan on this ground.
  const scripts = new Set(PLAIN_CHARS.map((c) => scriptOf(c.codePointAt(0) ?? 0)));
  expect([...scripts].sort()).toEqual(["Latin", null]);
  expect(PLAIN_CHARS.some((c) => isBidiControl(c.codePointAt(0) ?? 0))).toBe(false);
});
