/**
 * Readers of chi bộ rows at their edges: which rows count, which TCCSĐ they
 * belong to, and locations that carry exactly the keys known (no `file` key
 * without a file: JSON output and exactOptionalPropertyTypes rely on it).
 */
import { gridFromValues, type CellValue } from "../../src/core/grid";
import { checkBranchMembers } from "../../src/core/branches/check";
import { branchesFromAllocation } from "../../src/core/branches/from-allocation";
import { readBranchList } from "../../src/core/branches/read-list";
import { isTotalRow, readBranchRow } from "../../src/core/branches/read-rows";
import { readBranchSheet } from "../../src/core/branches/read-sheet";

const Y = 2025;
const SHEET_HEADER: CellValue[] = ["STT", "Tên chi bộ", "Loại", "Số đảng viên", "Kết nạp trong năm", "Năm kết nạp gần nhất", "Còn nguồn", "Ghi chú"];

describe("one chi bộ row's figures", () => {
  it("quotes an invalid members count and shows a blank one as blank", () => {
    const grid = gridFromValues("Chi bộ", [[], ["", "Chi bộ thôn 1", "", "mười", "", "", "", ""], ["", "Chi bộ thôn 2", "", "", "", "", "", ""]]);
    const cols = { branch: 1, kind: 2, members: 3, admitted: 4, lastYear: 5, sources: 6, note: 7 };
    const bad = readBranchRow(grid, 1, cols, "Đảng bộ xã A", Y, undefined);
    const blank = readBranchRow(grid, 2, cols, "Đảng bộ xã A", Y, undefined);
    expect(bad.findings.map((f) => f.args)).toEqual([{ organization: "Đảng bộ xã A", branch: "Chi bộ thôn 1", field: "members", value: "mười" }]);
    expect(blank.findings.map((f) => f.args)).toEqual([{ organization: "Đảng bộ xã A", branch: "Chi bộ thôn 2", field: "members", value: "" }]);
    expect(blank.findings[0]?.message.vi).toBe("Chi bộ thôn 2 (Đảng bộ xã A): Số đảng viên (trống) không phải là số nguyên không âm; dòng này không được tính.");
  });

  it("does not count a row whose admissions are invalid even when its members are fine", () => {
    const grid = gridFromValues("Chi bộ", [[], ["", "Chi bộ thôn 1", "", 12, "hai", "", "", ""]]);
    const out = readBranchRow(grid, 1, { branch: 1, kind: 2, members: 3, admitted: 4, lastYear: 5, sources: 6, note: 7 }, "Đảng bộ xã A", Y, "a.xlsx");
    expect(out.row).toBeNull();
    expect(out.findings.map((f) => [f.code, f.cell, f.args])).toEqual([["BRANCH_INVALID_NUMBER", "E2", { organization: "Đảng bộ xã A", branch: "Chi bộ thôn 1", field: "admittedThisYear", value: "hai" }]]);
  });

  it("locates a finding on a column the table lacks at the sheet only", () => {
    const grid = gridFromValues("Chi bộ", [[], ["", "Chi bộ thôn 1"]]);
    const out = readBranchRow(grid, 1, { branch: 1 }, "Đảng bộ xã A", Y, undefined);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toStrictEqual({
      code: "BRANCH_INVALID_NUMBER",
      severity: "error",
      args: { organization: "Đảng bộ xã A", branch: "Chi bộ thôn 1", field: "members", value: "" },
      message: expect.any(Object),
      sheet: "Chi bộ",
    });
  });

  it("takes only a whole-cell total label for a total row, not a chi bộ named Thành Công", () => {
    const grid = gridFromValues("DS", [["Tổng cộng"], ["Chi bộ tổ dân phố Thành Công"], ["Cộng"]]);
    expect([0, 1, 2].map((r) => isTotalRow(grid, r, 0))).toEqual([true, false, true]);
  });
});

