/**
 * Office.js cost per user action, counted on the Excel engineer's fake: how
 * many context.sync() round trips and how many queued proxy operations (loads,
 * property sets, method calls) each action needs with N report sheets open.
 * Syncs should not grow with N; operations may, but linearly.
 */
import { performance } from "perf_hooks";
import type { Host } from "../src/host";

export interface OfficeRow {
  readonly n: number;
  readonly action: string;
  readonly syncs: number;
  readonly runs: number;
  readonly operations: number;
  readonly ms: number;
}

type FakeModule = typeof import("../test/excel/fake-excel");

export async function officeActions(counts: readonly number[]): Promise<{ rows: OfficeRow[]; notes: string[] }> {
  const fake: FakeModule = await import("../test/excel/fake-excel");
  const fixtures = await import("../test/excel/workbook-fixtures");
  const { createExcelHost } = await import("../src/excel/excel-host");
  const rows: OfficeRow[] = [];
  const notes: string[] = [];

  for (const n of counts) {
    const excel = new fake.FakeExcel({ level: "latest" });
    fixtures.addAllocationSheet(excel);
    // The report sheets cycle through the seed's organisations.
    for (let i = 0; i < n; i++) {
      const org = fixtures.SEED_ROWS[i % fixtures.SEED_ROWS.length]![0];
      fixtures.addReportSheet(excel, `BC ${String(i + 1).padStart(3, "0")}`, org, [
        [4, 1],
        [5, (i % 3) + 0],
      ]);
    }
    const host: Host = createExcelHost(excel.env());
    const action = async <T>(name: string, fn: () => Promise<T>): Promise<T | undefined> => {
      excel.resetCounters();
      const start = performance.now();
      try {
        const value = await fn();
        rows.push({ n, action: name, syncs: excel.syncs, runs: excel.runs, operations: excel.operations, ms: performance.now() - start });
        return value;
      } catch (e) {
        notes.push(`N=${n} ${name}: skipped: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
        return undefined;
      }
    };

    const sheets = (await action("list sheets", () => host.listSheets())) ?? [];
    const reportNames = sheets.map((s) => s.name).filter((s) => s.startsWith("BC "));
    const allocationGrids = await action("read allocation sheet (check)", () => host.readSheets([{ name: "Phân bổ" }]));
    let findingsCells: Array<{ address: string; severity: "error" | "warning" | "info" }> = [];
    try {
      const { checkAllocation } = await import("../src/core/allocation/check");
      const check = checkAllocation(allocationGrids ?? [], { target: 88 });
      findingsCells = check.findings.filter((f) => f.cell !== undefined).map((f) => ({ address: f.cell!, severity: f.severity }));
      await action(`highlight ${findingsCells.length} findings`, () => host.highlight({ sheet: { name: "Phân bổ" }, cells: findingsCells }));
      await action("clear highlight", () => host.clearHighlight({ name: "Phân bổ" }));
      const reports = await action(`read ${n} report sheets (consolidate)`, () => host.readSheets(reportNames.map((name) => ({ name }))));
      const { consolidate } = await import("../src/core/reports/consolidate");
      const { progressWorkbookSpec } = await import("../src/core/reports/progress-spec");
      const { DEFAULT_REPORT_SETTINGS } = await import("../src/core/reports/settings");
      const result = consolidate((reports ?? []).map((g) => ({ file: g.name, grids: [g] })), { allocation: check, year: 2025, month: 5, target: 88 });
      const book = progressWorkbookSpec(result, DEFAULT_REPORT_SETTINGS);
      await action("write progress sheets", () => host.writeOwnedSheets(book.sheets));
      await action("write progress sheets again (next month)", () => host.writeOwnedSheets(book.sheets));
    } catch (e) {
      notes.push(`N=${n}: engine steps skipped: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
      if (!rows.some((r) => r.n === n && r.action.startsWith("read ") && r.action.includes("report")))
        await action(`read ${n} report sheets (consolidate)`, () => host.readSheets(reportNames.map((name) => ({ name }))));
    }
  }
  return { rows, notes };
}
