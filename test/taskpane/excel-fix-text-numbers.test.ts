/**
 * Issue #15 item 13 in Excel, against the strict fake (test/excel): the fix
 * writes the user's quota cells only when asked, keeps what they show, never
 * touches `03 (01 HS)` or another sheet, and undo restores values and formats
 * exactly, text staying text.
 */
import { createExcelHost } from "../../src/excel/excel-host";
import { checkChosenSheet } from "../../src/taskpane/use-cases/allocation";
import { fixTextNumbers, textNumberFixes, undoLastFix } from "../../src/taskpane/use-cases/fix-text-numbers";
import { detectPlan } from "../../src/taskpane/use-cases/plan";
import { openPaneSession } from "../../src/taskpane/use-cases/session";
import { FakeExcel } from "../excel/fake-excel";
import { addAllocationSheet, addReportSheet } from "../excel/workbook-fixtures";

function cellsOf(excel: FakeExcel): string {
  return JSON.stringify(excel.model.sheets.map((s) => [s.name, Array.from(s.cells.entries()).sort()]));
}

test("'Chuyển thành số (định dạng 00)' writes only the text-number quota cells, and 'Hoàn tác' puts back values and formats exactly", async () => {
  const excel = new FakeExcel({ level: "1.13" });
  addAllocationSheet(excel);
  addReportSheet(excel, "Báo cáo", "Đảng bộ xã Ka Đô", [[1, 2]]);
  const host = createExcelHost(excel.env());
  const session = await openPaneSession(host);
  const ref = await detectPlan(session);
  expect(ref).toEqual({ name: "Phân bổ" });
  const pristine = cellsOf(excel);
  const outcome = await checkChosenSheet(session, { name: "Phân bổ" }, 88);
  expect(outcome.kind).toBe("done");
  // Checking writes settings only, never a cell.
  expect(cellsOf(excel)).toBe(pristine);
  expect(textNumberFixes(session).map((f) => [f.address, f.value, f.numberFormat])).toEqual([["C6", 9, "00"]]);

  const fixed = await fixTextNumbers(session);
  expect(fixed).toEqual({ kind: "done", count: 1 });
  const sheet = excel.model.sheets.find((s) => s.name === "Phân bổ")!;
  const c6 = sheet.cells.get("5,2");
  expect([c6?.value, c6?.numberFormat]).toEqual([9, "00"]);
  expect(session.state.allocation?.findings.map((f) => f.code)).not.toContain("QUOTA_STORED_AS_TEXT");

  await undoLastFix(session);
  expect(cellsOf(excel)).toBe(pristine);
  expect(session.state.allocation?.findings.map((f) => f.code)).toContain("QUOTA_STORED_AS_TEXT");
});
