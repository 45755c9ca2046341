/**
 * The "Danh sách chi bộ" reader in-process, on a grid shaped as staff type the
 * list (list.test.ts reads real files through openpyxl and LibreOffice, which
 * the mutation suite does not run).
 */
import { gridFromValues, type CellValue } from "../../src/core/grid";
import { isBranchList, readBranchList } from "../../src/core/branches/read-list";
import { isBranchSheet } from "../../src/core/branches/read-sheet";

const HEADER: CellValue[] = ["STT", "Tổ chức cơ sở đảng", "Tên chi bộ", "Loại", "Tổng số đảng viên", "Số đảng viên kết nạp trong năm", "Năm kết nạp gần nhất", "Còn nguồn", "Ghi chú"];

const LIST: CellValue[][] = [
  ["DANH SÁCH CHI BỘ TRỰC THUỘC"],
  [],
  HEADER,
  [1, "", "Chi bộ thôn 0", "", 11, "", 2024, "", ""],
  [2, "Đảng bộ xã Ka Đô", "Chi bộ thôn 1", "Thôn", 10, 1, 2024, "Có", "mới"],
  [3, "", "Chi bộ thôn 2", "", "mười", "", 2020, "", ""],
  [4, "", "", "", 9, "", "", "", ""],
  ["", "Tổng cộng", "", "", 30, "", "", "", ""],
  [5, "Đảng bộ xã Lạc Lâm", "Chi bộ Trường TH", "", 6, "x", 2030, "", ""],
  [6, "", "Cộng", "", 6, "", "", "", ""],
  [7, "đảng bộ xã  ka đô", "Chi bộ thôn 3", "", 12, "", "", "", ""],
  [8, "", "", "", "", "", "", "", ""],
];

describe("a Danh sách chi bộ of several TCCSĐ", () => {
  const reading = readBranchList(gridFromValues("DS", LIST), { file: "ds.xlsx", year: 2025, organization: "Đảng bộ xã Đạ Đờn" });
  const reports = reading?.reports ?? [];

  it("gives one report per TCCSĐ in order of first appearance, the context's TCCSĐ for rows before any is written", () => {
    expect(reports.map((r) => [r.organization, r.rowsRead, r.rows.map((x) => x.branch), r.location])).toEqual([
      ["Đảng bộ xã Đạ Đờn", 1, ["Chi bộ thôn 0"], { file: "ds.xlsx", sheet: "DS", cell: "B4" }],
      ["Đảng bộ xã Ka Đô", 4, ["Chi bộ thôn 1", "Chi bộ thôn 3"], { file: "ds.xlsx", sheet: "DS", cell: "B5" }],
      ["Đảng bộ xã Lạc Lâm", 1, [], { file: "ds.xlsx", sheet: "DS", cell: "B9" }],
    ]);
  });

  it("reads every figure of a valid row and where its name is", () => {
    expect(reports[1]?.rows[0]).toEqual({
      organization: "Đảng bộ xã Ka Đô",
      branch: "Chi bộ thôn 1",
      kind: "village",
      kindInferred: false,
      members: 10,
      admittedThisYear: 1,
      lastAdmissionYear: 2024,
      hasSources: true,
      note: "mới",
      admissionsReported: true,
      location: { file: "ds.xlsx", sheet: "DS", cell: "C5" },
    });
    expect(reports[0]?.rows[0]).toMatchObject({ kind: "village", kindInferred: true, admittedThisYear: null, lastAdmissionYear: 2024, hasSources: null, note: "" });
  });

  it("skips total rows whether “Cộng” stands in the TCCSĐ or the chi bộ column, and rows with nothing typed", () => {
    const names = reports.flatMap((r) => r.rows.map((x) => x.branch));
    expect(names).not.toContain("Cộng");
    expect(reports.map((r) => r.organization)).not.toContain("Tổng cộng");
    expect(reports.reduce((s, r) => s + r.rowsRead, 0)).toBe(6);
  });

  it("reports each wrong figure at its cell and does not count the row", () => {
    expect(reading?.findings.map((f) => [f.code, f.cell, f.args])).toEqual([
      ["BRANCH_INVALID_NUMBER", "E6", { organization: "Đảng bộ xã Ka Đô", branch: "Chi bộ thôn 2", field: "members", value: "mười" }],
      ["BRANCH_NAME_MISSING", "C7", { organization: "Đảng bộ xã Ka Đô" }],
      ["BRANCH_INVALID_NUMBER", "F9", { organization: "Đảng bộ xã Lạc Lâm", branch: "Chi bộ Trường TH", field: "admittedThisYear", value: "x" }],
      ["BRANCH_YEAR_INVALID", "G9", { organization: "Đảng bộ xã Lạc Lâm", branch: "Chi bộ Trường TH", value: "2030", year: 2025 }],
    ]);
    for (const f of reading?.findings ?? []) expect(f).toMatchObject({ file: "ds.xlsx", sheet: "DS" });
  });

  it("names no file when it read none", () => {
    const r = readBranchList(gridFromValues("DS", LIST), { year: 2025 });
    expect(r?.reports[1]?.location).toEqual({ sheet: "DS", cell: "B5" });
    expect("file" in (r?.reports[1]?.rows[0]?.location ?? {})).toBe(false);
    expect(r?.reports[0]?.organization).toBe("");
  });

  it("is taken for a list, and not for one TCCSĐ's chi bộ sheet", () => {
    expect(isBranchList(gridFromValues("DS", LIST))).toBe(true);
    expect(isBranchSheet(gridFromValues("DS", LIST))).toBe(false);
  });
});

describe("where a list's header may be", () => {
  const header: CellValue[] = ["TCCSĐ", "Tên chi bộ", "Số ĐV"];
  const withRowsAbove = (n: number): CellValue[][] => [...Array.from({ length: n }, (): CellValue[] => ["x"]), header, ["Đảng bộ xã A", "Chi bộ thôn 1", 12]];

  it("is looked for in the first 31 rows of the used range, wherever it starts", () => {
    expect(isBranchList(gridFromValues("DS", withRowsAbove(30)))).toBe(true);
    expect(isBranchList(gridFromValues("DS", withRowsAbove(31)))).toBe(false);
    expect(isBranchList(gridFromValues("DS", withRowsAbove(30), { origin: { row: 5, col: 2 } }))).toBe(true);
    expect(isBranchList(gridFromValues("DS", withRowsAbove(31), { origin: { row: 5, col: 2 } }))).toBe(false);
    expect(readBranchList(gridFromValues("DS", withRowsAbove(31)), { year: 2025 })).toBeNull();
    expect(readBranchList(gridFromValues("DS", withRowsAbove(30)), { year: 2025 })?.reports.map((r) => r.organization)).toEqual(["Đảng bộ xã A"]);
  });

  it("needs a TCCSĐ column: a chi bộ sheet's table is no list", () => {
    const sheet = gridFromValues("Chi bộ", [["Tên chi bộ", "Số ĐV"], ["Chi bộ thôn 1", 12]]);
    expect(isBranchList(sheet)).toBe(false);
    expect(readBranchList(sheet, { year: 2025 })).toBeNull();
  });
});
