/**
 * Consolidation over every kind of source at once, in process: chi bộ lists and
 * allocations per chi bộ (the chi bộ goals), registers (Biểu 2), a lower level's
 * progress workbook, and the extras they add to the progress workbook.
 */
import type { AllocationCheckResult } from "../../src/core/allocation/types";
import { gridFromValues, type CellValue, type Grid } from "../../src/core/grid";
import { consolidate } from "../../src/core/reports/consolidate";
import { branchSummary, consolidationExtras, hasBranchData, registerHeading } from "../../src/core/reports/consolidate/extras";
import { ROLLUP_NAMES } from "../../src/core/reports/rollup-names";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/reports/settings";
import { templateSheetSpec } from "../../src/core/reports/template-spec";
import { seedAllocation, specToGrid, withValues } from "./helpers";

const Y = 2025;
const M = 5;

/** The seed organisation's template with month `month` filled. */
function filledTemplate(index: number, month: number, admitted: number): Grid {
  return withValues(specToGrid(templateSheetSpec(seedAllocation().organizations[index]!, Y)), [[12 + month, 1, admitted]]);
}

const branchList = (rows: CellValue[][]) =>
  gridFromValues("DS chi bộ", [["Tổ chức cơ sở đảng", "Tên chi bộ", "Loại", "Tổng số đảng viên", "Kết nạp trong năm", "Năm KN gần nhất", "Nguồn", "Ghi chú"], ...rows]);

const registerTable = (rows: CellValue[][]) =>
  gridFromValues("DS kết nạp", [["STT", "Tổ chức cơ sở đảng", "Họ và tên", "Ngày sinh", "Ngày kết nạp", "Giới tính"], ...rows.map((r, i) => [i + 1, ...r])]);

const tableAt = (membersCol: number | null): NonNullable<AllocationCheckResult["table"]> => ({
  headerRow: 3,
  firstDataRow: 4,
  lastDataRow: 5,
  sttCol: 0,
  nameCol: 1,
  quotaCol: 2,
  membersCol,
  totalRow: null,
});

/** An allocation per chi bộ (with members) as the allocation engine returns it. */
function memberPlan(): AllocationCheckResult {
  const base = seedAllocation();
  const organizations = [
    { ...base.organizations[0]!, name: "Chi bộ thôn Ka Đô 1", kind: "village" as const, members: 12, nameCell: "B5" },
    { ...base.organizations[1]!, name: "Chi bộ thôn Ka Đô 2", kind: "village" as const, members: 7, nameCell: "B6" },
  ];
  return { ...base, organizations, table: tableAt(3) };
}

