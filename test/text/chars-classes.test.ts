/**
 * The character classes and loops every text function is built on (chars.ts):
 * classes of the astral planes, the width of the last BMP code point, whitespace
 * that is not 0x20 at the end of a text, and a rewrite that sees each code point
 * exactly once.
 */
import { charClass, collapseSpaces, isMark, isSpaceCode, mapCodePoints, widthOf } from "../../src/core/text/chars";

describe("charClass", () => {
  it("names punctuation, symbols and controls 'other'", () => {
    for (const ch of ["!", "-", "&", "€", "\u0000", "\u202E", "\uD800"]) expect([ch, charClass(ch.charCodeAt(0))]).toEqual([ch, "other"]);
    // Asked twice: the second answer comes from the table filled by the first.
    expect(charClass(0x21)).toBe("other");
  });

  it("classes astral code points by the whole code point, not its low 16 bits", () => {
    // U+20000 (a CJK ideograph) is a letter; its low 16 bits would be U+0000, a control.
    expect(charClass(0x20000)).toBe("letter");
    expect(charClass(0x20000)).toBe("letter");
    // U+1D7CE MATHEMATICAL BOLD DIGIT ZERO is a number; U+D7CE is a Hangul letter.
    expect(charClass(0x1d7ce)).toBe("number");
    // U+1F600 (an emoji) is other; U+1D165 (a musical combining mark) is a mark.
    expect(charClass(0x1f600)).toBe("other");
    expect(isMark(0x1d165)).toBe(true);
  });

  it("keeps every class right when asked again", () => {
    const cps = [0x61, 0x0301, 0x0031, 0x0020, 0x0021, 0x00a0, 0x0111, 0x2009];
    const first = cps.map(charClass);
    expect(first).toEqual(["letter", "mark", "number", "space", "other", "space", "letter", "space"]);
    expect(cps.map(charClass)).toEqual(first);
  });
});

describe("widthOf", () => {
  it("is 1 up to U+FFFF and 2 from U+10000", () => {
    expect([widthOf(0x61), widthOf(0xffff), widthOf(0x10000), widthOf(0x1f600)]).toEqual([1, 1, 2, 2]);
  });
});

describe("collapseSpaces", () => {
  it("trims whitespace other than 0x20 at the end as well as at the start", () => {
    expect(collapseSpaces("Ka Đô\u00A0")).toBe("Ka Đô");
    expect(collapseSpaces("Ka Đô\t")).toBe("Ka Đô");
    expect(collapseSpaces("\u3000Ka Đô\u2009")).toBe("Ka Đô");
    expect(isSpaceCode(0x3000)).toBe(true);
  });

  it("turns a single non-0x20 space into 0x20 and a run of any spaces into one", () => {
    expect(collapseSpaces("Ka\u00A0Đô")).toBe("Ka Đô");
    expect(collapseSpaces("Ka \t Đô  xã")).toBe("Ka Đô xã");
    expect(collapseSpaces("Ka Đô xã")).toBe("Ka Đô xã");
  });

  it("leaves nothing of a text of spaces alone", () => {
    for (const t of ["", " ", "   ", "\u00A0\t \u3000"]) expect(collapseSpaces(t)).toBe("");
  });
});

describe("mapCodePoints", () => {
  it("hands each code point to the rewrite exactly once, astral ones whole, and nothing past the end", () => {
    const seen: number[] = [];
    const out = mapCodePoints("a\u{1F600}\uFFFFb", (cp) => {
      seen.push(cp);
      return undefined;
    });
    expect(seen).toEqual([0x61, 0x1f600, 0xffff, 0x62]);
    expect(out).toBe("a\u{1F600}\uFFFFb");
  });

  it("copies the stretches around each rewritten code point", () => {
    expect(mapCodePoints("a\uFFFFb", (cp) => (cp === 0x62 ? "B" : undefined))).toBe("a\uFFFFB");
    expect(mapCodePoints("x\u{1F600}y\u{1F600}z", (cp) => (cp === 0x1f600 ? "-" : undefined))).toBe("x-y-z");
    expect(mapCodePoints("abc", (cp) => (cp === 0x61 ? "" : undefined))).toBe("bc");
  });
});
