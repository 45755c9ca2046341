import { scriptProblems, noScriptProblems, scriptOf } from "../../src/core/text/lookalike";

describe("look-alike names (issue #17 item 12)", () => {
  it("finds a Cyrillic а inside a Latin word and names the word", () => {
    const found = scriptProblems("Đảng bộ xã K\u0430 Đô");
    expect(found.mixedScripts).toEqual(["Latin", "Cyrillic"]);
    expect(found.suspectWords).toEqual(["K\u0430"]);
    expect(found.bidiControls).toEqual([]);
    expect(noScriptProblems(found)).toBe(false);
  });

  it("finds a whole Greek word in a Vietnamese name", () => {
    const found = scriptProblems("Chi bộ \u039A\u0391 Đô");
    expect(found.mixedScripts).toEqual(["Latin", "Greek"]);
    expect(found.suspectWords).toEqual(["\u039A\u0391"]);
  });

  it("takes the script of most letters as the main one, whatever comes first", () => {
    expect(scriptProblems("\u0430 Ka Đô").suspectWords).toEqual(["\u0430"]);
    expect(scriptProblems("a \u043A\u0430\u0434\u043E").suspectWords).toEqual(["a"]);
  });

  it("reports each bidirectional control once, in order, as U+XXXX", () => {
    const found = scriptProblems("Ka\u202E Đô\u202E\u2066x\u2069\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u2067\u2068");
    expect(found.bidiControls).toEqual(["U+202E", "U+2066", "U+2069", "U+200E", "U+200F", "U+061C", "U+202A", "U+202B", "U+202C", "U+202D", "U+2067", "U+2068"]);
    expect(found.mixedScripts).toEqual([]);
    expect(noScriptProblems(found)).toBe(false);
  });

  it("finds nothing in Vietnamese names with digits, punctuation, decomposed marks and spaces", () => {
    for (const name of ["Đảng bộ xã Ka Đô", "Thị trấn D’Ran", "Thôn 1 - Lạc Xuân", "Đảng bộ xã Ka Đô".normalize("NFD"), "TH&THCS", ""]) {
      const found = scriptProblems(name);
      expect(found).toEqual({ mixedScripts: [], suspectWords: [], bidiControls: [] });
      expect(noScriptProblems(found)).toBe(true);
    }
  });

  it("names the script of letters only", () => {
    expect(scriptOf("a".codePointAt(0)!)).toBe("Latin");
    expect(scriptOf("Đ".codePointAt(0)!)).toBe("Latin");
    expect(scriptOf(0x0430)).toBe("Cyrillic");
    expect(scriptOf(0x03b1)).toBe("Greek");
    expect(scriptOf(0x4e2d)).toBe("Han");
    expect(scriptOf(0x10400)).toBe("Other"); // Deseret
    expect(scriptOf("1".codePointAt(0)!)).toBeNull();
    expect(scriptOf(0x0301)).toBeNull();
    expect(scriptOf(0x202e)).toBeNull();
  });
});
