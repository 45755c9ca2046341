import { gridFromValues, type CellValue } from "../../src/core/grid";
import { isTotalRow, readBranchRow, type BranchColumns } from "../../src/core/branches/read-rows";

const ALL: BranchColumns = { branch: 1, kind: 2, members: 3, admitted: 4, lastYear: 5, sources: 6, note: 7 };

function read(values: CellValue[], cols: BranchColumns = ALL, file: string | null = "x.xlsx") {
  // Row 0 stands for the header; the row read is the second, A2:H2.
  const grid = gridFromValues("Chi bộ", [[], values]);
  return readBranchRow(grid, 1, cols, "Đảng bộ xã A", 2025, file ?? undefined);
}

describe("one row of a chi bộ table", () => {
  it("is empty when none of its inputs holds anything, whatever the STT column says", () => {
    expect(read([7, "", "", null, "", " ", "", ""])).toEqual({ empty: true, row: null, findings: [] });
  });

  it.each([
    ["a kind", ["", "", "Thôn", "", "", "", "", ""]],
    ["a members count", ["", "", "", 5, "", "", "", ""]],
    ["an admitted count", ["", "", "", "", 1, "", "", ""]],
    ["a year", ["", "", "", "", "", 2020, "", ""]],
    ["Còn nguồn", ["", "", "", "", "", "", "Có", ""]],
    ["a note", ["", "", "", "", "", "", "", "sáp nhập"]],
  ] as Array<[string, CellValue[]]>)("without a name but with %s is reported at the name cell", (_label, values) => {
    const r = read(values);
    expect(r.empty).toBe(false);
    expect(r.row).toBeNull();
    expect(r.findings.map((f) => [f.code, f.file, f.sheet, f.cell, f.args])).toEqual([["BRANCH_NAME_MISSING", "x.xlsx", "Chi bộ", "B2", { organization: "Đảng bộ xã A" }]]);
  });

  it("says admissions were reported when either admission column exists, and not otherwise", () => {
    const values: CellValue[] = ["", "Chi bộ thôn 1", "", 12, "", "", "", ""];
    expect(read(values)?.row?.admissionsReported).toBe(true);
    expect(read(values, { branch: 1, members: 3 })?.row?.admissionsReported).toBe(false);
    expect(read(values, { branch: 1, members: 3, admitted: 4 })?.row?.admissionsReported).toBe(true);
    expect(read(values, { branch: 1, members: 3, lastYear: 5 })?.row?.admissionsReported).toBe(true);
  });

  it("reads a row without the optional columns as blank there, and names no file when none is known", () => {
    const r = read(["", "Chi bộ thôn 1", "Trường học", 12, 3, 2024, "Có", "ghi chú"], { branch: 1, members: 3 }, null);
    expect(r.row).toEqual({
      organization: "Đảng bộ xã A",
      branch: "Chi bộ thôn 1",
      kind: "village",
      kindInferred: true,
      members: 12,
      admittedThisYear: null,
      lastAdmissionYear: null,
      hasSources: null,
      note: "",
      admissionsReported: false,
      location: { sheet: "Chi bộ", cell: "B2" },
    });
  });

  it("reports a blank members count as an empty value, and every wrong figure of the row at once", () => {
    const r = read(["", "Chi bộ thôn 1", "", "", "hai", 1900, "", ""]);
    expect(r.row).toBeNull();
    expect(r.findings.map((f) => [f.code, f.cell, f.args])).toEqual([
      ["BRANCH_INVALID_NUMBER", "D2", { organization: "Đảng bộ xã A", branch: "Chi bộ thôn 1", field: "members", value: "" }],
      ["BRANCH_INVALID_NUMBER", "E2", { organization: "Đảng bộ xã A", branch: "Chi bộ thôn 1", field: "admittedThisYear", value: "hai" }],
      ["BRANCH_YEAR_INVALID", "F2", { organization: "Đảng bộ xã A", branch: "Chi bộ thôn 1", value: "1900", year: 2025 }],
    ]);
  });

  it("does not count a row with a valid members count but a wrong year", () => {
    const r = read(["", "Chi bộ thôn 1", "", 12, "", 2026, "", ""]);
    expect(r.row).toBeNull();
    expect(r.findings.map((f) => f.code)).toEqual(["BRANCH_YEAR_INVALID"]);
  });
});

describe("total rows", () => {
  const grid = gridFromValues("S", [["Cộng"], ["Tổng"], ["TỔNG CỘNG"], ["Tổng số"], ["Toàn Đảng bộ"], ["Cộng:"], ["Cộng đồng"], ["Chi bộ Tổng đội"], [""]]);

  it("are the rows whose cell says Cộng, Tổng, Tổng cộng, Tổng số or Toàn đảng bộ", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((r) => isTotalRow(grid, r, 0))).toEqual([true, true, true, true, true, true, false, false, false]);
  });

  it("are never found in a column the table does not have", () => {
    expect(isTotalRow(grid, 0, undefined)).toBe(false);
    expect(isTotalRow(grid, 0, 1)).toBe(false);
  });
});
