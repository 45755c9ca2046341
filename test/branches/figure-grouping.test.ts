/**
 * Thousands groups and "còn nguồn" wording at their edges: a dot groups only
 * whole blocks of three digits, and a count of candidates can be any size.
 */
import { parseHasSources, parseWhole } from "../../src/core/branches/parse-cells";
import type { Cell, CellValue } from "../../src/core/grid";

const cell = (value: CellValue): Cell => ({ value });

describe("dotted thousands in a chi bộ figure", () => {
  it.each<[string, number]>([
    ["0.001.250", 1250],
    ["1.000", 1000],
  ])("reads every group of %p", (value, n) => {
    expect(parseWhole(cell(value))).toEqual({ status: "ok", value: n });
  });

  it.each(["1.2345", "0001.250", "12.50", "1.250."])("refuses %p: its groups are not blocks of three", (value) => {
    expect(parseWhole(cell(value))).toEqual({ status: "invalid", shown: value });
  });
});

describe("còn nguồn written with punctuation or a larger count", () => {
  it.each<[string, boolean]>([
    ["Có - nguồn", true],
    ["Không, còn nguồn", false],
    ["12 quần chúng", true],
    ["10", true],
  ])("reads %p as %p", (value, has) => {
    expect(parseHasSources(cell(value))).toBe(has);
  });
});
