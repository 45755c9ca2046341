/**
 * The small rules of a check, pinned by their exact arguments: STT numbering,
 * duplicates among unnamed rows, look-alike names and where findings point.
 */
import { checkAllocation } from "../../src/core/allocation/check";
import { parseStt } from "../../src/core/allocation/stt-sequence";
import type { AllocationCheckResult } from "../../src/core/allocation/types";
import { gridFromValues, type CellValue } from "../../src/core/grid";

const check = (rows: CellValue[][], file?: string) =>
  checkAllocation([gridFromValues("S", rows)], file === undefined ? {} : { file });
const found = (r: AllocationCheckResult, code: string) => r.findings.filter((f) => f.code === code).map((f) => [f.cell, f.args]);

describe("STT numbering", () => {
  it.each([
    ["1", 1],
    ["01", 1],
    ["1.", 1],
    [" 007 ", 7],
    ["a1", null],
    ["1a", null],
    ["1.2", null],
    ["", null],
  ])("parseStt(%p) is %p", (text, n) => {
    expect(parseStt(text)).toBe(n);
  });

  it("reports a missing, a non-numeric, a repeated and a skipped number with what was expected", () => {
    const r = check([
      ["STT", "TCCSĐ", "CHỈ TIÊU"],
      ["", "Chi bộ thôn A", 2],
      ["b", "Chi bộ thôn B", 2],
      [3, "Chi bộ thôn C", 2],
      [3, "Chi bộ thôn D", 2],
      [6, "Chi bộ thôn E", 2],
    ]);
    expect(found(r, "STT_SEQUENCE")).toEqual([
      ["A2", { row: 2, name: "Chi bộ thôn A", expected: 1, problem: "missing", stt: "", cell: "A2" }],
      ["A3", { row: 3, name: "Chi bộ thôn B", expected: 2, problem: "notNumber", stt: "b", cell: "A3" }],
      ["A5", { row: 5, name: "Chi bộ thôn D", expected: 4, problem: "repeat", stt: "3", cell: "A5" }],
      ["A6", { row: 6, name: "Chi bộ thôn E", expected: 4, problem: "gap", stt: "6", cell: "A6" }],
    ]);
  });

  it("says nothing when the table has no STT column", () => {
    const r = check([["TCCSĐ", "CHỈ TIÊU"], ["Chi bộ thôn A", 2], ["Chi bộ thôn B", 2]]);
    expect(r.findings).toEqual([]);
    expect(r.organizations.map((o) => o.stt)).toEqual([null, null]);
  });
});

describe("duplicates", () => {
  it("two unnamed rows are two missing names, not a duplicate", () => {
    const r = check([["STT", "TCCSĐ", "CHỈ TIÊU"], [1, "", 2], [2, "", 3], [3, "Chi bộ thôn 5", 1], [4, "Chi bộ Thôn  5", 1]]);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([
      ["NAME_MISSING", "B2"],
      ["NAME_MISSING", "B3"],
      ["DUPLICATE_ORGANIZATION", "B5"],
    ]);
    expect(found(r, "DUPLICATE_ORGANIZATION")).toEqual([["B5", { name: "Chi bộ Thôn 5", row: 5, firstRow: 4, cell: "B5" }]]);
  });
});

describe("look-alike names", () => {
  it("list every mixed script, suspect word and hidden control, comma-separated", () => {
    const r = check([
      ["STT", "TCCSĐ", "CHỈ TIÊU"],
      [1, "Chi bộ thôn Kа Đô và Рró", 2],
      [2, "Chi bộ \u202Ethôn\u202C B\u200F", 2],
    ]);
    const lookalikes = r.findings.filter((f) => f.code === "NAME_LOOKALIKE").map((f) => [f.cell, { ...f.args, name: undefined }]);
    expect(lookalikes).toEqual([
      ["B2", { name: undefined, row: 2, scripts: "Latin, Cyrillic", words: "Kа, Рró", controls: "", cell: "B2" }],
      ["B3", { name: undefined, row: 3, scripts: "", words: "", controls: "U+202E, U+202C, U+200F", cell: "B3" }],
    ]);
  });
});

describe("where findings point", () => {
  it("carry the file only when one was given", () => {
    const rows: CellValue[][] = [["STT", "TCCSĐ", "CHỈ TIÊU"], [1, "Chi bộ thôn A", "x"]];
    expect(check(rows).findings[0]).not.toHaveProperty("file");
    expect(check(rows, "kh.xlsx").findings[0]).toMatchObject({ file: "kh.xlsx", sheet: "S", cell: "C2" });
  });
});