describe("the chi bộ goals in a consolidation", () => {
  it("matches a list's đảng bộ to the allocation and expects a Chi bộ sheet from each đảng bộ that sent a template", () => {
    const sources = [
      { file: "ds-chi-bo.xlsx", grids: [branchList([["xã Ka Đô", "Chi bộ thôn Ka Đô 1", "thôn", 12, 1, 2025, "Có", ""]])] },
      { file: "ka-do.xlsx", grids: [filledTemplate(4, M, 1)] },
      { file: "lac-lam.xlsx", grids: [filledTemplate(6, M, 2)] },
      { file: "pro.xlsx", grids: [filledTemplate(13, M, 1)] },
    ];
    const r = consolidate(sources, { allocation: seedAllocation(), year: Y, month: M, allocationFile: "phan-bo.xlsx" });
    expect(r.branches.organizations.map((o) => [o.organization, o.reported, o.atLeastMin])).toEqual([["Đảng bộ xã Ka Đô", 1, 1]]);
    // Lạc Lâm (a đảng bộ) sent a template without chi bộ; Pró is a chi bộ, expected to send none.
    expect(r.branches.notReported).toEqual(["Đảng bộ xã Lạc Lâm"]);
    expect(r.branches.notReportedLocations).toEqual([{ file: "phan-bo.xlsx", sheet: "Phân bổ", cell: "B11" }]);
    expect(r.organizations.find((o) => o.name === "Đảng bộ xã Ka Đô")?.admittedToDate).toBe(1);
  });

  it("expects no Chi bộ sheet while nobody reports chi bộ at all", () => {
    const r = consolidate([{ file: "lac-lam.xlsx", grids: [filledTemplate(6, M, 2)] }], { allocation: seedAllocation(), year: Y, month: M });
    expect(r.branches.notReported).toEqual([]);
    expect(r.branches.organizations).toEqual([]);
    expect(hasBranchData(r)).toBe(false);
    expect(branchSummary(r)).toEqual([]);
  });

  it("expects a Chi bộ sheet from every template sender, or from none, as the mode says", () => {
    const sources = [
      { file: "ds.xlsx", grids: [branchList([["Đảng bộ xã Ka Đô", "Chi bộ thôn Ka Đô 1", "thôn", 12, 1, 2025, "Có", ""]])] },
      { file: "pro.xlsx", grids: [filledTemplate(13, M, 1)] },
    ];
    const always = consolidate(sources, { allocation: seedAllocation(), year: Y, month: M, branchSheet: "always" });
    expect(always.branches.notReported).toEqual(["Chi bộ Trường THPT Pró"]);
    expect(always.branches.notReportedLocations).toEqual([{ sheet: "Phân bổ", cell: "B18" }]);
    const never = consolidate(sources, { allocation: seedAllocation(), year: Y, month: M, branchSheet: "never" });
    expect(never.branches.notReported).toEqual([]);
  });

  it("takes a list's unknown đảng bộ as written, and the thresholds it is given", () => {
    const sources = [{ file: "ds.xlsx", grids: [branchList([["Đảng bộ xã Mới", "Chi bộ thôn 1", "thôn", 7, 1, 2025, "Có", ""]])] }];
    const strict = consolidate(sources, { allocation: seedAllocation(), year: Y, month: M });
    expect(strict.branches.organizations.map((o) => [o.organization, o.atLeastMin])).toEqual([["Đảng bộ xã Mới", 0]]);
    expect(strict.findings.filter((f) => f.code === "BRANCH_UNDER_10").map((f) => f.args)).toEqual([{ organization: "Đảng bộ xã Mới", branch: "Chi bộ thôn 1", members: 7, minMembers: 10 }]);
    const lenient = consolidate(sources, { allocation: seedAllocation(), year: Y, month: M, branchThresholds: { minMembers: 7 } });
    expect(lenient.branches.thresholds).toEqual({ minMembers: 7, years: 3 });
    expect(lenient.branches.organizations.map((o) => o.atLeastMin)).toEqual([1]);
  });

  it("reads the consolidation's own allocation per chi bộ under its owner, else its sheet, else its file", () => {
    const owned = consolidate([], { allocation: memberPlan(), year: Y, month: M, allocationFile: "pb.xlsx", allocationOwner: "Đảng bộ xã Ka Đô" });
    expect(owned.branches.organizations.map((o) => [o.organization, o.reported, o.goalKinds, o.atLeastMin])).toEqual([["Đảng bộ xã Ka Đô", 2, 2, 1]]);
    expect(owned.branches.under.map((u) => [u.branch, u.members, u.location])).toEqual([["Chi bộ thôn Ka Đô 2", 7, { file: "pb.xlsx", sheet: "Phân bổ", cell: "B6" }]]);
    const bySheet = consolidate([], { allocation: memberPlan(), year: Y, month: M, allocationFile: "pb.xlsx" });
    expect(bySheet.branches.organizations.map((o) => o.organization)).toEqual(["Phân bổ"]);
    const byFile = consolidate([], { allocation: { ...memberPlan(), sheet: null }, year: Y, month: M, allocationFile: "pb.xlsx" });
    expect(byFile.branches.organizations.map((o) => [o.organization, o.location])).toEqual([["pb.xlsx", { file: "pb.xlsx" }]]);
  });

  it("reads no chi bộ from an allocation without a members column", () => {
    const plain = { ...seedAllocation(), table: tableAt(null) };
    expect(consolidate([], { allocation: plain, year: Y, month: M }).branches.organizations).toEqual([]);
  });

  it("reads a submitted allocation per chi bộ like a list", () => {
    const grid = gridFromValues("Phân bổ", [
      ["PHÂN BỔ CHỈ TIÊU KẾT NẠP ĐẢNG VIÊN NĂM 2025 - ĐẢNG BỘ XÃ KA ĐÔ"],
      [],
      ["STT", "Đơn vị", "Chỉ tiêu", "Số đảng viên"],
      [1, "Chi bộ thôn Ka Đô 1", 1, 12],
      [2, "Chi bộ thôn Ka Đô 2", 1, 9],
    ]);
    const r = consolidate([{ file: "pb-ka-do.xlsx", grids: [grid] }], { allocation: seedAllocation(), year: Y, month: M });
    expect(r.branches.organizations.map((o) => [o.organization, o.reported, o.atLeastMin])).toEqual([["Đảng bộ xã Ka Đô", 2, 1]]);
    expect(r.findings.map((f) => f.code)).not.toContain("SUBMISSION_UNRECOGNISED");
    expect(branchSummary(r).length).toBeGreaterThan(0);
    for (const line of branchSummary(r)) {
      expect(line.vi).not.toBe("");
      expect(line.en).not.toBe("");
    }
  });
});