describe("a TCCSĐ's Chi bộ sheet read by its header", () => {
  it("counts only rows with something typed, keeps invalid ones out of the chi bộ and names no TCCSĐ when none is known", () => {
    const grid = gridFromValues("Chi bộ", [SHEET_HEADER, [1, "Chi bộ thôn 1", "", 12], [2, "", "", ""], [3, "Chi bộ thôn 2", "", "mười"], [4, "Chi bộ thôn 3", "", 8]]);
    const r = readBranchSheet(grid, { year: Y });
    expect(r?.reports).toHaveLength(1);
    const report = r?.reports[0];
    expect(report?.organization).toBe("");
    expect(report?.rowsRead).toBe(3);
    expect(report?.rows.map((x) => x.branch)).toEqual(["Chi bộ thôn 1", "Chi bộ thôn 3"]);
    expect(report?.location).toStrictEqual({ sheet: "Chi bộ" });
    expect(r?.findings.map((f) => f.code)).toEqual(["BRANCH_INVALID_NUMBER"]);
  });

  it("looks for the header only near the top of the sheet", () => {
    const far: CellValue[][] = Array.from({ length: 40 }, () => []);
    far.push(SHEET_HEADER, [1, "Chi bộ thôn 1", "", 12]);
    expect(readBranchSheet(gridFromValues("Chi bộ", far), { year: Y })).toBeNull();
  });
});

describe("a Danh sách chi bộ of several TCCSĐ", () => {
  it("is no list without a TCCSĐ column", () => {
    const grid = gridFromValues("DS", [SHEET_HEADER, [1, "Chi bộ thôn 1", "", 12]]);
    expect(readBranchList(grid, { year: Y })).toBeNull();
  });

  it("skips blank rows in the count and locates each TCCSĐ at its first row, with the file only when known", () => {
    const values: CellValue[][] = [
      ["TCCSĐ", "Tên chi bộ", "Số ĐV"],
      ["Đảng bộ xã A", "Chi bộ thôn 1", 12],
      ["", "", ""],
      ["", "Chi bộ thôn 2", 9],
      ["Đảng bộ xã B", "Chi bộ thôn 3", 15],
    ];
    const bare = readBranchList(gridFromValues("DS", values), { year: Y });
    expect(bare?.reports.map((x) => [x.organization, x.rowsRead, x.rows.length])).toEqual([
      ["Đảng bộ xã A", 2, 2],
      ["Đảng bộ xã B", 1, 1],
    ]);
    expect(bare?.reports.map((x) => x.location)).toStrictEqual([
      { sheet: "DS", cell: "A2" },
      { sheet: "DS", cell: "A5" },
    ]);
    const filed = readBranchList(gridFromValues("DS", values), { year: Y, file: "ds.xlsx" });
    expect(filed?.reports[0]?.location).toStrictEqual({ file: "ds.xlsx", sheet: "DS", cell: "A2" });
  });
});

describe("an allocation table's members column", () => {
  it("locates rows and findings with exactly the keys it was given", () => {
    const reading = branchesFromAllocation([{ name: "Thôn 1", members: 12 }, { name: "Thôn 2", members: null }], { organization: "Đảng bộ xã A" });
    expect(reading.reports[0]?.location).toStrictEqual({});
    expect(reading.reports[0]?.rows[0]?.location).toStrictEqual({});
    expect(reading.findings[0]).toStrictEqual({
      code: "BRANCH_INVALID_NUMBER",
      severity: "error",
      args: { organization: "Đảng bộ xã A", branch: "Thôn 2", field: "members", value: "" },
      message: expect.any(Object),
    });
    const placed = branchesFromAllocation([{ name: "Thôn 1", members: 12, nameCell: "B5" }, { name: "Thôn 2", members: -1, membersCell: "D6" }], { organization: "Đảng bộ xã A", sheet: "PB" });
    expect(placed.reports[0]?.rows[0]?.location).toStrictEqual({ sheet: "PB", cell: "B5" });
    expect(placed.findings.map((f) => [f.sheet, f.cell, f.args["value"]])).toEqual([["PB", "D6", "-1"]]);
  });

  it("names no TCCSĐ in a check's findings when neither the TCCSĐ nor the sheet is known", () => {
    const r = checkBranchMembers([{ name: "Chi bộ thôn 1", members: 5 }]);
    expect(r.findings.map((f) => [f.code, f.args["organization"]])).toEqual([["BRANCH_UNDER_10", ""]]);
    expect(r.findings[0]?.message.vi).toBe("Chi bộ thôn 1 () có 5 đảng viên, chưa đạt mục tiêu từ 10 đảng viên trở lên.");
  });
});
