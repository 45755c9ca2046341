/**
 * The reviewer's case in the pane, on the strict fake: fix C6 ("09" → 9 under
 * format 00), the user types 12 in C6, "Hoàn tác" → C6 keeps 12 and the pane
 * says which cell it left, in Vietnamese and English.
 */
import { createExcelHost } from "../../src/excel/excel-host";
import { strings } from "../../src/taskpane/i18n";
import { checkChosenSheet } from "../../src/taskpane/use-cases/allocation";
import { fixTextNumbers, undoLastFix } from "../../src/taskpane/use-cases/fix-text-numbers";
import { detectPlan } from "../../src/taskpane/use-cases/plan";
import { openPaneSession } from "../../src/taskpane/use-cases/session";
import { FakeExcel, setCells } from "../excel/fake-excel";
import { addAllocationSheet } from "../excel/workbook-fixtures";

async function fixedAllocation(): Promise<{ excel: FakeExcel; session: Awaited<ReturnType<typeof openPaneSession>> }> {
  const excel = new FakeExcel({ level: "1.13" });
  addAllocationSheet(excel);
  // A second quota stored as text, so one undo has a cell to restore and one to leave.
  setCells(excel.model.sheet("Phân bổ"), "C7", [[{ value: "06", numberFormat: "@" }]]);
  const session = await openPaneSession(createExcelHost(excel.env()));
  await detectPlan(session);
  await checkChosenSheet(session, { name: "Phân bổ" }, 88);
  expect(await fixTextNumbers(session)).toEqual({ kind: "done", count: 2 });
  return { excel, session };
}

test("'Hoàn tác' keeps the number the user typed after the fix and restores the other cell exactly", async () => {
  const { excel, session } = await fixedAllocation();
  const c6 = excel.cell("Phân bổ", "C6");
  expect([c6?.value, c6?.numberFormat]).toEqual([9, "00"]);
  Object.assign(c6 ?? {}, { value: 12 });

  const outcome = await undoLastFix(session);
  expect(outcome).toEqual({ restored: 1, kept: ["C6"] });
  expect(excel.cell("Phân bổ", "C6")).toMatchObject({ value: 12, numberFormat: "00" });
  expect(excel.cell("Phân bổ", "C7")).toMatchObject({ value: "06", numberFormat: "@" });
  // The re-check sees the user's 12, and the restored text again.
  expect(session.state.allocation?.findings.filter((f) => f.code === "QUOTA_STORED_AS_TEXT").map((f) => f.cell)).toEqual(["C7"]);
  expect(session.state.lastFix).toBeNull();

  expect(strings("vi").undoneKept(outcome!.restored, outcome!.kept)).toBe("Đã hoàn tác 1 ô; 1 ô đã được sửa sau đó nên giữ nguyên: C6.");
  expect(strings("en").undoneKept(outcome!.restored, outcome!.kept)).toBe("Undone in 1 cell; 1 cell was changed since the fix and kept as it is: C6.");
});

test("with nothing changed since the fix, 'Hoàn tác' reports no kept cell and the sheet is as before the fix", async () => {
  const { excel, session } = await fixedAllocation();
  const outcome = await undoLastFix(session);
  expect(outcome).toEqual({ restored: 2, kept: [] });
  expect(excel.cell("Phân bổ", "C6")).toMatchObject({ value: "09", numberFormat: "@" });
  expect(excel.cell("Phân bổ", "C7")).toMatchObject({ value: "06", numberFormat: "@" });
  expect(await undoLastFix(session)).toBeNull();
});

test("a long list of kept cells is cut after ten addresses", () => {
  const kept = Array.from({ length: 12 }, (_, i) => `C${i + 1}`);
  expect(strings("vi").undoneKept(0, kept)).toBe("Đã hoàn tác 0 ô; 12 ô đã được sửa sau đó nên giữ nguyên: C1, C2, C3, C4, C5, C6, C7, C8, C9, C10 và 2 ô khác.");
  expect(strings("en").undoneKept(0, kept)).toMatch(/: C1, C2, .*, C10 and 2 more\.$/);
});
