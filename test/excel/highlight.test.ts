import { createExcelHost } from "../../src/excel/excel-host";
import { HIGHLIGHT_COLORS, highlightRuns } from "../../src/excel/highlight";
import { API_LEVELS, FakeExcel } from "./fake-excel";
import { addAllocationSheet } from "./workbook-fixtures";

describe.each(API_LEVELS)("highlighting at ExcelApi %s", (level) => {
  it("highlight then clear leaves every cell value, format and the user's own conditional format as before", async () => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    const before = excel.snapshot("Phân bổ");
    const host = createExcelHost(excel.env());
    await host.highlight({
      sheet: { name: "Phân bổ" },
      cells: [
        { address: "C14", severity: "error" },
        { address: "C6", severity: "info" },
        { address: "C19", severity: "error" },
        { address: "A5", severity: "warning" },
      ],
    });
    const during = excel.sheet("Phân bổ");
    const ours = during.conditionalFormats.filter((c) => c.type === "Custom");
    expect(ours.map((c) => c.props["format.fill.color"]).sort()).toEqual([HIGHLIGHT_COLORS.error, HIGHLIGHT_COLORS.error, HIGHLIGHT_COLORS.info, HIGHLIGHT_COLORS.warning].sort());
    // Ours come first so they show; the user's format is still there.
    expect(during.conditionalFormats[during.conditionalFormats.length - 1]!.id).toBe("{user-cf-1}");
    // While highlighted, the cells themselves (values, fills, fonts) are still the user's.
    expect((excel.snapshot("Phân bổ") as { cells: unknown }).cells).toEqual((before as { cells: unknown }).cells);
    await host.clearHighlight({ name: "Phân bổ" });
    expect(excel.snapshot("Phân bổ")).toEqual(before);
  });

  it("a second highlight replaces the first, and clearing twice is harmless", async () => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    const before = excel.snapshot("Phân bổ");
    const host = createExcelHost(excel.env());
    await host.highlight({ sheet: { name: "Phân bổ" }, cells: [{ address: "C14", severity: "error" }] });
    await host.highlight({ sheet: { name: "Phân bổ" }, cells: [{ address: "C6", severity: "warning" }] });
    expect(excel.sheet("Phân bổ").conditionalFormats.filter((c) => c.type === "Custom")).toHaveLength(1);
    await host.clearHighlight({ name: "Phân bổ" });
    await host.clearHighlight({ name: "Phân bổ" });
    expect(excel.snapshot("Phân bổ")).toEqual(before);
  });

  it("clearing does not fail when the user already deleted the highlight by hand", async () => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    const host = createExcelHost(excel.env());
    await host.highlight({ sheet: { name: "Phân bổ" }, cells: [{ address: "C14", severity: "error" }] });
    const sheet = excel.sheet("Phân bổ");
    sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c.type !== "Custom");
    await expect(host.clearHighlight({ name: "Phân bổ" })).resolves.toBeUndefined();
    expect(sheet.conditionalFormats.map((c) => c.id)).toEqual(["{user-cf-1}"]);
  });
});

describe("highlight runs", () => {
  it("joins neighbouring cells of one severity and keeps the worst severity of a cell flagged twice", () => {
    expect(
      highlightRuns([
        { address: "C5", severity: "warning" },
        { address: "D5", severity: "warning" },
        { address: "E5", severity: "info" },
        { address: "E5", severity: "error" },
        { address: "not a cell", severity: "error" },
      ]),
    ).toEqual([
      { severity: "warning", range: { top: 4, left: 2, bottom: 4, right: 3 } },
      { severity: "error", range: { top: 4, left: 4, bottom: 4, right: 4 } },
    ]);
  });
});
