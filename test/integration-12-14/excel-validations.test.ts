/** The Office.js host renders the list and date validations of the templates' new sheets (issues #12, #14). */
import { createExcelHost } from "../../src/excel/excel-host";
import type { SheetSpec } from "../../src/core/sheet-spec";
import { FakeExcel } from "../excel/fake-excel";
import { addAllocationSheet } from "../excel/workbook-fixtures";

const sheet: SheetSpec = {
  name: "Chi bộ",
  role: "template",
  rows: [[{ value: "Có" }, { value: "Không" }]],
  inputValidations: [
    { kind: "list", range: { top: 6, left: 2, bottom: 65, right: 2 }, values: ["thôn/ấp/bản", "khác"], errorTitle: "Loại không hợp lệ", errorMessage: "Chọn trong danh sách." },
    { kind: "list", range: { top: 6, left: 6, bottom: 65, right: 6 }, source: { top: 0, left: 0, bottom: 0, right: 1 } },
    { kind: "date", range: { top: 6, left: 4, bottom: 65, right: 4 }, min: "1900-01-01", max: "2025-12-31", prompt: "dd/mm/yyyy" },
  ],
};

describe("list and date validations in Excel", () => {
  it("sets an in-cell drop-down of inline items or same-sheet cells, and a date between two days", async () => {
    const excel = new FakeExcel({ level: "1.9" });
    addAllocationSheet(excel);
    await createExcelHost(excel.env()).writeOwnedSheets([sheet]);
    const rules = excel.sheet("Chi bộ").dataValidations.map((d) => d.props);
    expect(rules).toEqual([
      expect.objectContaining({ rule: { list: { inCellDropDown: true, source: "thôn/ấp/bản,khác" } }, errorAlert: { showAlert: true, style: "Stop", title: "Loại không hợp lệ", message: "Chọn trong danh sách." } }),
      expect.objectContaining({ rule: { list: { inCellDropDown: true, source: "=$A$1:$B$1" } } }),
      expect.objectContaining({ rule: { date: { formula1: "1900-01-01", formula2: "2025-12-31", operator: "Between" } }, prompt: { showPrompt: true, title: "", message: "dd/mm/yyyy" } }),
    ]);
  });

  it("skips them with the data-validation note where this Excel lacks ExcelApi 1.8", async () => {
    const excel = new FakeExcel({ level: "1.7" });
    addAllocationSheet(excel);
    const result = await createExcelHost(excel.env()).writeOwnedSheets([sheet]);
    expect(excel.sheet("Chi bộ").dataValidations).toEqual([]);
    expect(result.notes.some((n) => /ExcelApi 1\.8/.test(n.en))).toBe(true);
  });
});
