/**
 * Issue #17 item 2: one cell of five million characters must come back from
 * every text function (it overflowed the stack in a regular expression). The
 * assertions count what comes back; nothing here measures time.
 */
import { cleanText, foldKey, identityKey, unaccentedKey } from "../../src/core/text/normalize";
import { tallySyllables, isVietnameseSyllable } from "../../src/core/text/syllable";
import { decodeLegacy, detectByContent, encodeLegacy } from "../../src/core/text/legacy";
import { decodeGridColumns } from "../../src/core/text/decode-grid";
import { scriptProblems } from "../../src/core/text/lookalike";
import { safeFileNamePart } from "../../src/core/text/file-name";
import { readOrgName } from "../../src/core/names/identity";

const FIVE_MILLION = 5_000_000;
/** For the byte-table decoders, which never used a regular expression over the text: a million shows the same linear loop. */
const ONE_MILLION = 1_000_000;
const bigD = "Đ".repeat(FIVE_MILLION);

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + ch.length)) n++;
  return n;
}

describe("a cell of five million characters", () => {
  it("keeps all five million Đ through cleanText, identityKey, foldKey and unaccentedKey", () => {
    expect(cleanText(bigD)).toBe(bigD);
    const key = identityKey(bigD);
    expect(key.length).toBe(FIVE_MILLION);
    expect(countOf(key, "đ")).toBe(FIVE_MILLION);
    const fold = foldKey(bigD);
    expect(fold.length).toBe(FIVE_MILLION);
    expect(countOf(fold, "d")).toBe(FIVE_MILLION);
    expect(countOf(unaccentedKey(key), "d")).toBe(FIVE_MILLION);
  });

  it("moves the tone of a five-million-letter decomposed word to its end, once", () => {
    const word = "a\u0301".repeat(FIVE_MILLION / 2);
    const key = identityKey(word);
    expect(key.length).toBe(FIVE_MILLION / 2);
    expect(countOf(key, "a")).toBe(FIVE_MILLION / 2 - 1);
    expect(key.endsWith("á")).toBe(true);
  });

  it("reads five million repeated marks on one letter as one accent", () => {
    const text = `a${"\u0301".repeat(FIVE_MILLION)}`;
    expect(cleanText(text)).toBe("á");
    expect(identityKey(text)).toBe("á");
    expect(foldKey(text)).toBe("a");
  });

  it("collapses five million spaces between two words into one", () => {
    expect(cleanText(`Ka${" \u00A0".repeat(FIVE_MILLION / 2)}Đô`)).toBe("Ka Đô");
    expect(identityKey(`Ka${"-".repeat(FIVE_MILLION)}Đô`)).toBe("ka đô");
  });

  it("counts one invalid word in five million Đ and refuses it as a syllable", () => {
    expect(tallySyllables(bigD)).toEqual({ valid: 0, invalid: 1 });
    expect(isVietnameseSyllable(bigD)).toBe(false);
    expect(tallySyllables("Đảng ".repeat(FIVE_MILLION / 5))).toEqual({ valid: FIVE_MILLION / 5, invalid: 0 });
  });

  it("decodes and encodes a million legacy characters one for one", () => {
    const tcvn = "\u00AE".repeat(ONE_MILLION); // TCVN3 0xAE is đ
    expect(countOf(decodeLegacy(tcvn, "tcvn3"), "đ")).toBe(ONE_MILLION);
    expect(encodeLegacy("đ".repeat(ONE_MILLION), "vni").length).toBe(ONE_MILLION);
    expect(detectByContent([tcvn])).toBeNull();
  });

  it("decodes a sheet whose one legacy cell is a million characters long", () => {
    const cell = "\u00AE\u00B8ng ".repeat(ONE_MILLION / 5); // TCVN3 "đáng "
    const grid = { name: "S", origin: { row: 0, col: 0 }, merges: [], rows: [[{ value: cell }]] };
    const decoded = decodeGridColumns(grid, [0]);
    expect(decoded.encoding).toBe("tcvn3");
    const value = decoded.grid.rows[0]?.[0]?.value;
    expect(typeof value === "string" ? countOf(value, "đáng") : -1).toBe(ONE_MILLION / 5);
  });

  it("reads an organisation name of five million letters as one proper name", () => {
    const readings = readOrgName(`Đảng bộ xã ${bigD}`);
    expect(readings).toHaveLength(1);
    expect(readings[0]?.unit).toBe("xã");
    expect(readings[0]?.proper.length).toBe(FIVE_MILLION);
  });

  it("finds the one Cyrillic letter in five million Latin ones, and keeps file names short", () => {
    const found = scriptProblems(`${"a".repeat(FIVE_MILLION)} \u0430`);
    expect(found.mixedScripts).toEqual(["Latin", "Cyrillic"]);
    expect(found.suspectWords).toEqual(["\u0430"]);
    expect(safeFileNamePart(`\u202E${bigD}`)).toBe("Đ".repeat(120));
  });
});
