/**
 * The general normalisation path (what text that is not plain takes: NBSP,
 * combining marks, curly apostrophes, soft hyphens, the Icelandic eth), with
 * exact results. Every input here holds at least one character that keeps it
 * off the plain-text fast path, so these pin normalize.ts itself.
 */
import { cleanText, foldKey, GENERAL_TEXT_KEYS, identityKey, unaccentedKey } from "../../src/core/text/normalize";
import { isPlainText } from "../../src/core/text/plain";

const NBSP = "\u00A0";

test("every input of this file takes the general path", () => {
  for (const t of ["o\u0308\u0302", "\u0301\u0302a", "\u00F0ảng", "ho\u0300a", "\u0300ab", `D'Ran${NBSP}`, "Ka\u00ADĐô", `TH&THCS${NBSP}`, `Đảng${NBSP}bộ`, "hoa binh\u0300"]) {
    expect(isPlainText(t)).toBe(false);
  }
});

describe("marks put in composing order", () => {
  it("puts the vowel-quality mark first, other marks next and the tone last, whatever order they were typed in", () => {
    // o + diaeresis + circumflex: the circumflex goes onto the o (ô), the diaeresis stays a mark after it.
    expect(cleanText("o\u0308\u0302")).toBe("\u00F4\u0308");
    // a + acute + diaeresis: the tone goes behind the other mark (ä + acute), not onto the a.
    expect(cleanText("a\u0301\u0308")).toBe("\u00E4\u0301");
    expect(cleanText("o\u0301\u0302")).toBe("ố");
    expect(cleanText("u\u031B\u0300")).toBe("ừ");
    expect(cleanText("u\u0300\u031B")).toBe("ừ");
  });

  it("counts a mark typed twice once", () => {
    expect(cleanText("a\u0301\u0301")).toBe("á");
    expect(cleanText("o\u0302\u0301\u0302")).toBe("ố");
  });

  it("leaves marks at the very start of the text as they are: they have no letter to sit on", () => {
    expect(cleanText("\u0301\u0302a")).toBe("\u0301\u0302a");
    expect(cleanText("\u0301\u0301a")).toBe("\u0301\u0301a");
  });

  it("keeps the text after the last reordered run, and the runs between", () => {
    expect(cleanText("To\u0301\u0302t xo\u0301\u0302ng nhe")).toBe("Tốt xống nhe");
    expect(cleanText("a\u0301\u0308 b")).toBe("\u00E4\u0301 b");
  });
});

describe("the Icelandic eth, a look-alike of Đ", () => {
  it("becomes Đ in capitals and đ in small letters", () => {
    expect(cleanText("\u00D0ảng")).toBe("Đảng");
    expect(cleanText("\u00F0ảng")).toBe("đảng");
    expect(foldKey("\u00F0ảng")).toBe("dang");
    expect(identityKey("\u00F0ảng")).toBe(identityKey("đảng"));
  });
});

describe("identityKey on the general path", () => {
  it("moves a word's tone to the word's end", () => {
    expect(identityKey("ho\u0300a")).toBe("hoà");
    expect(identityKey("thu\u0309y")).toBe("thuỷ");
    expect(identityKey(`Lạc${NBSP}Lâm`)).toBe("lac\u0323 lâm");
    expect(identityKey(`Hoà${NBSP}Bình`)).toBe("hoà binh\u0300");
  });

  it("moves a tone that starts a word (a stray mark) to that word's end too", () => {
    expect(identityKey("\u0300ab")).toBe("ab\u0300");
    expect(identityKey("x \u0300ab")).toBe("x ab\u0300");
    expect(identityKey("\u0301\u0302a")).toBe("\u0302á");
  });

  it("leaves words without a tone and the text between words as they are", () => {
    expect(identityKey(`Ka Đô${NBSP}lâm`)).toBe("ka đô lâm");
    expect(identityKey(`hoà${NBSP}x${NBSP}y`)).toBe("hoà x y");
  });

  it("drops the ASCII apostrophe and the soft hyphen, so D'Ran is Dran and Ka­Đô one word", () => {
    expect(identityKey(`D'Ran${NBSP}`)).toBe("dran");
    expect(identityKey(`D\u2019Ran`)).toBe("dran");
    expect(identityKey("Ka\u00ADĐô")).toBe("kađô");
  });

  it("keeps & as a word of its own (TH&THCS)", () => {
    expect(identityKey(`TH&THCS${NBSP}`)).toBe("th & thcs");
    expect(identityKey(`TH&THCS${NBSP}`)).toBe(identityKey("TH&THCS"));
  });
});

describe("foldKey on the general path", () => {
  it("drops every mark and turns đ into d", () => {
    expect(foldKey(`Đảng${NBSP}bộ`)).toBe("dang bo");
    expect(foldKey(`đ${NBSP}`)).toBe("d");
    expect(foldKey(`Chỉ tiêu${NBSP}(01 HS)`)).toBe("chi tieu (01 hs)");
  });
});

describe("unaccentedKey on the general path", () => {
  it("strips the marks of an identity key a tone was moved onto a consonant in", () => {
    const key = identityKey("Hoà Bình");
    expect(key).toBe("hoà binh\u0300");
    expect(unaccentedKey(key)).toBe("hoa binh");
    expect(GENERAL_TEXT_KEYS.unaccentedKey(key)).toBe("hoa binh");
    expect(unaccentedKey(identityKey("Lạc Lâm"))).toBe("lac lam");
  });

  it("turns đ into d and keeps everything that is not a mark", () => {
    expect(unaccentedKey(`đ${NBSP}`)).toBe(`d${NBSP}`);
    expect(unaccentedKey(`Đảng${NBSP}bộ`)).toBe(`Đang${NBSP}bo`);
  });
});
