/**
 * Reading an alias sheet the user edits by hand: where its header may be, how
 * its columns are found, and the exact finding (code, cell, arguments) for
 * each bad row, in sheet order.
 */
import { gridFromValues, type CellValue, type Grid } from "../../src/core/grid";
import { aliasRowsAsTyped, readAliasGrid, readAliasGrids } from "../../src/core/names/aliases";

const ORGS = ["Đảng bộ xã Ka Đô", "Đảng bộ xã Ka Đơn", "Đảng bộ xã Tu Tra", "Chi bộ Trường THPT Đơn Dương", "Chi bộ Trường PT DTNT THCS Đơn Dương"].map((name) => ({ name }));
const HEADER = ["Viết là", "Tổ chức cơ sở đảng"];

const located = (grid: Grid, file?: string): string[] => readAliasGrid(grid, ORGS, file).findings.map((f) => `${f.code}@${f.cell ?? ""}`);
const blankRows = (n: number): CellValue[][] => Array.from({ length: n }, () => []);

describe("the findings of a hand-edited alias sheet", () => {
  const grid = gridFromValues("Bí danh", [
    HEADER,
    ["KĐ", "Ka Đo"],
    ["ĐD", "Đơn Dương"],
    ["Ka Đơn", "Ka Đô"],
    ["x", ""],
    ["TT", "Tu Tra"],
    ["tt", "Tu Tra"],
    ["TT", "Ka Đô"],
    ["A", "B"],
    ["B", "A"],
  ]);
  const read = readAliasGrid(grid, ORGS, "bi-danh.xlsx");

  it("accepts the one good row with the table's spelling", () => {
    expect(read.aliases).toEqual([{ written: "TT", target: "Đảng bộ xã Tu Tra" }]);
  });

  it("reports every other row at its cell, with its arguments, in row order", () => {
    expect(read.findings.map((f) => [f.code, f.severity, f.cell, f.args])).toEqual([
      ["ALIAS_UNKNOWN_TARGET", "warning", "B2", { written: "KĐ", target: "Ka Đo", suggestions: "Đảng bộ xã Ka Đô; Đảng bộ xã Ka Đơn" }],
      ["ALIAS_AMBIGUOUS_TARGET", "warning", "B3", { written: "ĐD", target: "Đơn Dương", candidates: "Chi bộ Trường THPT Đơn Dương; Chi bộ Trường PT DTNT THCS Đơn Dương" }],
      ["ALIAS_CONFLICT", "warning", "A4", { written: "Ka Đơn", target: "Ka Đô", reason: "organization", other: "Đảng bộ xã Ka Đơn" }],
      ["ALIAS_INCOMPLETE", "warning", "B5", { row: 5, text: "x" }],
      ["ALIAS_DUPLICATE", "info", "A7", { written: "tt", target: "Tu Tra", firstRow: 6 }],
      ["ALIAS_CONFLICT", "warning", "A8", { written: "TT", target: "Ka Đô", reason: "alias", other: "Đảng bộ xã Tu Tra" }],
      ["ALIAS_CIRCULAR", "warning", "B9", { written: "A", target: "B" }],
      ["ALIAS_CIRCULAR", "warning", "B10", { written: "B", target: "A" }],
    ]);
    expect(read.findings.every((f) => f.file === "bi-danh.xlsx" && f.sheet === "Bí danh")).toBe(true);
  });

  it("names no file when the sheet did not come from one", () => {
    const finding = readAliasGrid(gridFromValues("Bí danh", [HEADER, ["KĐ", "Ka Đo"]]), ORGS).findings[0];
    expect(finding).toMatchObject({ code: "ALIAS_UNKNOWN_TARGET", sheet: "Bí danh", cell: "B2" });
    expect(finding).not.toHaveProperty("file");
  });

  it("names the written cell of a row that has only its organisation", () => {
    expect(readAliasGrid(gridFromValues("Bí danh", [HEADER, ["", "Ka Đô"]]), ORGS).findings.map((f) => [f.cell, f.args])).toEqual([["A2", { row: 2, text: "Ka Đô" }]]);
  });

  it("lists the findings of the first sheet before those of the second, whatever their rows", () => {
    const first = gridFromValues("Bí danh", [HEADER, ["KĐ", "Ka Đô"], ["TT", "Tu Tra"], ["Ka Đơn cũ", "Ka Đơn"], ["X", "Không có"]]);
    // The second sheet's half-filled row is found before any target is resolved, yet comes after.
    const second = gridFromValues("Aliases", [HEADER, ["Y", ""]]);
    const r = readAliasGrids([{ grid: first }, { grid: second }], ORGS);
    expect(r.findings.map((f) => `${f.code}@${f.sheet}!${f.cell ?? ""}`)).toEqual(["ALIAS_UNKNOWN_TARGET@Bí danh!B5", "ALIAS_INCOMPLETE@Aliases!B2"]);
  });
});

