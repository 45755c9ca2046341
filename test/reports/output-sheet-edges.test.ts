/**
 * The progress workbook's sheets at their edges: no organisation at all, a quota of 0,
 * everyone reported, an issuer-less document, the findings sheet in English and empty,
 * and person names in findings only when the user asked for the person list.
 */
import { DEFAULT_DOCUMENT_SETTINGS } from "../../src/core/documents/settings";
import { gridFromValues } from "../../src/core/grid";
import { consolidate } from "../../src/core/reports/consolidate";
import { findingsSheetSpec } from "../../src/core/reports/findings-spec";
import { progressSheetSpec, progressWorkbookSpec } from "../../src/core/reports/progress-spec";
import { ROLLUP_NAMES } from "../../src/core/reports/rollup-names";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/reports/settings";
import type { SheetSpec, SpecCell } from "../../src/core/sheet-spec";
import { seedAllocation } from "./helpers";

const cellsOf = (s: SheetSpec): SpecCell[] => s.rows.flatMap((r) => r.filter((c): c is SpecCell => c !== null));
const texts = (s: SheetSpec): string[] => cellsOf(s).map((c) => c.value).filter((v): v is string => typeof v === "string");
const rowStarting = (s: SheetSpec, first: string | number) => s.rows.find((r) => r[0]?.value === first);

const log = (rows: ReadonlyArray<readonly [string, string, number]>) => gridFromValues("Nhật ký", [["TCCSĐ", "Tháng", "Kết nạp"], ...rows.map((r) => [...r])]);

describe("the progress sheet at its edges", () => {
  it("sums nothing, colours nothing and charts nothing without any organisation", () => {
    const a = seedAllocation(null);
    const r = consolidate([], { allocation: { ...a, organizations: [] }, year: 2025, month: 5 });
    const s = progressSheetSpec(r, DEFAULT_REPORT_SETTINGS);
    const total = rowStarting(s, "TỔNG CỘNG")!;
    expect(total.slice(2, 11).map((c) => [c?.formula, c?.value])).toEqual(Array.from({ length: 9 }, () => ["0", 0]));
    // Percent of a zero quota: blank, never a division by zero.
    expect(total[11]?.value).toBe("");
    expect(total[12]?.value).toBe(0);
    expect(s.conditionalFormats).toEqual([]);
    expect(s.charts).toEqual([]);
    expect(texts(s).some((t) => t.startsWith("Chưa nộp báo cáo"))).toBe(false);
    expect(texts(s).some((t) => t.startsWith("Mục tiêu"))).toBe(false);
  });

  it("sums the others' rows when only organisations outside the allocation reported", () => {
    const a = seedAllocation(null);
    const r = consolidate([{ grids: [log([["Đảng bộ xã Mới", "5/2025", 2]])] }], { allocation: { ...a, organizations: [] }, year: 2025, month: 5 });
    const s = progressSheetSpec(r, DEFAULT_REPORT_SETTINGS);
    const total = rowStarting(s, "TỔNG CỘNG")!;
    expect(total[5]).toMatchObject({ value: 2, formula: expect.stringMatching(/^SUM\(F\d+:F\d+\)$/) });
    expect(texts(s)).toContain("Ngoài phân bổ");
    expect(s.charts).toEqual([]);
  });

  it("leaves the percentage of an organisation with a quota of 0 blank, under its formula", () => {
    const a = seedAllocation(null);
    const organizations = [{ ...a.organizations[0]!, quota: 0, quotaMax: 0 }];
    const r = consolidate([{ grids: [log([["Đảng bộ Công an huyện", "5/2025", 1]])] }], { allocation: { ...a, organizations }, year: 2025, month: 5 });
    const s = progressSheetSpec(r, DEFAULT_REPORT_SETTINGS);
    const row = rowStarting(s, 1)!;
    expect(row[11]).toMatchObject({ value: "", formula: expect.stringContaining("ROUND(") });
    expect(row[12]).toMatchObject({ value: 0, formula: expect.stringContaining("MAX(") });
    expect(rowStarting(s, "TỔNG CỘNG")?.[11]?.value).toBe("");
  });

  it("lists nobody as not reported when everyone reported", () => {
    const a = seedAllocation(null);
    const organizations = [a.organizations[0]!];
    const r = consolidate([{ grids: [log([["Đảng bộ Công an huyện", "5/2025", 1]])] }], { allocation: { ...a, organizations }, year: 2025, month: 5 });
    const s = progressSheetSpec(r, DEFAULT_REPORT_SETTINGS);
    expect(texts(s).some((t) => t.startsWith("Chưa nộp báo cáo"))).toBe(false);
    expect(s.conditionalFormats?.length).toBe(4);
    expect(s.charts?.length).toBe(1);
  });

  it("carries the reporting organisation's name only when the document has an issuer", () => {
    const r = consolidate([], { allocation: seedAllocation(), year: 2025, month: 5 });
    const withIssuer = progressSheetSpec(r, { ...DEFAULT_REPORT_SETTINGS, document: { ...DEFAULT_DOCUMENT_SETTINGS, issuingBody: ["ĐẢNG ỦY XÃ KA ĐÔ"] } });
    expect(Object.keys(withIssuer.definedNames ?? {}).sort()).toEqual([ROLLUP_NAMES.period, ROLLUP_NAMES.reportingOrg, ROLLUP_NAMES.totals].sort());
    const without = progressSheetSpec(r, { ...DEFAULT_REPORT_SETTINGS, document: { ...DEFAULT_DOCUMENT_SETTINGS, issuingBody: [] } });
    expect(Object.keys(without.definedNames ?? {}).sort()).toEqual([ROLLUP_NAMES.period, ROLLUP_NAMES.totals].sort());
  });

  it("names the workbook's creator after the issuer, PTĐV without one", () => {
    const r = consolidate([], { allocation: seedAllocation(), year: 2025, month: 5 });
    expect(progressWorkbookSpec(r, { ...DEFAULT_REPORT_SETTINGS, issuingBody: ["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC"] }).properties).toEqual({
      title: "Tổng hợp kết nạp đảng viên T05-2025",
      creator: "HUYỆN ỦY ĐƠN DƯƠNG – BAN TỔ CHỨC",
    });
    expect(progressWorkbookSpec(r, { ...DEFAULT_REPORT_SETTINGS, issuingBody: [] }).properties?.creator).toBe("PTĐV");
  });
});

