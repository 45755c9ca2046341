/**
 * checkAllocation's own decisions, apart from the rules: which sheet it reads,
 * what it says when there is none, which target it uses, and the reading order
 * of its findings.
 */
import { parseA1 } from "../../src/core/address";
import { checkAllocation, rowOfCell } from "../../src/core/allocation/check";
import { InvalidArgumentError } from "../../src/core/errors";
import type { Finding } from "../../src/core/findings";
import { gridFromValues, type Cell, type CellValue, type Grid } from "../../src/core/grid";
import { toTcvn3 } from "./seed-table";

type Values = ReadonlyArray<ReadonlyArray<CellValue | Cell>>;
const where = (f: Finding): [string, string | undefined] => [f.code, f.cell];
const table = (quota = "2"): Values => [
  ["STT", "TCCSĐ", "CHỈ TIÊU"],
  ["1", "Chi bộ Trường Tiểu học A", quota],
  ["2", "Chi bộ Trường Mầm non B", "3"],
];
const notes: Values = [["Ghi chú"], ["Không có bảng ở đây"]];
const sheet = (name: string, values: Values, hidden = false): Grid => ({ ...gridFromValues(name, values), ...(hidden ? { hidden } : {}) });
const NO_TARGET_TOTALS = { quota: 0, quotaMax: 0, studentQuota: 0, subQuotas: {}, organizations: 0, difference: null, meetsTarget: null };

describe("the target option", () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, -0.5])("rejects %p as a programmer error", (target) => {
    expect(() => checkAllocation([sheet("S", table())], { target })).toThrow(InvalidArgumentError);
    expect(() => checkAllocation([sheet("S", table())], { target })).toThrow(`target must be a number ≥ 0, got ${target}`);
  });

  it("accepts 0 (every total meets it) and a fractional target", () => {
    expect(checkAllocation([sheet("S", table())], { target: 0 }).totals).toMatchObject({ quota: 5, difference: 5, meetsTarget: true });
    expect(checkAllocation([sheet("S", table())], { target: 5.5 }).totals).toMatchObject({ quota: 5, difference: -0.5, meetsTarget: false });
  });
});

describe("choosing the sheet", () => {
  it("prefers the sheet named exactly over one that differs only in case and accents", () => {
    const grids = [sheet("PHU LUC", notes), sheet("Phụ lục", table())];
    const r = checkAllocation(grids, { sheet: "Phụ lục" });
    expect(r.sheet).toBe("Phụ lục");
    expect(r.tableFound).toBe(true);
  });

  it("finds a sheet typed without accents or in another case", () => {
    const r = checkAllocation([sheet("Ghi chú", notes), sheet("Phụ lục", table())], { sheet: "PHU LUC" });
    expect(r).toMatchObject({ sheet: "Phụ lục", tableFound: true });
  });

  it("reads a visible sheet before a hidden one listed earlier", () => {
    const r = checkAllocation([sheet("Cũ", table("9"), true), sheet("Mới", table())]);
    expect(r.sheet).toBe("Mới");
    expect(r.totals.quota).toBe(5);
  });

  it("still reads a hidden sheet when it is the only one with a table", () => {
    const r = checkAllocation([sheet("Cũ", table("9"), true), sheet("Ghi chú", notes)]);
    expect(r).toMatchObject({ sheet: "Cũ", tableFound: true });
    expect(r.totals.quota).toBe(12);
  });

  it("stops at the first sheet with a table, even when later sheets have none", () => {
    const r = checkAllocation([sheet("Phụ lục", table()), sheet("Ghi chú", notes)]);
    expect(r).toMatchObject({ sheet: "Phụ lục", tableFound: true });
  });
});

