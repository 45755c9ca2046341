/**
 * The plain-text fast paths (src/core/text/plain.ts) against the general path,
 * from the sides plain-text.property.test.ts does not press: which code points
 * are plain at all (every one of the table's range and past it), one foreign
 * character anywhere in otherwise plain text, spaces and punctuation in runs at
 * either end, and unaccentedKey on the identity keys it is asked for.
 */
import fc from "fast-check";
import { assertProperty } from "./seed";
import { vietnameseLetter } from "./arbitraries";
import { GENERAL_TEXT_KEYS } from "../../src/core/text/normalize";
import { isPlainText, plainCleanText, plainFoldKey, plainHeaderKey, plainIdentityKey, plainUnaccentedKey } from "../../src/core/text/plain";

const VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ";
const VIETNAMESE_CODES = new Set(Array.from(VIETNAMESE + VIETNAMESE.toUpperCase(), (c) => c.codePointAt(0) ?? 0));
const documentedPlain = (cp: number): boolean => (cp >= 0x20 && cp <= 0x7e) || VIETNAMESE_CODES.has(cp);

const generalHeaderKey = (text: string): string => GENERAL_TEXT_KEYS.foldKey(text).replace(/[^a-z0-9]+/g, " ").trim();

/** Plain text heavy in what the fast paths treat specially: spaces in runs, ASCII punctuation, digits, `&` and apostrophes. */
const punctuated = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: vietnameseLetter },
    { weight: 2, arbitrary: fc.constantFrom(" ", "  ", "   ") },
    { weight: 2, arbitrary: fc.constantFrom(...Array.from("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~0123456789AZaz")) },
  ),
  maxLength: 30,
});

/** Characters that are not plain: marks, NBSP, tabs, invisible and bidi controls, other scripts, lone surrogates. */
const foreign = fc.oneof(
  fc.constantFrom("\u0301", "\u0302", "\u00A0", "\t", "\n", "\u200B", "\uFEFF", "\u202E", "\u2019", "\u00D0", "\u1F00", "\u0430", "\uD800", "\u{1F600}", "\u007F", "ǹ"),
  fc.integer({ min: 0x1f00, max: 0xffff }).map((cp) => String.fromCharCode(cp)),
);

test("exactly printable ASCII and the precomposed Vietnamese letters are plain, code point by code point up to U+20FF", () => {
  const wrong: string[] = [];
  for (let cp = 0; cp <= 0x20ff; cp++) if (isPlainText(String.fromCharCode(cp)) !== documentedPlain(cp)) wrong.push(cp.toString(16));
  expect(wrong).toEqual([]);
});

test("one foreign character anywhere in plain text makes every fast path refuse it", () => {
  assertProperty(
    fc.property(punctuated, foreign, fc.nat(), (text, ch, at) => {
      const i = at % (text.length + 1);
      const mixed = text.slice(0, i) + ch + text.slice(i);
      expect(isPlainText(mixed)).toBe(false);
      expect([plainCleanText(mixed), plainFoldKey(mixed), plainHeaderKey(mixed), plainIdentityKey(mixed), plainUnaccentedKey(mixed)]).toEqual([null, null, null, null, null]);
    }),
    { numRuns: 500 },
  );
});

test("on punctuated plain text every fast path answers, and answers what the general path does", () => {
  assertProperty(
    fc.property(punctuated, (text) => {
      expect(isPlainText(text)).toBe(true);
      expect(plainCleanText(text)).toBe(GENERAL_TEXT_KEYS.cleanText(text));
      expect(plainFoldKey(text)).toBe(GENERAL_TEXT_KEYS.foldKey(text));
      expect(plainHeaderKey(text)).toBe(generalHeaderKey(text));
      expect(plainIdentityKey(text)).toBe(GENERAL_TEXT_KEYS.identityKey(text));
      expect(plainUnaccentedKey(text)).toBe(GENERAL_TEXT_KEYS.unaccentedKey(text));
    }),
    { numRuns: 1000 },
  );
});

test("unaccentedKey of an identity key is the general one whenever the key is still plain", () => {
  assertProperty(
    fc.property(punctuated, (text) => {
      const key = GENERAL_TEXT_KEYS.identityKey(text);
      const fast = plainUnaccentedKey(key);
      expect(fast === null ? !isPlainText(key) : fast === GENERAL_TEXT_KEYS.unaccentedKey(key)).toBe(true);
    }),
    { numRuns: 500 },
  );
});

test("spaces at either end or in runs inside are collapsed by the fast paths as by the general path", () => {
  const words = ["Ka", "Đô", "D'Ran", "TH&THCS", "01", "Hoà"];
  const gaps = ["", " ", "  ", "   "];
  const found: string[] = [];
  for (const lead of gaps) {
    for (const inner of gaps.slice(1)) {
      for (const trail of gaps) {
        for (const w of words) {
          const text = `${lead}${w}${inner}${w}${trail}`;
          if (plainCleanText(text) !== GENERAL_TEXT_KEYS.cleanText(text)) found.push(`cleanText ${JSON.stringify(text)}`);
          if (plainFoldKey(text) !== GENERAL_TEXT_KEYS.foldKey(text)) found.push(`foldKey ${JSON.stringify(text)}`);
          if (plainIdentityKey(text) !== GENERAL_TEXT_KEYS.identityKey(text)) found.push(`identityKey ${JSON.stringify(text)}`);
          if (plainHeaderKey(text) !== generalHeaderKey(text)) found.push(`headerKey ${JSON.stringify(text)}`);
        }
      }
    }
  }
  expect(found).toEqual([]);
});