describe("person names in the findings sheet", () => {
  it("are withheld unless the person list was asked for", () => {
    const register = gridFromValues("DS", [
      ["STT", "Tổ chức cơ sở đảng", "Họ và tên", "Ngày sinh", "Ngày kết nạp"],
      [1, "Đảng bộ xã Ka Đô", "Nguyễn Văn Trẻ", "01/01/2015", "05/02/2025"],
    ]);
    const r = consolidate([{ file: "ds.xlsx", grids: [register] }], { allocation: seedAllocation(), year: 2025, month: 5 });
    const named = (extras: { withPersonalData?: boolean }) => texts(progressWorkbookSpec(r, DEFAULT_REPORT_SETTINGS, extras).sheets[2]!).some((t) => t.includes("Nguyễn Văn Trẻ"));
    expect(r.findings.some((f) => f.message.vi.includes("Nguyễn Văn Trẻ"))).toBe(true);
    expect(named({})).toBe(false);
    expect(named({ withPersonalData: false })).toBe(false);
    expect(named({ withPersonalData: true })).toBe(true);
  });
});

describe("the findings sheet", () => {
  it("writes its title, counts, headers and severities in English, codes in the hidden last column", () => {
    const r = consolidate([{ file: "a.xlsx", grids: [log([["Đảng bộ xã Mới", "5/2025", 1]])] }], { allocation: seedAllocation(), year: 2025, month: 5 });
    const s = findingsSheetSpec(r, "en");
    expect(s.name).toBe("Kiểm tra T05-2025");
    expect(s.rows[0]?.[0]?.value).toBe("REPORT CHECK THROUGH 5/2025");
    expect(s.rows[1]?.[0]?.value).toBe("0 errors, 1 warnings, 15 notes");
    expect(s.rows[3]?.map((c) => c?.value)).toEqual(["No.", "Severity", "Source (file › sheet › cell)", "Message", "Code"]);
    expect(s.rows[4]?.map((c) => c?.value)).toEqual([1, "Warning", "a.xlsx › Nhật ký › A2", expect.stringContaining('"Đảng bộ xã Mới" is not in the allocation table'), "SUBMISSION_UNKNOWN_ORGANIZATION"]);
    expect(s.columns?.[4]).toEqual({ width: 34, hidden: true });
    expect(s.conditionalFormats?.map((f) => (f.kind === "textEquals" ? f.text : ""))).toEqual(["Error", "Warning"]);
    expect(s.freeze).toEqual({ rows: 4, columns: 0 });
  });

  it("says there is no problem, in either language, and colours nothing", () => {
    const a = seedAllocation(null);
    const r = consolidate([{ grids: [log([["Đảng bộ Công an huyện", "5/2025", 1]])] }], { allocation: { ...a, organizations: [a.organizations[0]!] }, year: 2025, month: 5 });
    expect(r.findings).toEqual([]);
    const vi = findingsSheetSpec(r, "vi");
    expect(vi.rows[1]?.[0]?.value).toBe("0 lỗi, 0 cảnh báo, 0 thông tin");
    expect(vi.rows[4]?.[0]?.value).toBe("Không có vấn đề nào.");
    expect(vi.merges).toContainEqual({ top: 4, left: 0, bottom: 4, right: 4 });
    expect(vi.conditionalFormats).toEqual([]);
    expect(vi.rows).toHaveLength(5);
    expect(findingsSheetSpec(r, "en").rows[4]?.[0]?.value).toBe("No problems found.");
  });

  it("adds the author's notes under the findings, each merged over four columns", () => {
    const a = seedAllocation(null);
    const r = consolidate([], { allocation: { ...a, organizations: [] }, year: 2025, month: 5 });
    const vi = findingsSheetSpec(r, "vi", ["Một ghi chú.", "Hai."]);
    expect(vi.rows.slice(6).map((row) => row[0]?.value)).toEqual(["Ghi chú cho người lập báo cáo (không in trên trang tổng hợp):", "– Một ghi chú.", "– Hai."]);
    expect(vi.merges).toEqual(expect.arrayContaining([{ top: 6, left: 0, bottom: 6, right: 3 }, { top: 7, left: 0, bottom: 7, right: 3 }, { top: 8, left: 0, bottom: 8, right: 3 }]));
    expect(findingsSheetSpec(r, "en", ["Note."]).rows[6]?.[0]?.value).toBe("Notes for the report's author (not printed on the progress sheet):");
  });
});