describe("when there is nothing to check", () => {
  it("a missing sheet: SHEET_NOT_FOUND naming it and listing the others, located in the file only", () => {
    const r = checkAllocation([sheet("Ghi chú", notes), sheet("Phụ lục", table())], { sheet: "Bảng 2", file: "kh.xlsx", target: 7 });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: "SHEET_NOT_FOUND", file: "kh.xlsx", args: { sheet: "Bảng 2", available: '"Ghi chú", "Phụ lục"' } });
    expect(r.findings[0]).not.toHaveProperty("sheet");
    expect(r.findings[0]).not.toHaveProperty("cell");
    expect(r).toMatchObject({ sheet: null, tableFound: false, target: 7, targetSource: "option", targetCell: null, targetText: null, year: null, organizations: [] });
    expect(r.totals).toEqual({ ...NO_TARGET_TOTALS, difference: -7, meetsTarget: false });
    expect(r).not.toHaveProperty("table");
  });

  it("a named sheet without a table: TABLE_NOT_FOUND for that sheet, count 1", () => {
    const r = checkAllocation([sheet("Ghi chú", notes), sheet("Phụ lục", table())], { sheet: "Ghi chú", file: "kh.xlsx" });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: "TABLE_NOT_FOUND", file: "kh.xlsx", sheet: "Ghi chú", args: { sheets: '"Ghi chú"', count: 1 } });
    expect(r).toMatchObject({ sheet: "Ghi chú", tableFound: false, target: null, targetSource: null });
    expect(r.totals).toEqual(NO_TARGET_TOTALS);
  });

  it("no sheet with a table among several: TABLE_NOT_FOUND listing them all, not located on any one", () => {
    const r = checkAllocation([sheet("Ghi chú", notes), sheet("Bìa", notes, true)], { file: "kh.xlsx", target: 0 });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: "TABLE_NOT_FOUND", file: "kh.xlsx", args: { sheets: '"Ghi chú", "Bìa"', count: 2 } });
    expect(r.findings[0]).not.toHaveProperty("sheet");
    expect(r).toMatchObject({ sheet: null, tableFound: false, target: 0, targetSource: "option" });
    expect(r.totals.meetsTarget).toBe(true);
    expect(r.totals.difference === 0).toBe(true);
  });

  it("the only sheet without a table: TABLE_NOT_FOUND located on it", () => {
    const r = checkAllocation([sheet("Ghi chú", notes)]);
    expect(r.findings.map((f) => [f.code, f.sheet, f.args])).toEqual([["TABLE_NOT_FOUND", "Ghi chú", { sheets: '"Ghi chú"', count: 1 }]]);
  });
});

describe("a clean table", () => {
  it("has no findings at all (no encoding note when nothing was decoded)", () => {
    const clean = checkAllocation([sheet("S", [["STT", "TCCSĐ", "CHỈ TIÊU"], [1, "Chi bộ Trường Tiểu học A", 2], [2, "Chi bộ Trường Mầm non B", 3]])], { target: 5 });
    expect(clean.findings).toEqual([]);
    expect(clean.totals).toMatchObject({ quota: 5, difference: 0, meetsTarget: true });
  });
});

