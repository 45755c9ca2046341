/**
 * Findings are put in reading order by the row of their cell; rowOfCell reads a plain `C18`
 * without parseA1's regular expression (issue #16) and must give parseA1's row for any text.
 */
import fc from "fast-check";
import { assertProperty } from "./seed";
import { parseA1 } from "../../src/core/address";
import { rowOfCell } from "../../src/core/allocation/check";

const CHARS = [..."ABCXYZabcxyz0123456789$ :"];
const cellLike = fc.oneof(
  fc.tuple(fc.stringMatching(/^[A-Z]{0,4}$/), fc.stringMatching(/^[0-9]{0,9}$/)).map(([l, d]) => `${l}${d}`),
  fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join("")),
  fc.tuple(fc.integer({ min: 0, max: 16_400 }), fc.integer({ min: 0, max: 1_048_600 })).map(([c, r]) => `${columnName(c)}${r}`),
);

function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

test("rowOfCell is parseA1's row (or -1), whatever the text", () => {
  assertProperty(
    fc.property(cellLike, (cell) => {
      expect(rowOfCell(cell)).toBe(parseA1(cell)?.row ?? -1);
    }),
    { numRuns: 5000 },
  );
});

test("rowOfCell reads the cells findings point at, and the bounds of a sheet", () => {
  expect(["C4", "B10003", "XFD1048576", "A1", "$C$18", " c7 "].map(rowOfCell)).toEqual([3, 10002, 1048575, 0, 17, 6]);
  expect(["XFE1", "A1048577", "A0", "", "C", "18", "ABCD1", "A12345678"].map(rowOfCell)).toEqual(Array(8).fill(-1));
});
