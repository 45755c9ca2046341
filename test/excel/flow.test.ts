/**
 * The pane's whole Excel flow against the fake: check the allocation sheet,
 * highlight its findings, clear them, consolidate the month's report sheets
 * into owned output sheets, and run it again next month. Uses the real engine
 * (checkAllocation, consolidate, progressWorkbookSpec).
 */
import { checkAllocation } from "../../src/core/allocation/check";
import { consolidate } from "../../src/core/reports/consolidate";
import { isReportSheet } from "../../src/core/reports/detect-sources";
import { progressWorkbookSpec } from "../../src/core/reports/progress-spec";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/reports/settings";
import { createExcelHost } from "../../src/excel/excel-host";
import { API_LEVELS, FakeExcel } from "./fake-excel";
import { addAllocationSheet, addReportSheet } from "./workbook-fixtures";

describe.each(API_LEVELS)("check → highlight → clear → consolidate at ExcelApi %s", (level) => {
  it("finds the seeded mistakes, leaves every input sheet exactly as it was, and writes only owned sheets", async () => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    addReportSheet(excel, "BC Ka Đô", "Đảng bộ xã Ka Đô", [
      [4, 1],
      [5, 2],
    ]);
    addReportSheet(excel, "BC Tu Tra", "Đảng bộ xã Tu Tra", [[5, 3]]);
    excel.addSheet("Ghi chú", [["Việc cần làm"], ["=gọi điện cho xã Ka Đơn", { value: "09", numberFormat: "@" }]]);
    const inputs = excel.model.sheets.map((s) => s.name);
    const before = inputs.map((n) => excel.snapshot(n));
    const host = createExcelHost(excel.env());

    // Check: one read, at most two syncs.
    const sheets = await host.listSheets();
    excel.resetCounters();
    const grids = await host.readSheets([{ name: "Phân bổ" }]);
    expect(excel.syncs).toBeLessThanOrEqual(2 + (excel.isSetSupported("ExcelApi", "1.13") ? 1 : 0));
    const check = checkAllocation(grids, { target: 88 });
    expect(check.tableFound).toBe(true);
    expect(check.organizations).toHaveLength(15);
    const codes = check.findings.map((f) => f.code);
    expect(codes).toContain("HS_QUOTA_MISSING");
    expect(codes).toContain("QUOTA_STORED_AS_TEXT");
    expect(codes).toContain("TOTAL_ROW_MISMATCH");

    // Highlight every located finding, then clear.
    const cells = check.findings.filter((f) => f.cell !== undefined).map((f) => ({ address: f.cell!, severity: f.severity }));
    await host.highlight({ sheet: { name: "Phân bổ" }, cells });
    expect(excel.sheet("Phân bổ").conditionalFormats.filter((c) => c.type === "Custom").length).toBeGreaterThan(0);
    await host.clearHighlight({ name: "Phân bổ" });

    // Consolidate: the pane reads every sheet, keeps the report sheets, and reads them in one batch.
    const all = await host.readSheets(sheets.map((s) => ({ name: s.name })));
    const reportNames = all.filter((g) => isReportSheet(g)).map((g) => g.name);
    expect(reportNames.sort()).toEqual(["BC Ka Đô", "BC Tu Tra"]);
    excel.resetCounters();
    const reports = await host.readSheets(reportNames.map((name) => ({ name })));
    expect(excel.syncs).toBeLessThanOrEqual(4);
    const result = consolidate(
      reports.map((g) => ({ file: g.name, grids: [g] })),
      { allocation: check, year: 2025, month: 5, target: 88 },
    );
    expect(result.totals.admittedToDate).toBe(6);
    const book = progressWorkbookSpec(result, DEFAULT_REPORT_SETTINGS);
    const written = await host.writeOwnedSheets(book.sheets);
    expect(written.written).toHaveLength(book.sheets.length);

    // Next month: the outputs are replaced, not duplicated, and inputs are untouched throughout.
    const again = await host.writeOwnedSheets(progressWorkbookSpec(consolidate(reports.map((g) => ({ file: g.name, grids: [g] })), { allocation: check, year: 2025, month: 5, target: 88 }), DEFAULT_REPORT_SETTINGS).sheets);
    expect(again.written).toEqual(written.written);
    expect(excel.model.sheets.map((s) => s.name)).toEqual([...inputs, ...written.written]);
    expect(inputs.map((n) => excel.snapshot(n))).toEqual(before);
    const owned = (await host.listSheets()).filter((s) => s.owned).map((s) => s.name);
    expect(owned).toEqual(written.written);
  });
});
