/**
 * The exact findings of the per-row rules, the sheet's own total row, and the
 * JSON every host prints: codes, cells and arguments, which the messages and
 * the pane's highlighting both read.
 */
import { checkAllocation } from "../../src/core/allocation/check";
import { checkJson, checkJsonFinding, unreadableCheckJson } from "../../src/core/allocation/json";
import type { AllocationCheckResult } from "../../src/core/allocation/types";
import { gridFromValues, type Cell, type CellValue } from "../../src/core/grid";

const HEADER: CellValue[] = ["STT", "TCCSĐ", "CHỈ TIÊU"];
const check = (rows: ReadonlyArray<ReadonlyArray<CellValue | Cell>>, target: number | null = null) =>
  checkAllocation([gridFromValues("S", [["PHÂN BỔ CHỈ TIÊU"], ...rows])], { target, file: "kh.xlsx" });
const found = (r: AllocationCheckResult) => r.findings.map((f) => [f.code, f.cell, f.args]);
const only = (r: AllocationCheckResult, code: string) => r.findings.filter((f) => f.code === code).map((f) => [f.cell, f.args]);

describe("the per-row rules", () => {
  const r = check([
    ["STT", "TCCSĐ", "CHỈ TIÊU", "Số đảng viên"],
    [1, "Chi bộ Trường THPT A", 3, 25],
    [2, "Chi bộ Trường THPT B", 0, "30"],
    [3, "Chi bộ Trường THCS C", "02 (01 HS)", "1.250"],
    [4, "", 2, ""],
    [5, "Chi bộ thôn D", "", "x"],
    [6, "Chi bộ thôn E", "ba", "03 (01 HS)"],
    [7, "Chi bộ thôn F", "02 (01 GV)", "từ 5"],
    [8, "Chi bộ thôn G", "02 (03 HS)", 10],
    [9, "Chi bộ thôn H", "02 (02 DQTV)", "01-02"],
    [10, "Chi bộ thôn I", "02 (03 SV)", 10],
    [" 11 ", "Chi bộ thôn K", "01-02", 5],
  ]);

  it("name each organisation, its 1-based row and cell, and what is wrong", () => {
    expect(found(r)).toEqual([
      ["HS_QUOTA_MISSING", "C3", { name: "Chi bộ Trường THPT A", row: 3, quota: 3, studentQuota: 0, cell: "C3" }],
      ["QUOTA_ZERO", "C4", { name: "Chi bộ Trường THPT B", row: 4, quota: 0, studentQuota: 0, cell: "C4" }],
      ["HS_QUOTA_NOT_ALLOWED", "C5", { name: "Chi bộ Trường THCS C", row: 5, quota: 2, studentQuota: 1, kind: "lowerSecondary", cell: "C5" }],
      ["NAME_MISSING", "B6", { row: 6, cell: "B6" }],
      ["QUOTA_MISSING", "C7", { name: "Chi bộ thôn D", row: 7, cell: "C7" }],
      ["QUOTA_INVALID", "C8", { name: "Chi bộ thôn E", row: 8, value: "ba", reason: "notANumber", cell: "C8" }],
      ["QUOTA_GROUP_UNKNOWN", "C9", { name: "Chi bộ thôn F", row: 9, label: "GV", value: "02 (01 GV)", cell: "C9" }],
      ["STUDENT_QUOTA_EXCEEDS_TOTAL", "C10", { name: "Chi bộ thôn G", row: 10, quota: 2, studentQuota: 3, cell: "C10" }],
      ["HS_QUOTA_NOT_ALLOWED", "C10", { name: "Chi bộ thôn G", row: 10, quota: 2, studentQuota: 3, kind: "village", cell: "C10" }],
      ["SUB_QUOTA_EXCEEDS_TOTAL", "C12", { name: "Chi bộ thôn I", row: 12, quota: 2, group: "SV", count: 3, cell: "C12" }],
      ["QUOTA_RANGE", "C13", { count: 1, floor: 16, ceiling: 17, cell: "C13" }],
    ]);
  });

  it("read STT trimmed, the kind (other when unnamed), and members only as a plain whole number", () => {
    expect(r.organizations.map((o) => [o.stt, o.kind, o.members, o.membersCell])).toEqual([
      ["1", "upperSecondary", 25, "D3"],
      ["2", "upperSecondary", 30, "D4"],
      ["3", "lowerSecondary", 1250, "D5"],
      ["4", "other", null, "D6"],
      ["5", "village", null, "D7"],
      ["6", "village", null, "D8"],
      ["7", "village", null, "D9"],
      ["8", "village", 10, "D10"],
      ["9", "village", null, "D11"],
      ["10", "village", 10, "D12"],
      ["11", "village", 5, "D13"],
    ]);
    expect(r.totals).toEqual({ quota: 16, quotaMax: 17, studentQuota: 4, subQuotas: { HS: 4, GV: 1, DQTV: 2, SV: 3 }, organizations: 11, difference: null, meetsTarget: null });
  });
});

