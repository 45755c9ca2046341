import { gridFromValues, type CellValue } from "../../src/core/grid";
import { consolidate } from "../../src/core/reports/consolidate";
import type { ConsolidationResult } from "../../src/core/reports/result";
import { isReportSheet } from "../../src/core/reports/detect-sources";
import { consolidationJson } from "../../src/core/reports/json";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/reports/settings";
import { templateWorkbookSpecs } from "../../src/core/reports/template-spec";
import { TEMPLATE_LAYOUT } from "../../src/core/reports/template-layout";
import { insertRowsAbove, seedAllocation, specToGrid, withValues } from "./helpers";

const HEADER = ["TCCSĐ", "Tháng", "Kết nạp", "HS", "Nữ", "Lũy kế"];

function log(rows: ReadonlyArray<ReadonlyArray<CellValue>>, header: readonly string[] = HEADER, name = "Nhật ký báo cáo") {
  return gridFromValues(name, [["NHẬT KÝ BÁO CÁO"], [], header, ...rows]);
}

function run(grids: ReadonlyArray<{ file: string; rows: ReadonlyArray<ReadonlyArray<CellValue>> }>, month = 5, target: number | null = 88) {
  return consolidate(
    grids.map((g) => ({ file: g.file, grids: [log(g.rows)] })),
    { allocation: seedAllocation(target), year: 2025, month, target },
  );
}

const codes = (r: ConsolidationResult) => r.findings.map((f) => f.code).filter((c) => c !== "SUBMISSION_MISSING");
const org = (r: ConsolidationResult, name: string) => r.organizations.find((o) => o.name === name)!;

