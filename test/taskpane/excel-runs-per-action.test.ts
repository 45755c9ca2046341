/**
 * What each pane action costs in Excel, counted on the strict fake: Excel.run
 * calls per user action (not per host method), from the click to the checked
 * result. The README states these counts; a change that adds a round trip to
 * an action fails here.
 */
import { createExcelHost } from "../../src/excel/excel-host";
import { checkChosenSheet } from "../../src/taskpane/use-cases/allocation";
import { consolidateChosenSources, detectReportSheets } from "../../src/taskpane/use-cases/consolidate";
import { fixTextNumbers, undoLastFix } from "../../src/taskpane/use-cases/fix-text-numbers";
import { saveThresholds } from "../../src/taskpane/use-cases/pane-extras";
import { detectPlan } from "../../src/taskpane/use-cases/plan";
import { openPaneSession } from "../../src/taskpane/use-cases/session";
import type { PaneSession } from "../../src/taskpane/context";
import { FakeExcel } from "../excel/fake-excel";
import { addAllocationSheet, addReportSheet } from "../excel/workbook-fixtures";

async function opened(): Promise<{ excel: FakeExcel; session: PaneSession }> {
  const excel = new FakeExcel({ level: "1.13" });
  addAllocationSheet(excel);
  addReportSheet(excel, "Báo cáo Ka Đô", "Đảng bộ xã Ka Đô", [[1, 2]]);
  addReportSheet(excel, "Báo cáo Tu Tra", "Đảng bộ xã Tu Tra", [[1, 1]]);
  const session = await openPaneSession(createExcelHost(excel.env()));
  await detectPlan(session);
  return { excel, session };
}

/** Excel.run calls (and syncs) the action took. */
async function cost(excel: FakeExcel, action: () => Promise<unknown>): Promise<{ runs: number; syncs: number }> {
  const runs = excel.runs;
  const syncs = excel.syncs;
  await action();
  return { runs: excel.runs - runs, syncs: excel.syncs - syncs };
}

describe("Excel.run calls per pane action", () => {
  test("the first check reads in one run and stores what it learned (target, sheet) in one more; a repeat check is one run", async () => {
    const { excel, session } = await opened();
    const first = await cost(excel, () => checkChosenSheet(session, { name: "Phân bổ" }, 88));
    expect(first.runs).toBe(2);
    expect(excel.model.settings.get("ptdv.target")).toBe("88");
    expect(excel.model.settings.get("ptdv.allocationSheet")).toBe("\u0000Phân bổ");
    const again = await cost(excel, () => checkChosenSheet(session, { name: "Phân bổ" }, 88));
    expect(again.runs).toBe(1);
  });

  test("the number fix and its undo are one run each, the re-check's read included", async () => {
    const { excel, session } = await opened();
    await checkChosenSheet(session, { name: "Phân bổ" }, 88);
    const fix = await cost(excel, () => fixTextNumbers(session));
    expect(fix.runs).toBe(1);
    expect(session.state.allocation?.findings.map((f) => f.code)).not.toContain("QUOTA_STORED_AS_TEXT");
    const undo = await cost(excel, () => undoLastFix(session));
    expect(undo.runs).toBe(1);
    expect(session.state.allocation?.findings.map((f) => f.code)).toContain("QUOTA_STORED_AS_TEXT");
  });

  test("consolidating reads in one run, writes the owned sheets in one, and stores the month and year in one", async () => {
    const { excel, session } = await opened();
    await checkChosenSheet(session, { name: "Phân bổ" }, 88);
    await detectReportSheets(session);
    expect(session.state.reportSheets.map((r) => r.ref.name)).toEqual(["Báo cáo Ka Đô", "Báo cáo Tu Tra"]);
    const first = await cost(excel, () => consolidateChosenSources(session, { month: 2, year: 2025 }));
    expect(first.runs).toBe(3);
    expect(excel.model.settings.get("ptdv.month")).toBe("2");
    // The same month again changes no setting: the read and the write only.
    const again = await cost(excel, () => consolidateChosenSources(session, { month: 2, year: 2025 }));
    expect(again.runs).toBe(2);
  });

  test("saving two thresholds is one run and one sync", async () => {
    const { excel, session } = await opened();
    const save = await cost(excel, () => saveThresholds(session, { minMembers: 12, years: 2 }));
    expect(save).toEqual({ runs: 1, syncs: 1 });
    expect([excel.model.settings.get("ptdv.branchMinMembers"), excel.model.settings.get("ptdv.branchYears")]).toEqual(["12", "2"]);
  });
});