describe("the sheet's own total row", () => {
  const withTotal = (total: CellValue | Cell, ...quotas: Array<CellValue | Cell>) =>
    check([HEADER, ...quotas.map((q, i) => [i + 1, `Chi bộ thôn ${"ABCDEFGH"[i] ?? ""}`, q]), ["", "Tổng cộng", total]]);
  const mismatch = (r: AllocationCheckResult) => only(r, "TOTAL_ROW_MISMATCH");

  it("a SUM that skipped the text cells says so, and quotes its formula", () => {
    const r = withTotal({ value: 5, formula: "SUM(C3:C4)" }, 5, "03");
    expect(mismatch(r)).toEqual([
      ["C5", { written: "5", computed: 8, computedMax: 8, textCells: 1, excludedCells: 0, totalKind: "formula", sumSkippedText: 1, formula: "=SUM(C3:C4)", writtenStudents: 0, computedStudents: 0, onlyStudents: 0, cell: "C5" }],
    ]);
  });

  it("a stale formula result is not blamed on the text cells", () => {
    const r = withTotal({ value: 7, formula: "SUM(C3:C4)" }, 5, "03");
    expect(mismatch(r)).toEqual([
      ["C5", { written: "7", computed: 8, computedMax: 8, textCells: 1, excludedCells: 0, totalKind: "formula", sumSkippedText: 0, formula: "=SUM(C3:C4)", writtenStudents: 0, computedStudents: 0, onlyStudents: 0, cell: "C5" }],
    ]);
  });

  it("a typed total equal to the numbers alone is only a wrong constant", () => {
    const r = withTotal(5, 5, "03", "x");
    expect(mismatch(r)).toEqual([
      ["C6", { written: "5", computed: 8, computedMax: 8, textCells: 1, excludedCells: 1, totalKind: "constant", sumSkippedText: 0, writtenStudents: 0, computedStudents: 0, onlyStudents: 0, cell: "C6" }],
    ]);
  });

  it("a blank or unreadable total claims nothing", () => {
    expect(mismatch(withTotal("x", 5, 3))).toEqual([]);
    expect(mismatch(withTotal("", 5, 3))).toEqual([]);
    expect(mismatch(withTotal(8, 5, 3))).toEqual([]);
  });

  it("a total's student count must match the rows', and when only it is wrong the finding says so", () => {
    expect(mismatch(withTotal("08 (01 HS)", "05 (01 HS)", 3))).toEqual([]);
    expect(mismatch(withTotal("08 (02 HS)", "05 (01 HS)", 3))).toEqual([
      ["C5", { written: "08 (02 HS)", computed: 8, computedMax: 8, textCells: 1, excludedCells: 0, totalKind: "constant", sumSkippedText: 0, writtenStudents: 2, computedStudents: 1, onlyStudents: 1, cell: "C5" }],
    ]);
    const [finding] = withTotal("08 (02 HS)", "05 (01 HS)", 3).findings.filter((f) => f.code === "TOTAL_ROW_MISMATCH");
    expect(finding?.message.vi).toContain("tổng chỉ tiêu đúng bằng tổng của các tổ chức, nhưng số học sinh (HS) ghi 2, còn cộng chỉ tiêu HS của các tổ chức được 1.");
    expect(finding?.message.en).toContain("its quota equals the organisations' total, but it counts 2 upper-secondary pupils (HS) where the organisations' HS quotas add up to 1.");
  });

  it("a total whose quota agrees only because a quota cell could not be read is no student-only mismatch", () => {
    expect(mismatch(withTotal("03 (01 HS)", "03", "năm (1 HS)"))).toEqual([
      ["C5", { written: "03 (01 HS)", computed: 3, computedMax: 3, textCells: 1, excludedCells: 1, totalKind: "constant", sumSkippedText: 0, writtenStudents: 1, computedStudents: 0, onlyStudents: 0, cell: "C5" }],
    ]);
  });

  it("a total wrong in both its quota and its student count names both", () => {
    expect(mismatch(withTotal("09 (02 HS)", "05 (01 HS)", 3))).toEqual([
      ["C5", { written: "09 (02 HS)", computed: 8, computedMax: 8, textCells: 1, excludedCells: 0, totalKind: "constant", sumSkippedText: 0, writtenStudents: 2, computedStudents: 1, onlyStudents: 0, cell: "C5" }],
    ]);
  });

  it("with ranges in the table, the floors, the ceilings or both as a range agree; anything else does not", () => {
    for (const ok of [11, 12, "11-12", "11 - 12"]) expect(mismatch(withTotal(ok, "01-02", 10))).toEqual([]);
    for (const bad of [13, 10, "11-13", "10-12"]) expect(mismatch(withTotal(bad, "01-02", 10))).toHaveLength(1);
  });
});

describe("the JSON of a check", () => {
  it("gives a finding without a cell as null", () => {
    const r = checkAllocation([gridFromValues("Ghi chú", [["x"]])], { sheet: "Phụ lục" });
    const f = r.findings[0];
    expect(f).toBeDefined();
    if (f === undefined) return;
    expect(checkJsonFinding(f, "en")).toEqual({ code: "SHEET_NOT_FOUND", severity: f.severity, cell: null, message: f.message.en });
    expect(checkJson("kh.xlsx", r, "vi").findings).toEqual([{ code: "SHEET_NOT_FOUND", severity: f.severity, cell: null, message: f.message.vi }]);
  });

  it("of an unreadable file has the same shape, with the problem as its only finding", () => {
    const problem = check([HEADER, [1, "Chi bộ A", "ba"]]).findings[0];
    expect(problem).toBeDefined();
    if (problem === undefined) return;
    const empty = { quota: 0, studentQuota: 0, organizations: 0, difference: null, meetsTarget: null, quotaMax: 0, subQuotas: {} };
    expect(unreadableCheckJson("kh.xlsx", 88, problem, "vi")).toEqual({
      file: "kh.xlsx",
      sheet: null,
      target: 88,
      targetSource: "option",
      targetCell: null,
      year: null,
      totals: empty,
      organizations: [],
      findings: [{ code: "QUOTA_INVALID", severity: "error", cell: "C3", message: problem.message.vi }],
    });
    expect(unreadableCheckJson("kh.xlsx", null, problem, "en")).toMatchObject({ target: null, targetSource: null, findings: [{ message: problem.message.en }] });
  });
});
