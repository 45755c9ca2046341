/**
 * The same fake Excel the jest tests use (fake-excel.ts), installed as the
 * globals office.js would define (Office, Excel, OfficeExtension), for the
 * Chromium tests. test-e2e/support/build-fake-office.ts bundles this file into
 * test-e2e/fixtures/fake-office.js, which the browser tests serve in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
 *
 * Configure before the page loads (page.addInitScript):
 *   globalThis.__PTDV_FAKE_OFFICE__ = {
 *     excelApi: "1.13",                       // "1.7" | "1.9" | "1.13" | "latest"
 *     displayLanguage: "vi-VN",
 *     sheets: [{ name, rows: [[value | { value, numberFormat, formula }]] }],
 *     active: "sheet name",
 *   };
 * Inspect afterwards through globalThis.__PTDV_FAKE_EXCEL__.inspect().
 */
import { toA1 } from "../../src/core/address";
import type { ExcelContextLike } from "../../src/excel/office-types";
import { API_LEVELS, type ApiLevel, computedValue, FakeExcel, FakeOfficeError, setCells } from "./fake-excel";

type ConfigCell = string | number | boolean | null | { value: string | number | boolean; numberFormat?: string; formula?: string };

interface FakeOfficeConfig {
  readonly excelApi?: string;
  readonly displayLanguage?: string;
  readonly sheets?: ReadonlyArray<{ readonly name: string; readonly rows: ReadonlyArray<ReadonlyArray<ConfigCell>> }>;
  readonly active?: string;
}

/** What the page hands Excel.run: the adapter's batches take the narrow context of src/excel/office-types.ts. */
type Batch = (context: ExcelContextLike) => Promise<unknown>;

/** The globals this script reads and defines, by name (office.js's own names are namespaces to TypeScript, not values). */
const scope: Record<string, unknown> = globalThis;
// The page's configuration is the test's own data, trusted to have this shape.
const config = (scope.__PTDV_FAKE_OFFICE__ ?? {}) as FakeOfficeConfig;
const level: ApiLevel = (API_LEVELS as readonly string[]).includes(config.excelApi ?? "") ? (config.excelApi as ApiLevel) : "latest";
const excel = new FakeExcel({ level, displayLanguage: config.displayLanguage ?? "vi-VN" });
for (const sheet of config.sheets ?? []) {
  const model = excel.addSheet(sheet.name);
  // An empty string is an empty cell, as a user's blank.
  setCells(model, "A1", sheet.rows.map((row) => row.map((c) => (c === "" ? null : c))));
}
const active = config.active === undefined ? undefined : excel.model.findSheet(config.active);
if (active) excel.model.activeSheetId = active.id;

const env = excel.env();
let lastCreated: string | null = null;

scope.Excel = {
  // Excel.run(batch) or Excel.run({ delayForCellEdit }, batch), as office.js takes them.
  run(a: Batch | { readonly delayForCellEdit?: boolean }, b?: Batch): Promise<unknown> {
    const batch = typeof a === "function" ? a : b;
    if (batch === undefined) return Promise.reject(new FakeOfficeError("InvalidArgument", "Excel.run needs a batch function"));
    const delayForCellEdit = typeof a === "function" ? false : a.delayForCellEdit === true;
    return env.run(batch, { delayForCellEdit });
  },
  async createWorkbook(base64: string): Promise<void> {
    await env.createWorkbook(base64);
    lastCreated = base64;
  },
};

scope.OfficeExtension = { Error: FakeOfficeError, ErrorCodes: {} };

scope.Office = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
    const info = { host: "Excel", platform: "OfficeOnline" };
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    );
  },
  context: {
    get displayLanguage(): string {
      return excel.displayLanguage;
    },
    requirements: { isSetSupported: (name: string, version?: string) => excel.isSetSupported(name, version ?? "1.1") },
  },
};

/** A plain snapshot for the tests: sheets with their non-empty cells by A1, settings, selection. */
scope.__PTDV_FAKE_EXCEL__ = {
  inspect() {
    const model = excel.model;
    const sheetName = (id: string): string | null => model.sheets.find((s) => s.id === id)?.name ?? null;
    return {
      sheets: model.sheets.map((s) => {
        const cells: Record<string, { value: unknown; numberFormat: string; formula: string | null }> = {};
        for (const [key, cell] of s.cells) {
          if (cell.value === "" && cell.formula === undefined) continue;
          const [r, c] = key.split(",").map(Number) as [number, number];
          cells[toA1(r, c)] = { value: computedValue(s, cell), numberFormat: cell.numberFormat, formula: cell.formula ?? null };
        }
        return { id: s.id, name: s.name, cells, conditionalFormats: s.conditionalFormats.length, protected: s.protected };
      }),
      settings: Object.fromEntries(Array.from(model.settings, ([k, v]) => [k, v])),
      names: Array.from(model.names.keys()),
      activeSheet: sheetName(model.activeSheetId),
      selection: model.selection === null ? null : { sheet: sheetName(model.selection.sheetId), address: model.selection.address },
      createdWorkbooks: excel.createdWorkbooks.length,
      lastCreatedWorkbook: lastCreated,
      syncs: excel.syncs,
      runs: excel.runs,
    };
  },
};