describe("the reading order of findings", () => {
  it("sorts the rules' findings by row, keeping each rule's order within a row, the target last", () => {
    const r = checkAllocation([
      sheet("S", [
        ["PHÂN BỔ CHỈ TIÊU NĂM 2026"],
        ["Chỉ tiêu: kết nạp từ 20 đảng viên trở lên"],
        ["STT", "TCCSĐ", "CHỈ TIÊU"],
        ["1", "Chi bộ A", "2"],
        ["3", "Chi bộ B", "x"],
        ["4", "Chi bộ A", "3"],
        ["", "Tổng cộng", "9"],
      ]),
    ]);
    expect(r.findings.map(where)).toEqual([
      ["QUOTA_STORED_AS_TEXT", "C4"],
      ["QUOTA_INVALID", "C5"],
      ["STT_SEQUENCE", "A5"],
      ["QUOTA_STORED_AS_TEXT", "C6"],
      ["DUPLICATE_ORGANIZATION", "B6"],
      ["TOTAL_ROW_MISMATCH", "C7"],
      ["TOTAL_BELOW_TARGET", "C7"],
    ]);
    expect(r).toMatchObject({ target: 20, targetSource: "sheet", targetCell: "A2", year: 2026 });
  });

  it("sorts two findings added in descending rows (the quota rule runs before the STT rule)", () => {
    const r = checkAllocation([
      sheet("S", [
        ["STT", "TCCSĐ", "CHỈ TIÊU"],
        [1, "Chi bộ Trường Tiểu học A", 2],
        [5, "Chi bộ Trường Mầm non B", 3],
        [6, "Chi bộ Trường THCS C", "x"],
      ]),
    ]);
    expect(r.findings.map(where)).toEqual([
      ["STT_SEQUENCE", "A3"],
      ["QUOTA_INVALID", "C4"],
    ]);
  });

  it("puts the encoding note first and the target last, whatever rows they point at", () => {
    const r = checkAllocation(
      [
        sheet("S", [
          ["STT", "TCCSĐ", "CHỈ TIÊU"],
          ["1", "Chi bo A", "x"],
          ["2", { value: toTcvn3("Chi bộ Đảng B"), font: ".VnTime" }, "2"],
        ]),
      ],
      { target: 10 },
    );
    expect(r.findings.map(where)).toEqual([
      ["LEGACY_ENCODING", "B3"],
      ["QUOTA_INVALID", "C2"],
      ["QUOTA_STORED_AS_TEXT", "C3"],
      ["TOTAL_BELOW_TARGET", "C1"],
    ]);
    expect(r.findings[0]?.args).toEqual({ encoding: "tcvn3", count: 1, cell: "B3" });
  });
});

describe("where the encoding note points", () => {
  const vn = (text: string): Cell => ({ value: toTcvn3(text), font: ".VnTime" });

  it("at the first decoded organisation name, not at the decoded title above the table", () => {
    const r = checkAllocation([
      sheet("S", [
        [vn("PHÂN BỔ CHỈ TIÊU KẾT NẠP ĐẢNG VIÊN")],
        ["STT", vn("TCCSĐ"), "CHỈ TIÊU"],
        ["1", "Chi bo A", 2],
        ["2", vn("Chi bộ Trường Tiểu học Đạ Ròn"), 3],
      ]),
    ]);
    expect(r.findings.map((f) => [f.code, f.cell, f.args["count"]])).toEqual([["LEGACY_ENCODING", "B4", 3]]);
  });

  it("at the name column's header when no name was decoded", () => {
    const r = checkAllocation([
      sheet("S", [
        [vn("PHÂN BỔ CHỈ TIÊU KẾT NẠP ĐẢNG VIÊN")],
        ["STT", vn("TCCSĐ"), "CHỈ TIÊU"],
        ["1", "Chi bo A", 2],
        ["2", "Chi bo B", 3],
      ]),
    ]);
    expect(r.findings.map((f) => [f.code, f.cell, f.args["count"]])).toEqual([["LEGACY_ENCODING", "B2", 2]]);
  });
});

describe("rowOfCell, the row a finding's cell ranks by", () => {
  it.each([
    ["A1", 0],
    ["C18", 17],
    ["Z9", 8],
    ["AB10", 9],
    ["XFD1048576", 1048575],
    ["$C$18", 17],
    ["c18", 17],
    [" C18 ", 17],
    ["XFE1", -1],
    ["A0", -1],
    ["A1048577", -1],
    ["A12345678", -1],
    ["A0000001", 0],
    ["A00000001", -1],
    ["AAAA1", -1],
    ["18", -1],
    ["C", -1],
    ["C18x", -1],
    ["1234", -1],
    ["$18", -1],
    ["c1", 0],
    ["C-1", -1],
    ["é1", -1],
    ["{1", -1],
    ["Aa", -1],
    ["", -1],
  ])("%p → %p, as parseA1 reads it", (cell, row) => {
    expect(rowOfCell(cell)).toBe(row);
    expect(rowOfCell(cell)).toBe(parseA1(cell)?.row ?? -1);
  });
});
