import { safeFileNamePart } from "../../src/core/text/file-name";

describe("a name as part of a file name", () => {
  it("keeps a Vietnamese name as written, in NFC", () => {
    expect(safeFileNamePart("Đảng bộ xã Ka Đô")).toBe("Đảng bộ xã Ka Đô");
    expect(safeFileNamePart("Đảng bộ xã Ka Đô".normalize("NFD"))).toBe("Đảng bộ xã Ka Đô");
  });

  it("never lets a bidirectional control into the name (a right-to-left override reverses what is shown)", () => {
    expect(safeFileNamePart("Ka\u202EĐô\u2066\u2069\u200E\u200F\u061C")).toBe("KaĐô");
  });

  it("drops invisible format characters and lone surrogates, and turns control characters into spaces", () => {
    expect(safeFileNamePart("Ka\u200BĐô\u00AD\uFEFF\uD800")).toBe("KaĐô");
    expect(safeFileNamePart("Ka\tĐô\nx\u0085y\u007Fz")).toBe("Ka Đô x y z");
  });

  it("replaces characters Windows refuses and collapses the spaces they leave", () => {
    expect(safeFileNamePart('a<b>c:d"e/f\\g|h?i*j')).toBe("a b c d e f g h i j");
    expect(safeFileNamePart("Ka  /  Đô")).toBe("Ka Đô");
  });

  it("strips leading and trailing dots and spaces", () => {
    expect(safeFileNamePart(" ..Ka Đô. . ")).toBe("Ka Đô");
    expect(safeFileNamePart("...")).toBe("");
    expect(safeFileNamePart("\u202E")).toBe("");
  });

  it("suffixes Windows device names, in any case", () => {
    for (const name of ["CON", "prn", "Aux", "NUL", "com1", "LPT9"]) expect(safeFileNamePart(name)).toBe(`${name}_`);
    expect(safeFileNamePart("CONG")).toBe("CONG");
    expect(safeFileNamePart("com0")).toBe("com0");
  });

  it("cuts to the given number of code points without splitting a character, then trims again", () => {
    expect(safeFileNamePart("a".repeat(200))).toBe("a".repeat(120));
    expect(safeFileNamePart("\u{1F600}".repeat(10), 3)).toBe("\u{1F600}".repeat(3));
    expect(safeFileNamePart("abc .def", 4)).toBe("abc");
  });
});