describe("the extras chi bộ data adds to the progress workbook", () => {
  it("adds the chi bộ sheet and the goal lines, in both languages, once any chi bộ took part", () => {
    const sources = [{ file: "ds.xlsx", grids: [branchList([["Đảng bộ xã Ka Đô", "Chi bộ thôn Ka Đô 1", "thôn", 12, 1, 2025, "Có", ""]])] }];
    const r = consolidate(sources, { allocation: seedAllocation(), year: Y, month: M });
    expect(hasBranchData(r)).toBe(true);
    const extras = consolidationExtras(r, DEFAULT_REPORT_SETTINGS);
    expect(extras.sheets.map((s) => s.name)).toEqual([expect.stringMatching(/^Chi bộ T05-2025/)]);
    expect(extras.summaryLines).toEqual(branchSummary(r));
    expect(extras.summaryLines.length).toBeGreaterThan(0);
    expect(extras.summaryLines.every((l) => l.vi !== l.en && l.vi !== "" && l.en !== "")).toBe(true);
  });

  it("counts chi bộ data that is only a missing Chi bộ sheet", () => {
    const empty = gridFromValues("DS chi bộ", [["Tổ chức cơ sở đảng", "Tên chi bộ", "Loại", "Tổng số đảng viên"], ["Đảng bộ xã Lạc Lâm", "Chi bộ thôn 1", "thôn", 12]]);
    const sources = [
      { file: "ds.xlsx", grids: [empty] },
      { file: "ka-do.xlsx", grids: [filledTemplate(4, M, 1)] },
    ];
    const r = consolidate(sources, { allocation: seedAllocation(), year: Y, month: M });
    expect(r.branches.notReported).toEqual(["Đảng bộ xã Ka Đô"]);
    expect(hasBranchData({ ...r, branches: { ...r.branches, organizations: [] } })).toBe(true);
    expect(hasBranchData({ ...r, branches: { ...r.branches, organizations: [], notReported: [] } })).toBe(false);
  });
});

