/**
 * Issue #17 item 3: a report-log row with figures but no organisation name used
 * to vanish (exit 0, the month's total short). It is now an error at its cell,
 * counted nowhere and named in the findings.
 */
import * as fs from "fs";
import * as path from "path";
import { runConsolidate } from "../../src/cli/commands/consolidate";
import { gridFromValues } from "../../src/core/grid";
import { consolidate } from "../../src/core/reports/consolidate";
import type { ConsolidationJson } from "../../src/core/reports/json";
import { captureIo, python, tempDir } from "./cli-helpers";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/reports/settings";
import { TEMPLATE_LAYOUT } from "../../src/core/reports/template-layout";
import { templateWorkbookSpecs } from "../../src/core/reports/template-spec";
import { toA1 } from "../../src/core/address";
import { FIXTURES, seedAllocation, specToGrid, withValues } from "./helpers";

const ALLOCATION = path.join(FIXTURES, "allocation-2025.xlsx");

async function consolidateJson(dir: string, input: string): Promise<{ code: number; json: ConsolidationJson }> {
  const c = captureIo(dir);
  const code = await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "--json", input], c.io);
  return { code, json: JSON.parse(c.out()) as ConsolidationJson };
}

describe("a report-log row with figures and no organisation name", () => {
  it("is an error at its cell in a CSV like the issue's, and the total counts only attributed rows", async () => {
    const dir = tempDir("nameless-csv");
    fs.writeFileSync(path.join(dir, "log.csv"), "TCCSĐ,Tháng,Năm,Kết nạp\nĐảng bộ xã Tu Tra,5,2025,3\n,5,2025,4\n", "utf8");
    const { code, json } = await consolidateJson(dir, "log.csv");
    expect(code).toBe(1);
    const nameless = json.findings.filter((f) => f.code === "SUBMISSION_NAME_MISSING");
    expect(nameless).toHaveLength(1);
    expect(nameless[0]).toMatchObject({ severity: "error", source: "log.csv › log › A3" });
    expect(nameless[0]!.message).toContain("kết nạp 4");
    expect(json.totals.admittedToDate).toBe(3);
    expect(json.others).toEqual([]);
  });

  it("is an error at its cell in an .xlsx written by openpyxl, with its figures in both languages", async () => {
    const dir = tempDir("nameless-xlsx");
    const file = path.join(dir, "nhat-ky.xlsx");
    python(
      [
        "import sys, openpyxl",
        "wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Nhật ký báo cáo'",
        "ws.append(['TCCSĐ', 'Tháng', 'Năm', 'Kết nạp', 'Nữ'])",
        "ws.append(['Đảng bộ xã Ka Đô', 5, 2025, 2, 1])",
        "ws.append([None, 5, 2025, 4, 1])",
        "ws.append(['   ', 4, 2025, 1, None])",
        "ws.append([None, 5, 2025, None, None])",
        "wb.save(sys.argv[1])",
      ].join("\n"),
      [file],
    );
    const { json } = await consolidateJson(dir, "nhat-ky.xlsx");
    const nameless = json.findings.filter((f) => f.code === "SUBMISSION_NAME_MISSING");
    expect(nameless.map((f) => f.source)).toEqual(["nhat-ky.xlsx › Nhật ký báo cáo › A3", "nhat-ky.xlsx › Nhật ký báo cáo › A4"]);
    expect(nameless.every((f) => f.severity === "error")).toBe(true);
    expect(json.totals.admittedToDate).toBe(2);

    const c = captureIo(dir);
    await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "--json", "--lang", "en", "nhat-ky.xlsx"], c.io);
    const en = (JSON.parse(c.out()) as ConsolidationJson).findings.find((f) => f.code === "SUBMISSION_NAME_MISSING")!;
    expect(en.message).toContain("admitted 4, women 1");
    expect(en.message).toContain("May 2025");
  });
});

describe("which nameless rows are named", () => {
  const header = ["TCCSĐ", "Tháng", "Kết nạp"];
  const run = (rows: ReadonlyArray<ReadonlyArray<string | number | null>>) =>
    consolidate([{ file: "a.xlsx", grids: [gridFromValues("Log", [header, ...rows])] }], { allocation: seedAllocation(), year: 2025, month: 5 });
  const named = (r: ReturnType<typeof run>) => r.findings.filter((f) => f.code === "SUBMISSION_NAME_MISSING").map((f) => f.cell);

  it("names a row whose month cannot be read, quoting the month as written", () => {
    const r = run([[null, "tháng năm", 2]]);
    expect(named(r)).toEqual(["A2"]);
    expect(r.findings.find((f) => f.code === "SUBMISSION_NAME_MISSING")!.args).toMatchObject({ period: "tháng năm" });
    expect(r.findings.some((f) => f.code === "SUBMISSION_PERIOD_INVALID")).toBe(false);
  });

  it("leaves rows alone that would not be counted anyway: a later month or another year", () => {
    expect(named(run([[null, "6/2025", 2], [null, "5/2024", 3]]))).toEqual([]);
  });

  it("skips a row with a month but no figures, and stops at a total row labelled outside the name column", () => {
    const grid = gridFromValues("Log", [
      ["STT", "TCCSĐ", "Tháng", "Kết nạp"],
      [1, "Đảng bộ xã Tu Tra", "5/2025", 2],
      [null, null, "5/2025", null],
      ["Tổng cộng", null, null, 2],
      [null, null, "5/2025", 7],
    ]);
    const r = consolidate([{ file: "a.xlsx", grids: [grid] }], { allocation: seedAllocation(), year: 2025, month: 5 });
    expect(r.findings.filter((f) => f.code === "SUBMISSION_NAME_MISSING")).toEqual([]);
    expect(r.totals.admittedToDate).toBe(2);
  });
});

describe("a report template whose organisation cell was cleared", () => {
  it("names each filled month at the name cell and counts none of them, not even under others", () => {
    const L = TEMPLATE_LAYOUT;
    const grid = withValues(specToGrid(templateWorkbookSpecs(seedAllocation(), 2025, DEFAULT_REPORT_SETTINGS)[0]!.sheets[0]!), [
      [L.orgNameRow, L.valueCol, null],
      [L.firstMonthRow, L.firstInputCol, 1],
      [L.firstMonthRow + 4, L.firstInputCol, 2],
    ]);
    const r = consolidate([{ file: "mau.xlsx", grids: [grid] }], { allocation: seedAllocation(), year: 2025, month: 5 });
    const nameless = r.findings.filter((f) => f.code === "SUBMISSION_NAME_MISSING");
    expect(nameless.map((f) => [f.cell, f.args["period"]])).toEqual([
      [toA1(L.orgNameRow, L.valueCol), "2025-01"],
      [toA1(L.orgNameRow, L.valueCol), "2025-05"],
    ]);
    expect(r.others).toEqual([]);
    expect(r.totals.admittedToDate).toBe(0);
  });
});