describe("consolidating log tables", () => {
  it("sums months up to M, counts month M as in period and ignores later months silently", () => {
    const r = run([{ file: "a.xlsx", rows: [["Đảng bộ xã Tu Tra", "1/2025", 2], ["Đảng bộ xã Tu Tra", "5/2025", 3, 0, 1], ["Đảng bộ xã Tu Tra", "6/2025", 4]] }]);
    const o = org(r, "Đảng bộ xã Tu Tra");
    expect(o).toMatchObject({ admittedInPeriod: 3, admittedToDate: 5, women: 1, remaining: 4, percent: 55.6, status: "on-track", submitted: true });
    expect(codes(r)).toEqual([]);
    expect(r.totals).toEqual({ quota: 91, studentQuota: 4, admittedInPeriod: 3, admittedToDate: 5, studentsToDate: 0, percentOfTarget: 5.7, remainingToTarget: 83 });
    expect(r.missing).toHaveLength(14);
    expect(r.findings.filter((f) => f.code === "SUBMISSION_MISSING")).toHaveLength(14);
  });

  it("gives status done at exactly the quota, on-track at exactly the prorated quota and behind one below it", () => {
    // Through June: Đạ Ròn's and Lạc Lâm's quota 6 prorate to 3 exactly, Ka Đơn's 7 to 3.5.
    const r = run(
      [
        {
          file: "a.csv",
          rows: [
            ["Đảng bộ Công an huyện", "6/2025", 3],
            ["Đảng bộ xã Đạ Ròn", "6/2025", 3],
            ["Đảng bộ xã Lạc Lâm", "6/2025", 2],
            ["Đảng bộ xã Ka Đơn", "6/2025", 3],
          ],
        },
      ],
      6,
    );
    expect(org(r, "Đảng bộ Công an huyện")).toMatchObject({ status: "done", remaining: 0, percent: 100 });
    expect(org(r, "Đảng bộ xã Đạ Ròn")).toMatchObject({ status: "on-track", remaining: 3, percent: 50 }); // 6 × 6/12 = 3
    expect(org(r, "Đảng bộ xã Lạc Lâm")).toMatchObject({ status: "behind", percent: 33.3 }); // 2 < 3
    expect(org(r, "Đảng bộ xã Ka Đơn")).toMatchObject({ status: "behind", percent: 42.9 }); // 3 < 3.5
  });

  it("uses a month-only cell with the Năm column, else with the plan year", () => {
    const grid = gridFromValues("Log", [
      ["Đơn vị", "Tháng", "Năm", "Số kết nạp"],
      ["Đảng bộ xã Ka Đô", 5, 2024, 1],
      ["Đảng bộ xã Ka Đô", "Tháng 4", "", 2],
    ]);
    const r = consolidate([{ file: "x.xlsx", grids: [grid] }], { allocation: seedAllocation(), year: 2025, month: 5 });
    expect(org(r, "Đảng bộ xã Ka Đô")).toMatchObject({ admittedToDate: 2, submitted: false });
    expect(r.findings.find((f) => f.code === "SUBMISSION_OTHER_YEAR")).toMatchObject({ severity: "info", file: "x.xlsx", cell: "A2" });
  });

  it("counts identical repeats once and lets the later source win a conflict, naming both", () => {
    const r = run([
      { file: "first.xlsx", rows: [["Đảng bộ xã Tu Tra", "5/2025", 2], ["Đảng bộ xã Tu Tra", "2025-05", 2]] },
      { file: "second.csv", rows: [["Đảng bộ xã Tu Tra", "T5/2025", 3]] },
    ]);
    expect(org(r, "Đảng bộ xã Tu Tra").admittedToDate).toBe(3);
    const dup = r.findings.find((f) => f.code === "SUBMISSION_DUPLICATE")!;
    expect(dup).toMatchObject({ severity: "info", file: "first.xlsx", cell: "A5" });
    const conflict = r.findings.find((f) => f.code === "SUBMISSION_CONFLICT")!;
    expect(conflict).toMatchObject({ severity: "error", file: "second.csv", cell: "A4" });
    expect(conflict.message.vi).toContain("first.xlsx › Nhật ký báo cáo › A4");
    expect(conflict.message.vi).toContain("kết nạp 2");
    expect(conflict.message.vi).toContain("kết nạp 3");
  });

  it("does not count rows with words, negatives, fractions, bad months or breakdowns above the admitted count", () => {
    const r = run([
      {
        file: "bad.xlsx",
        rows: [
          ["Đảng bộ xã Ka Đơn", "5/2025", "hai"],
          ["Đảng bộ xã Ka Đô", "5/2025", -1],
          ["Đảng bộ xã Lạc Xuân", "5/2025", 1.5],
          ["Đảng bộ xã Quảng Lập", "13/2025", 1],
          ["Chi bộ Trường THPT Pró", "5/2025", 1, 2],
          ["Đảng bộ xã Tu Tra", "5/2025", 1, 0, 2],
          ["Đảng bộ xã Lạc Lâm", "5/2025", ""],
        ],
      },
    ]);
    expect(r.totals.admittedToDate).toBe(0);
    expect(codes(r)).toEqual([
      "SUBMISSION_INVALID_NUMBER",
      "SUBMISSION_INVALID_NUMBER",
      "SUBMISSION_INVALID_NUMBER",
      "SUBMISSION_PERIOD_INVALID",
      "SUBMISSION_STUDENTS_EXCEED_ADMITTED",
      "SUBMISSION_STUDENTS_EXCEED_ADMITTED",
      "SUBMISSION_INVALID_NUMBER",
    ]);
    expect(r.findings[0]).toMatchObject({ severity: "error", cell: "C4" });
    expect(r.findings[0]!.message.vi).toContain('"hai"');
    expect(r.findings.find((f) => f.code === "SUBMISSION_PERIOD_INVALID")).toMatchObject({ cell: "B7", severity: "error" });
    expect(r.findings.filter((f) => f.code === "SUBMISSION_STUDENTS_EXCEED_ADMITTED").map((f) => f.cell)).toEqual(["D8", "E9"]);
  });

  it("counts unknown organisations under others with suggestions, toward the totals", () => {
    const r = run([{ file: "a.xlsx", rows: [["Đảng bộ xã Lạc Xuân Mới", "5/2025", 2], ["Đảng bộ xã Lạc Xuân Mới", "4/2025", 1]] }]);
    expect(r.others).toEqual([expect.objectContaining({ name: "Đảng bộ xã Lạc Xuân Mới", admittedInPeriod: 2, admittedToDate: 3, studentsToDate: 0 })]);
    expect(r.totals.admittedToDate).toBe(3);
    const unknown = r.findings.filter((f) => f.code === "SUBMISSION_UNKNOWN_ORGANIZATION");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ severity: "warning", cell: "A4" });
    expect(unknown[0]!.message.vi).toContain("Lạc Xuân");
  });

  it("warns about students outside upper-secondary schools but counts them", () => {
    const r = run([{ file: "a.xlsx", rows: [["Đảng bộ xã Ka Đô", "5/2025", 2, 1], ["Chi bộ Trường THPT Pró", "5/2025", 1, 1]] }]);
    expect(codes(r)).toEqual(["STUDENTS_OUTSIDE_UPPER_SECONDARY"]);
    expect(r.findings[0]).toMatchObject({ severity: "warning", cell: "D4" });
    expect(r.totals.studentsToDate).toBe(2);
  });

  it("warns when a reported running total differs from the sum of the months", () => {
    const r = run([{ file: "a.xlsx", rows: [["Đảng bộ xã Ka Đô", "4/2025", 2, 0, 0, 2], ["Đảng bộ xã Ka Đô", "5/2025", 1, 0, 0, 4]] }]);
    expect(codes(r)).toEqual(["CUMULATIVE_MISMATCH"]);
    expect(r.findings[0]).toMatchObject({ severity: "warning", cell: "F5" });
    expect(r.findings[0]!.args).toMatchObject({ value: 4, sum: 3 });
  });

  it("reports a file with no recognisable report as unrecognised, naming what was expected", () => {
    const r = consolidate([{ file: "danh-sach.xlsx", grids: [gridFromValues("Sheet1", [["Họ và tên", "Ngày sinh"], ["A", "1/1/2000"]])] }], {
      allocation: seedAllocation(),
      year: 2025,
      month: 5,
    });
    const f = r.findings.find((x) => x.code === "SUBMISSION_UNRECOGNISED")!;
    expect(f).toMatchObject({ severity: "error", file: "danh-sach.xlsx" });
    expect(f.message.vi).toContain("Nhật ký báo cáo");
    expect(f.message.en).toContain("TCCSĐ");
  });

  it("gives percent null for a zero quota and takes the target from the allocation when none is given", () => {
    const alloc = seedAllocation(88);
    const zero = { ...alloc, organizations: alloc.organizations.map((o, i) => (i === 0 ? { ...o, quota: 0 } : o)) };
    const r = consolidate([{ grids: [log([["Đảng bộ Công an huyện", "5/2025", 1]])] }], { allocation: zero, year: 2025, month: 5 });
    expect(r.organizations[0]).toMatchObject({ percent: null, remaining: 0, status: "done" });
    expect(r.target).toBe(88);
  });

  it("produces exactly the --json contract's keys", () => {
    const r = run([{ file: "a.xlsx", rows: [["Đảng bộ xã Ka Đô", "5/2025", 1], ["Xã Mới", "5/2025", 1]] }]);
    const json = consolidationJson(r, "vi");
    expect(Object.keys(json)).toEqual(["period", "target", "organizations", "others", "totals", "missing", "findings", "branches", "register"]);
    expect(Object.keys(json.organizations[0]!)).toEqual([
      "name", "kind", "quota", "studentQuota", "admittedInPeriod", "admittedToDate", "studentsToDate",
      "women", "ethnicMinority", "religious", "youthUnion", "remaining", "percent", "status", "submitted",
    ]);
    expect(Object.keys(json.others[0]!)).toEqual(["name", "admittedInPeriod", "admittedToDate", "studentsToDate"]);
    expect(Object.keys(json.totals)).toEqual(["quota", "studentQuota", "admittedInPeriod", "admittedToDate", "studentsToDate", "percentOfTarget", "remainingToTarget"]);
    expect(Object.keys(json.findings[0]!)).toEqual(["code", "severity", "source", "message"]);
    expect(json.period).toBe("2025-05");
    expect(json.findings[0]!.source).toBe("a.xlsx › Nhật ký báo cáo › A5");
  });
});