describe("where the header of an alias sheet may be", () => {
  it("is looked for in the first 21 rows", () => {
    const at = (row: number): Grid => gridFromValues("Bí danh", [...blankRows(row), HEADER, ["KĐ", "Không có"]]);
    expect(located(at(20))).toEqual(["ALIAS_UNKNOWN_TARGET@B22"]);
    expect(located(at(21))).toEqual(["ALIAS_HEADER_NOT_FOUND@"]);
  });

  it("counts those rows from where the sheet's used range starts", () => {
    const grid = gridFromValues("Bí danh", [...blankRows(20), [null, ...HEADER], [null, "KĐ", "Ka Đô"]], { origin: { row: 4, col: 1 } });
    expect(readAliasGrid(grid, ORGS)).toEqual({ aliases: [{ written: "KĐ", target: "Đảng bộ xã Ka Đô" }], findings: [] });
  });

  it("needs both headers on one row: a title naming aliases alone is not the header", () => {
    const grid = gridFromValues("Bí danh", [["Bí danh"], HEADER, ["KĐ", "Ka Đô"]]);
    expect(readAliasGrid(grid, ORGS)).toEqual({ aliases: [{ written: "KĐ", target: "Đảng bộ xã Ka Đô" }], findings: [] });
  });

  it("takes the first column of each kind when a header row has more", () => {
    const grid = gridFromValues("Bí danh", [["Viết là", "Tổ chức cơ sở đảng", "Bí danh cũ", "Đơn vị cũ"], ["KĐ", "Ka Đô", "KĐ cũ", "Tu Tra"]]);
    expect(readAliasGrid(grid, ORGS)).toEqual({ aliases: [{ written: "KĐ", target: "Đảng bộ xã Ka Đô" }], findings: [] });
    expect(aliasRowsAsTyped(grid)).toEqual([{ written: "KĐ", target: "Ka Đô" }]);
  });

  it("reads headers through brackets and spacing", () => {
    const grid = gridFromValues("Bí danh", [["Tên (viết)", "(Đơn vị)"], ["KĐ", "Ka Đô"]]);
    expect(readAliasGrid(grid, ORGS)).toEqual({ aliases: [{ written: "KĐ", target: "Đảng bộ xã Ka Đô" }], findings: [] });
  });

  it("does not take a word that only begins like a header for one", () => {
    const grid = gridFromValues("Sheet1", [["Aliasing", "Tổ chức cơ sở đảng"], ["KĐ", "Không có"]]);
    expect(readAliasGrid(grid, ORGS)).toEqual({ aliases: [], findings: [] });
  });
});

describe("a headerless alias table", () => {
  it("is read from the first two columns of its used range", () => {
    const grid = gridFromValues("aliases", [["KĐ", "Ka Đô"], ["Y", "Không có"]], { origin: { row: 3, col: 2 } });
    const r = readAliasGrid(grid, ORGS);
    expect(r.aliases).toEqual([{ written: "KĐ", target: "Đảng bộ xã Ka Đô" }]);
    expect(r.findings.map((f) => `${f.code}@${f.cell ?? ""}`)).toEqual(["ALIAS_UNKNOWN_TARGET@D5"]);
    expect(aliasRowsAsTyped(grid)).toEqual([
      { written: "KĐ", target: "Ka Đô" },
      { written: "Y", target: "Không có" },
    ]);
  });

  it("counts when at least half of its targets name organisations, not fewer", () => {
    expect(located(gridFromValues("Sheet1", [["KĐ", "Ka Đô"], ["Y", "Không có"]]))).toEqual(["ALIAS_UNKNOWN_TARGET@B2"]);
    expect(located(gridFromValues("Sheet1", [["KĐ", "Ka Đô"], ["Y", "Không có"], ["Z", "Cũng không có"]]))).toEqual([]);
    // A half-filled row counts as a row whose target names nothing.
    expect(located(gridFromValues("Sheet1", [["KĐ", "Ka Đô"], ["Chỉ có tên viết", ""], ["Y", "Không có"]]))).toEqual([]);
  });
});

describe("a sheet that looks like no alias table", () => {
  it("is reported when its name says aliases, in any of the names the hosts use", () => {
    for (const name of ["Bí danh", "BI DANH", "Aliases", "alias"]) {
      expect(located(gridFromValues(name, [["ghi chú", "không phải bí danh"]]))).toEqual(["ALIAS_HEADER_NOT_FOUND@"]);
    }
    expect(located(gridFromValues("Aliases 2", [["ghi chú", "không phải bí danh"]]))).toEqual([]);
  });

  it("is reported when any cell holds text, even with blank cells and rows around it", () => {
    expect(located(gridFromValues("Bí danh", [["ghi chú", ""], ["", ""]]))).toEqual(["ALIAS_HEADER_NOT_FOUND@"]);
    expect(located(gridFromValues("Bí danh", [["", ""], ["ghi chú"]]))).toEqual(["ALIAS_HEADER_NOT_FOUND@"]);
  });

  it("is not reported when it holds only blanks", () => {
    expect(located(gridFromValues("Bí danh", [["", "   "], [null, undefined, "\t"]]))).toEqual([]);
  });
});
