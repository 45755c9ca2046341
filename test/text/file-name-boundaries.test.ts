/**
 * The edges of what safeFileNamePart removes or replaces: the last C0 and C1
 * control characters, controls that are not whitespace, both ends of the
 * surrogate range, and a space left behind a leading dot.
 */
import { safeFileNamePart } from "../../src/core/text/file-name";

describe("a name as part of a file name, at the edges", () => {
  it("turns control characters that are not whitespace into spaces (U+0001, U+001F, U+0080, U+009F)", () => {
    expect(safeFileNamePart("Ka\u0001Đô")).toBe("Ka Đô");
    expect(safeFileNamePart("Ka\u001FĐô")).toBe("Ka Đô");
    expect(safeFileNamePart("Ka\u0080Đô")).toBe("Ka Đô");
    expect(safeFileNamePart("Ka\u009FĐô")).toBe("Ka Đô");
  });

  it("keeps the characters just past the control ranges: the space, NBSP as a space, and ¡ (U+00A1)", () => {
    expect(safeFileNamePart("Ka Đô")).toBe("Ka Đô");
    expect(safeFileNamePart("Ka\u00A0Đô")).toBe("Ka Đô");
    expect(safeFileNamePart("Ka\u00A1Đô")).toBe("Ka\u00A1Đô");
  });

  it("drops a lone surrogate from either end of the range, and keeps a surrogate pair", () => {
    expect(safeFileNamePart("Ka\uD800Đô")).toBe("KaĐô");
    expect(safeFileNamePart("Ka\uDFFFĐô")).toBe("KaĐô");
    expect(safeFileNamePart("Ka\uDBFF\uDFFFĐô")).toBe("Ka\u{10FFFF}Đô");
    expect(safeFileNamePart("Ka\u{1F600}Đô")).toBe("Ka\u{1F600}Đô");
  });

  it("strips a space that a leading or trailing dot left behind", () => {
    expect(safeFileNamePart(". Ka Đô")).toBe("Ka Đô");
    expect(safeFileNamePart(".. . Ka Đô . .")).toBe("Ka Đô");
    expect(safeFileNamePart("Ka Đô .")).toBe("Ka Đô");
  });
});