describe("reading templates", () => {
  const books = templateWorkbookSpecs(seedAllocation(), 2025, DEFAULT_REPORT_SETTINGS);
  const L = TEMPLATE_LAYOUT;
  const filled = (i: number, values: ReadonlyArray<readonly [number, number, CellValue]>) => withValues(specToGrid(books[i]!.sheets[0]!), values);
  const month = (m: number) => L.firstMonthRow + m - 1;

  it("reads the figures through the defined names", () => {
    const g = filled(10, [
      [month(1), L.firstInputCol, 1],
      [month(5), L.firstInputCol, 2],
      [month(5), L.firstInputCol + 1, 1],
      [month(5), L.noteCol, "ghi chú"],
    ]);
    const r = consolidate([{ file: "t.xlsx", grids: [g] }], { allocation: seedAllocation(), year: 2025, month: 5 });
    expect(org(r, "Chi bộ Trường THPT Đơn Dương")).toMatchObject({ admittedInPeriod: 2, admittedToDate: 3, studentsToDate: 1, submitted: true });
    expect(r.findings.filter((f) => f.code !== "SUBMISSION_MISSING")).toEqual([]);
  });

  it("survives rows inserted above, whether the defined names follow or go stale, and typing next to the box", () => {
    for (const namesFollow of [true, false]) {
      const base = filled(1, [
        [month(2), L.firstInputCol, 2],
        [month(5), L.firstInputCol, 3],
        [month(5), L.firstInputCol + 2, 1],
        [month(3), L.noteCol + 1, "gõ ngoài bảng 99"],
        [L.totalRow + 1, L.firstInputCol, 7],
      ]);
      const g = insertRowsAbove(base, 2, namesFollow);
      const r = consolidate([{ file: "t.xlsx", grids: [g] }], { allocation: seedAllocation(), year: 2025, month: 5 });
      expect(org(r, "Đảng bộ thị trấn Thạnh Mỹ")).toMatchObject({ admittedInPeriod: 3, admittedToDate: 5, women: 1 });
      expect(r.totals.admittedToDate).toBe(5);
    }
  });

  it("ignores a template of another year with one info finding", () => {
    const other = templateWorkbookSpecs(seedAllocation(), 2024, DEFAULT_REPORT_SETTINGS);
    const g = withValues(specToGrid(other[0]!.sheets[0]!), [
      [month(1), L.firstInputCol, 1],
      [month(2), L.firstInputCol, 1],
    ]);
    const r = consolidate([{ file: "old.xlsx", grids: [g] }], { allocation: seedAllocation(), year: 2025, month: 5 });
    expect(r.totals.admittedToDate).toBe(0);
    expect(r.findings.filter((f) => f.code === "SUBMISSION_OTHER_YEAR")).toHaveLength(1);
  });

  it("flags a breakdown without an admitted count in a template row", () => {
    const g = filled(0, [[month(4), L.firstInputCol + 2, 1]]);
    const r = consolidate([{ file: "t.xlsx", grids: [g] }], { allocation: seedAllocation(), year: 2025, month: 5 });
    expect(r.findings.find((f) => f.code === "SUBMISSION_INVALID_NUMBER")).toMatchObject({ cell: "B13" });
  });

  it("recognises templates and log tables, not the allocation table or the outputs", () => {
    expect(isReportSheet(specToGrid(books[0]!.sheets[0]!))).toBe(true);
    expect(isReportSheet(insertRowsAbove(specToGrid(books[0]!.sheets[0]!), 3, false))).toBe(true);
    expect(isReportSheet(log([["Đảng bộ xã Ka Đô", "5/2025", 1]]))).toBe(true);
    expect(isReportSheet(gridFromValues("Phân bổ", [["STT", "TCCSĐ", "CHỈ TIÊU"], ["01", "Đảng bộ Công an huyện", "03"]]))).toBe(false);
    expect(isReportSheet(gridFromValues("Empty", []))).toBe(false);
  });
});
