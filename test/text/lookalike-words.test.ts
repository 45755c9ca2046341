/**
 * How scriptProblems cuts a name into words and picks its main script: the last
 * word counts, marks and digits belong to the word they touch, a tie goes to the
 * script met first, and a NUL in a corrupt cell does not end the scan.
 */
import { scriptProblems } from "../../src/core/text/lookalike";

describe("look-alike words", () => {
  it("names the suspect word when it is the last one of the name", () => {
    expect(scriptProblems("Đảng bộ xã K\u0430").suspectWords).toEqual(["K\u0430"]);
    expect(scriptProblems("Ka Đô \u0430").suspectWords).toEqual(["\u0430"]);
  });

  it("keeps a combining mark and a digit inside the word they are written in", () => {
    expect(scriptProblems("K\u0430\u0301n Đô Ka").suspectWords).toEqual(["K\u0430\u0301n"]);
    expect(scriptProblems("K\u04301b Đô Ka").suspectWords).toEqual(["K\u04301b"]);
    expect(scriptProblems("Ka Đô, K\u0430-1").suspectWords).toEqual(["K\u0430"]);
  });

  it("takes the script met first as the main one when two scripts have as many letters", () => {
    const latinFirst = scriptProblems("ab \u0430\u0431");
    expect(latinFirst.mixedScripts).toEqual(["Latin", "Cyrillic"]);
    expect(latinFirst.suspectWords).toEqual(["\u0430\u0431"]);
    const cyrillicFirst = scriptProblems("\u0430\u0431 ab");
    expect(cyrillicFirst.mixedScripts).toEqual(["Cyrillic", "Latin"]);
    expect(cyrillicFirst.suspectWords).toEqual(["ab"]);
  });

  it("reads on past a NUL character", () => {
    const found = scriptProblems("Ka\u0000K\u0430 Đô");
    expect(found.mixedScripts).toEqual(["Latin", "Cyrillic"]);
    expect(found.suspectWords).toEqual(["K\u0430"]);
    expect(scriptProblems("Ka\u0000\u202E").bidiControls).toEqual(["U+202E"]);
  });
});
