/**
 * The rules of a possible Vietnamese syllable, one table row per rule, and the
 * character tests that decide which words of a cell are evidence of an encoding.
 */
import { hasForeignLatin1, hasNonAscii, isUnicodeVietnamese, isVietnameseSyllable, tallySyllables } from "../../src/core/text/syllable";

describe("isVietnameseSyllable", () => {
  it.each([
    ["ba", "initial and open vowel"],
    ["bai", "a glide cluster with no final"],
    ["băn", "ă with a final"],
    ["bác", "a stop final with the rising tone"],
    ["bạc", "a stop final with the heavy tone"],
    ["bac", "a stop final with no tone"],
    ["nghiêng", "the longest initial and a final"],
    ["gì", "the i of gi doubling as the vowel"],
    ["gìn", "gi's i as the vowel before a final"],
    ["giêng", "gi before a vowel of its own"],
    ["đảng", "đ and a tone"],
    ["Đảng", "capitals"],
    ["ba\u0301", "a decomposed tone mark"],
  ])("accepts %s (%s)", (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each([
    ["bq", "no vowel"],
    ["bax", "a consonant no syllable ends in"],
    ["wan", "an initial Vietnamese has not"],
    ["bn", "no vowel before the final"],
    ["t", "a lone consonant"],
    ["giq", "gi before a consonant no syllable ends in"],
    ["bă", "ă with no final"],
    ["bâ", "â with no final"],
    ["biê", "iê with no final"],
    ["bain", "a glide cluster with a final"],
    ["bàc", "a stop final with the falling tone"],
    ["bảt", "a stop final with the asking tone"],
    ["bá\u0300", "two tones"],
    ["b1", "a digit"],
    ["ngh\u0113", "a letter outside Vietnamese"],
    ["nghiêngnghiêng", "longer than any syllable"],
  ])("refuses %s (%s)", (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });

  it("answers the same for a word asked twice", () => {
    expect([isVietnameseSyllable("bàc"), isVietnameseSyllable("bàc"), isVietnameseSyllable("bác"), isVietnameseSyllable("bác")]).toEqual([false, false, true, true]);
  });
});

describe("isUnicodeVietnamese", () => {
  it.each([
    ["\u1EA0", "Ạ, first of the Latin Extended Additional letters Vietnamese uses"],
    ["H\u1EA1", "ạ"],
    ["\u1EF9", "ỹ, the last of them"],
    ["\u0110", "Đ"],
    ["ba\u0301", "a combining tone mark"],
  ])("recognises %s (%s)", (text) => {
    expect(isUnicodeVietnamese(text)).toBe(true);
  });

  it.each([
    ["\u1E9F", "the letter before Ạ"],
    ["\u1EFA", "the letter after ỹ"],
    ["Pró", "Latin-1 vowels any encoding's view may hold"],
    ["\u00A7\u00B6ng", "TCVN3's đả as Windows-1252"],
    ["", "nothing"],
  ])("does not take %s (%s) for Unicode Vietnamese", (text) => {
    expect(isUnicodeVietnamese(text)).toBe(false);
  });
});

describe("hasForeignLatin1", () => {
  it.each([
    ["\u00A7", true],
    ["TCCS\u00A7", true],
    ["\u00FF", true],
    ["\u00A1", true],
    ["Pró", false],
    ["Đà", false],
    ["12\u00A0345", false],
    ["2\u00D73", false],
    ["25\u00B0", false],
    ["abc", false],
    ["\u0100", false],
  ])("%s → %s", (text, expected) => {
    expect(hasForeignLatin1(text)).toBe(expected);
  });
});

describe("hasNonAscii", () => {
  it.each([
    ["abc", false],
    ["", false],
    ["\u007F", false],
    ["\u0080", true],
    ["ab\u00E9", true],
  ])("%j → %s", (text, expected) => {
    expect(hasNonAscii(text)).toBe(expected);
  });
});

describe("tallySyllables", () => {
  it("counts only words holding a non-ASCII character", () => {
    expect(tallySyllables("ba ba ba")).toEqual({ valid: 0, invalid: 0 });
    expect(tallySyllables("Đảng bộ xã Ka Đô")).toEqual({ valid: 4, invalid: 0 });
    // TCVN3's "Đảng bộ xã Ka Đô" as Windows-1252: bé happens to be Vietnamese too.
    expect(tallySyllables("\u00A7\u00B6ng b\u00E9 x\u00B7 Ka \u00A7\u00AB")).toEqual({ valid: 1, invalid: 3 });
  });

  it("counts a word with decomposed tone marks as a syllable", () => {
    expect(tallySyllables("ba\u0301 ba\u0323c")).toEqual({ valid: 2, invalid: 0 });
  });

  it("counts a word holding a digit or a sign as not a syllable", () => {
    expect(tallySyllables("bá1 bá\u00A7 \u00A7")).toEqual({ valid: 0, invalid: 3 });
  });

  // Every edge of the four ASCII punctuation ranges, and the letters and digits just outside them.
  it.each(["!", "/", ":", "@", "[", "`", "{", "~", " ", "\t", "\u00A0"])("%j ends a word", (sep) => {
    expect(tallySyllables(`bá${sep}bá`)).toEqual({ valid: 2, invalid: 0 });
  });

  it.each(["0", "9", "A", "Z", "a", "z", "\u007F"])("%j does not end a word", (ch) => {
    expect(tallySyllables(`bá${ch}bá`)).toEqual({ valid: 0, invalid: 1 });
  });

  it("counts the last word of a text that ends without a separator", () => {
    expect(tallySyllables("Đảng")).toEqual({ valid: 1, invalid: 0 });
    expect(tallySyllables("..Đảng..bộ")).toEqual({ valid: 2, invalid: 0 });
  });
});
