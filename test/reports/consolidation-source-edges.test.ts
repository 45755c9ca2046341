/** Where consolidation findings point when a source or the allocation has no file or sheet name. */
import { gridFromValues, type Grid } from "../../src/core/grid";
import { consolidate } from "../../src/core/reports/consolidate";
import { templateSheetSpec } from "../../src/core/reports/template-spec";
import { seedAllocation, specToGrid, withValues } from "./helpers";

const branchList = (): Grid =>
  gridFromValues("DS chi bộ", [
    ["Tổ chức cơ sở đảng", "Tên chi bộ", "Loại", "Tổng số đảng viên", "Kết nạp trong năm", "Năm KN gần nhất", "Nguồn", "Ghi chú"],
    ["Đảng bộ xã Ka Đô", "Chi bộ thôn Ka Đô 1", "thôn", 12, 1, 2025, "Có", ""],
  ]);

describe("findings of sources without a file name", () => {
  it("names an unrecognised sheet of the open workbook by its sheets, without a file", () => {
    const r = consolidate([{ grids: [gridFromValues("Trang 1", [["xin chào"]]), gridFromValues("Trang 2", [[1]])] }], { allocation: seedAllocation(), year: 2025, month: 5 });
    const f = r.findings.find((x) => x.code === "SUBMISSION_UNRECOGNISED");
    expect(f).toMatchObject({ severity: "error", args: { what: "Trang 1, Trang 2" } });
    expect(f).not.toHaveProperty("file");
  });

  it("skips an allocation table among the sources without a word", () => {
    const table = gridFromValues("Phân bổ", [["STT", "TCCSĐ", "CHỈ TIÊU"], [1, "Đảng bộ xã Ka Đô", 9]]);
    const r = consolidate([{ file: "phan-bo.xlsx", grids: [table] }], { allocation: seedAllocation(), year: 2025, month: 5 });
    expect(r.findings.filter((f) => f.file === "phan-bo.xlsx")).toEqual([]);
  });
});

describe("a missing Chi bộ sheet when the allocation has no sheet name", () => {
  it("points at the organisation's name cell alone", () => {
    const alloc = { ...seedAllocation(), sheet: null };
    const template = withValues(specToGrid(templateSheetSpec(alloc.organizations[6]!, 2025)), [[17, 1, 1]]);
    const r = consolidate([{ file: "ds.xlsx", grids: [branchList()] }, { file: "lac-lam.xlsx", grids: [template] }], { allocation: alloc, year: 2025, month: 5 });
    expect(r.branches.notReported).toEqual(["Đảng bộ xã Lạc Lâm"]);
    expect(r.branches.notReportedLocations).toEqual([{ cell: "B11" }]);
  });
});
