/**
 * Issue #11: on the findings sheet, as in the CLI text and the pane, the notes
 * whose fix is the same for every cell are one line with their cells; other
 * findings keep a line each.
 */
import { checkAllocation, consolidate, DEFAULT_REPORT_SETTINGS, gridFromValues, progressWorkbookSpec, type SheetSpec } from "../../src/core";

const table = gridFromValues("Phân bổ", [
  ["STT", "TCCSĐ", "CHỈ TIÊU"],
  [1, "Đảng bộ xã Ka Đô", "03"],
  [2, "Đảng bộ xã Tu Tra", "02"],
  [3, "Đảng bộ xã Lạc Xuân", "04"],
  [4, "Đảng bộ thị trấn Thạnh Mỹ", 5],
  [5, "Đảng bộ xã Ka Đơn", "01"],
]);
const allocation = checkAllocation([table], { target: 15 });
const result = consolidate([], { allocation, year: 2025, month: 5 });
const withAllocationNotes = { ...result, findings: [...allocation.findings, ...result.findings] };

const rowsOf = (sheet: SheetSpec | undefined): string[][] =>
  (sheet?.rows ?? []).map((r) => r.map((c) => (c === null ? "" : String(c.value ?? ""))));

describe("the findings sheet of the progress workbook", () => {
  it("says the four numbers stored as text once, with their cells, and each missing report on its own line", () => {
    expect(allocation.findings.filter((f) => f.code === "QUOTA_STORED_AS_TEXT")).toHaveLength(4);
    const sheet = progressWorkbookSpec(withAllocationNotes, DEFAULT_REPORT_SETTINGS).sheets.find((s) => s.role === "findings");
    const rows = rowsOf(sheet);
    const text = rows.filter((r) => r[4] === "QUOTA_STORED_AS_TEXT");
    expect(text).toHaveLength(1);
    expect(text[0]?.[2]).toBe("Phân bổ › C2–C4, C6");
    expect(text[0]?.[3]).toMatch(/^4 ô chỉ tiêu lưu dạng văn bản: C2–C4, C6 — /);
    expect(rows.filter((r) => r[4] === "SUBMISSION_MISSING")).toHaveLength(5);
  });
});