describe("registers in a consolidation", () => {
  it("counts the register rows read and writes Biểu 2 only when there are any", () => {
    const reg = registerTable([
      ["Đảng bộ xã Ka Đô", "Nguyễn Thị A", "01/01/1990", "05/03/2025", "Nữ"],
      ["xã Ka Đô", "Trần Văn B", "01/01/1991", "06/04/2025", "Nam"],
    ]);
    const r = consolidate([{ file: "dk.xlsx", grids: [reg] }, { file: "ka-do.xlsx", grids: [filledTemplate(4, 3, 1)] }], { allocation: seedAllocation(), year: Y, month: M });
    expect(r.register.rowsRead).toBe(2);
    const extras = consolidationExtras(r, DEFAULT_REPORT_SETTINGS);
    expect(extras.withPersonalData).toBe(false);
    expect(extras.sheets.length).toBeGreaterThan(0);
    const withList = consolidationExtras(r, DEFAULT_REPORT_SETTINGS, { withPersonList: true });
    expect(withList.withPersonalData).toBe(true);
    expect(withList.sheets.length).toBe(extras.sheets.length + 1);
    expect(withList.sheets.some((s) => s.rows.some((row) => row.some((c) => c?.value === "Nguyễn Thị A")))).toBe(true);
    expect(extras.sheets.some((s) => s.rows.some((row) => row.some((c) => c?.value === "Nguyễn Thị A")))).toBe(false);
  });

  it("writes no extra sheet without registers or chi bộ", () => {
    const r = consolidate([{ file: "ka-do.xlsx", grids: [filledTemplate(4, 3, 1)] }], { allocation: seedAllocation(), year: Y, month: M });
    expect(r.register.rowsRead).toBe(0);
    expect(consolidationExtras(r, DEFAULT_REPORT_SETTINGS)).toEqual({ summaryLines: [], sheets: [], withPersonalData: false });
  });

  it("dates Biểu 2's heading with the day and January–February padded", () => {
    const at = (iso: string) => registerHeading({ ...DEFAULT_REPORT_SETTINGS, issuingBody: ["HUYỆN ỦY ĐƠN DƯƠNG"], place: "Đơn Dương", date: new Date(iso) }).dateText;
    expect(at("2025-02-05T12:00:00")).toBe("ngày 05 tháng 02 năm 2025");
    expect(at("2025-01-31T12:00:00")).toBe("ngày 31 tháng 01 năm 2025");
    expect(at("2025-03-01T12:00:00")).toBe("ngày 01 tháng 3 năm 2025");
    expect(at("2025-12-15T12:00:00")).toBe("ngày 15 tháng 12 năm 2025");
    expect(registerHeading({ ...DEFAULT_REPORT_SETTINGS, issuingBody: ["HUYỆN ỦY ĐƠN DƯƠNG"], place: "Đơn Dương" })).toEqual({ issuer: ["HUYỆN ỦY ĐƠN DƯƠNG"], place: "Đơn Dương", dateText: "" });
  });
});

describe("a lower level's progress workbook in a consolidation", () => {
  it("counts as its organisation's report, month by month", () => {
    const rollup: Grid = {
      ...gridFromValues("Tiến độ", [["Đảng bộ xã Ka Đô"], ["2025-05"], [null, "TỔNG CỘNG", 9, null, 2, 5, 0, 1]]),
      definedNames: {
        [ROLLUP_NAMES.reportingOrg]: { top: 0, left: 0, bottom: 0, right: 0 },
        [ROLLUP_NAMES.period]: { top: 1, left: 0, bottom: 1, right: 0 },
        [ROLLUP_NAMES.totals]: { top: 2, left: 0, bottom: 2, right: 10 },
      },
    };
    const r = consolidate([{ file: "ka-do-tien-do.xlsx", grids: [rollup] }], { allocation: seedAllocation(), year: Y, month: M });
    const kaDo = r.organizations.find((o) => o.name === "Đảng bộ xã Ka Đô")!;
    expect([kaDo.admittedInPeriod, kaDo.admittedToDate, kaDo.women, kaDo.submitted]).toEqual([2, 5, 1, true]);
    expect(kaDo.monthly.slice(0, 5)).toEqual([0, 0, 0, 3, 2]);
    expect(r.findings.map((f) => f.code)).not.toContain("SUBMISSION_UNRECOGNISED");
  });
});
