import { createExcelHost } from "../../src/excel/excel-host";
import { REGISTRY_KEY } from "../../src/excel/registry";
import type { SheetSpec } from "../../src/core/sheet-spec";
import { API_LEVELS, FakeExcel } from "./fake-excel";
import { addAllocationSheet } from "./workbook-fixtures";

const progress = (name = "Tiến độ 5-2025", extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name,
  role: "progress",
  rows: [
    [{ value: "TIẾN ĐỘ KẾT NẠP", style: { font: { bold: true, size: 14 } } }],
    [{ value: "TCCSĐ", style: { border: true, fill: "#D9E1F2" } }, { value: "Chỉ tiêu", style: { border: true, fill: "#D9E1F2" } }, { value: "Đã kết nạp", style: { border: true, fill: "#D9E1F2" } }],
    [{ value: "=Đảng bộ xã Ka Đô", style: { border: true } }, { value: 9, style: { border: true, numFmt: "0" } }, { value: 2, style: { border: true, numFmt: "0" } }],
    [{ value: "+84 912 345 678" }, { value: "09" }, { value: "@mention" }],
    [{ value: "-5 đảng viên" }, { value: "TRUE" }, { value: "Tổng", style: { font: { bold: true } } }],
    [null, { value: 9, formula: "SUM(B3:B3)", style: { numFmt: "0" } }, { value: 2, formula: "SUM(C3:C3)" }],
  ],
  columns: [{ width: 40 }, { width: 10 }, { width: 12, hidden: false }],
  merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
  conditionalFormats: [{ kind: "dataBar", range: { top: 2, left: 2, bottom: 2, right: 2 }, color: "#5B9BD5", min: 0 }],
  dataValidations: [{ range: { top: 2, left: 2, bottom: 2, right: 2 }, type: "wholeNumber", min: 0, max: "B3", errorMessage: "Số nguyên từ 0" }],
  freeze: { rows: 2, columns: 1 },
  print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: 1, last: 1 }, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 } },
  charts: [{ kind: "barClustered", title: "Tiến độ", categories: { top: 2, left: 0, bottom: 2, right: 0 }, series: [{ name: "Chỉ tiêu", values: { top: 2, left: 1, bottom: 2, right: 1 } }, { name: "Đã kết nạp", values: { top: 2, left: 2, bottom: 2, right: 2 } }], anchor: { top: 8, left: 0, bottom: 20, right: 5 } }],
  protect: true,
  tabColor: "#C00000",
  ...extra,
});

describe.each(API_LEVELS)("writing owned sheets at ExcelApi %s", (level) => {
  it("writes text that looks like a formula, number or boolean as exactly that text", async () => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    const result = await createExcelHost(excel.env()).writeOwnedSheets([progress()]);
    expect(result.written).toEqual(["Tiến độ 5-2025"]);
    const sheet = "Tiến độ 5-2025";
    for (const [address, text] of [
      ["A3", "=Đảng bộ xã Ka Đô"],
      ["A4", "+84 912 345 678"],
      ["B4", "09"],
      ["C4", "@mention"],
      ["A5", "-5 đảng viên"],
      ["B5", "TRUE"],
    ] as const) {
      const cell = excel.cell(sheet, address);
      expect({ address, value: cell?.value, formula: cell?.formula }).toEqual({ address, value: text, formula: undefined });
    }
    expect(excel.cell(sheet, "B6")).toMatchObject({ formula: "SUM(B3:B3)", numberFormat: "0" });
    expect(excel.cell(sheet, "B3")).toMatchObject({ value: 9, numberFormat: "0" });
  });

  it("renders formats, merges, freeze panes, chart and protection, and only the features this Excel has", async () => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    const result = await createExcelHost(excel.env()).writeOwnedSheets([progress()]);
    const s = excel.sheet("Tiến độ 5-2025");
    expect(excel.cell(s.name, "A2")?.format).toMatchObject({ "fill.color": "#D9E1F2", "borders.EdgeTop.style": "Continuous" });
    expect(excel.cell(s.name, "A1")?.format).toMatchObject({ "font.bold": true, "font.size": 14 });
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(s.freeze).toEqual({ rows: 2, columns: 1 });
    expect(s.conditionalFormats.map((c) => c.type)).toEqual(["DataBar"]);
    expect(s.charts[0]).toMatchObject({ type: "BarClustered", series: [{ name: "Chỉ tiêu" }, { name: "Đã kết nạp" }], position: ["A9", "F21"] });
    expect(s.protected).toBe(true);
    expect(s.tabColor).toBe("#C00000");
    expect(s.columnWidths.get(0)).toBeCloseTo(213.75);
    const has18 = level !== "1.7";
    const has19 = has18;
    expect(s.dataValidations.length).toBe(has18 ? 1 : 0);
    if (has18) expect(s.dataValidations[0]!.props).toMatchObject({ rule: { wholeNumber: { formula1: 0, formula2: "=B3", operator: "Between" } } });
    expect(s.pageLayout.orientation).toBe(has19 ? "Landscape" : undefined);
    expect(result.notes.some((n) => /ExcelApi 1\.8/.test(n.en) && /ExcelApi 1\.8/.test(n.vi))).toBe(!has18);
    expect(result.notes.some((n) => /ExcelApi 1\.9/.test(n.en) && /ExcelApi 1\.9/.test(n.vi))).toBe(!has19);
  });

  it("never touches a user's sheet and gives the new sheet a ' (2)' name on a clash", async () => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    excel.addSheet("Tiến độ 5-2025", [["bảng của tôi"]]);
    const before = [excel.snapshot("Phân bổ"), excel.snapshot("Tiến độ 5-2025")];
    const host = createExcelHost(excel.env());
    const result = await host.writeOwnedSheets([progress()]);
    expect(result.written).toEqual(["Tiến độ 5-2025 (2)"]);
    expect(result.notes.map((n) => n.vi + n.en).join("\n")).toMatch(/Tiến độ 5-2025 \(2\)/);
    expect([excel.snapshot("Phân bổ"), excel.snapshot("Tiến độ 5-2025")]).toEqual(before);
    const sheets = await host.listSheets();
    expect(sheets.map((s) => [s.name, s.owned])).toEqual([
      ["Phân bổ", false],
      ["Tiến độ 5-2025", false],
      ["Tiến độ 5-2025 (2)", true],
    ]);
  });

  it("re-running replaces only its own earlier sheet, even after the user renamed it", async () => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    const host = createExcelHost(excel.env());
    await host.writeOwnedSheets([progress(), progress("Tiến độ 4-2025")]);
    // The user keeps a copy of April's output under another name: it is theirs now only if they made it.
    excel.sheet("Tiến độ 4-2025").name = "Tháng 4 (lưu)";
    const allocationBefore = excel.snapshot("Phân bổ");
    const again = await host.writeOwnedSheets([progress("Tiến độ 5-2025", { rows: [[{ value: "lần 2" }]] })]);
    expect(again.written).toEqual(["Tiến độ 5-2025"]);
    expect(excel.cell("Tiến độ 5-2025", "A1")?.value).toBe("lần 2");
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Phân bổ", "Tiến độ 5-2025", "Tháng 4 (lưu)"]);
    expect(excel.snapshot("Phân bổ")).toEqual(allocationBefore);
    expect(JSON.parse(String(excel.model.settings.get(REGISTRY_KEY))).owned).toHaveProperty(excel.sheet("Tháng 4 (lưu)").id);
  });

  it("leaves an output sheet the user renamed and writes the re-run under the wanted name", async () => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    const host = createExcelHost(excel.env());
    await host.writeOwnedSheets([progress()]);
    const adoptedId = excel.sheet("Tiến độ 5-2025").id;
    excel.sheet("Tiến độ 5-2025").name = "Tháng 5 của tôi";
    const adopted = excel.snapshot("Tháng 5 của tôi");
    const again = await host.writeOwnedSheets([progress("Tiến độ 5-2025", { rows: [[{ value: "lần 2" }]] })]);
    expect(again.written).toEqual(["Tiến độ 5-2025"]);
    expect(excel.sheet("Tháng 5 của tôi").id).toBe(adoptedId);
    expect(excel.snapshot("Tháng 5 của tôi")).toEqual(adopted);
    expect(excel.cell("Tiến độ 5-2025", "A1")?.value).toBe("lần 2");
  });

  it("gives the re-run a ' (2)' name when the user renamed the output and reused its name for another sheet", async () => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    const host = createExcelHost(excel.env());
    await host.writeOwnedSheets([progress()]);
    excel.sheet("Tiến độ 5-2025").name = "Tháng 5 cũ";
    excel.addSheet("Tiến độ 5-2025", [["của tôi"]]);
    const before = [excel.snapshot("Tháng 5 cũ"), excel.snapshot("Tiến độ 5-2025")];
    const again = await host.writeOwnedSheets([progress()]);
    expect(again.written).toEqual(["Tiến độ 5-2025 (2)"]);
    expect([excel.snapshot("Tháng 5 cũ"), excel.snapshot("Tiến độ 5-2025")]).toEqual(before);
    // A re-run now rewrites the " (2)" sheet it made, not another one.
    const third = await host.writeOwnedSheets([progress("Tiến độ 5-2025", { rows: [[{ value: "lần 3" }]] })]);
    expect(third.written).toEqual(["Tiến độ 5-2025 (2)"]);
    expect(excel.cell("Tiến độ 5-2025 (2)", "A1")?.value).toBe("lần 3");
    expect(excel.model.sheets).toHaveLength(4);
  });

  it("rewrites its output sheet in place so names and formulas pointing at it keep working", async () => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    const host = createExcelHost(excel.env());
    await host.writeOwnedSheets([progress()]);
    const sheet = excel.sheet("Tiến độ 5-2025");
    const registryBefore = JSON.parse(String(excel.model.settings.get(REGISTRY_KEY))) as { owned: Record<string, unknown> };
    // The user's own name pointing at the output, as a formula elsewhere would.
    excel.model.names.set("TongKetNap", { sheetId: sheet.id, rect: { top: 5, left: 2, bottom: 5, right: 2 } });
    const again = await host.writeOwnedSheets([progress("Tiến độ 5-2025", { rows: [[{ value: "lần 2" }]], merges: [], conditionalFormats: [], dataValidations: [], charts: [], protect: false, tabColor: undefined as never, freeze: { rows: 0, columns: 0 }, columns: [] })]);
    expect(again.written).toEqual(["Tiến độ 5-2025"]);
    const after = excel.sheet("Tiến độ 5-2025");
    expect(after).toBe(sheet);
    expect(after.id).toBe(sheet.id);
    expect(excel.model.names.get("TongKetNap")).toEqual({ sheetId: sheet.id, rect: { top: 5, left: 2, bottom: 5, right: 2 } });
    expect(JSON.parse(String(excel.model.settings.get(REGISTRY_KEY))).owned).toEqual(registryBefore.owned);
    // Nothing of the first run is left behind: cells, formats, merges, rules, charts, protection.
    expect(Array.from(after.cells.keys())).toEqual(["0,0"]);
    expect(excel.cell("Tiến độ 5-2025", "A1")).toMatchObject({ value: "lần 2", format: {} });
    expect(after).toMatchObject({ merges: [], conditionalFormats: [], dataValidations: [], charts: [], protected: false, tabColor: "", freeze: null });
    expect(after.columnWidths.size).toBe(0);
  });

  it("writes several sheets with one Excel.run", async () => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    const host = createExcelHost(excel.env());
    excel.resetCounters();
    await host.writeOwnedSheets([progress("A"), progress("B"), progress("C")]);
    expect(excel.runs).toBe(1);
    // Learn the workbook, add sheets, save the registry, render: four syncs however many sheets.
    expect(excel.syncs).toBeLessThanOrEqual(4);
  });
});

describe("sheet names", () => {
  it("says two templates clashed after shortening, not that the user has such a sheet", async () => {
    const excel = new FakeExcel({ level: "1.7" });
    addAllocationSheet(excel);
    const long = "Mẫu 2025 - Chi bộ Trường Phổ thông Dân tộc Nội trú THCS";
    const books = [`${long} A.xlsx`, `${long} B.xlsx`, "Mẫu 2025 - Xã Ka Đô.xlsx"].map((fileName) => ({ fileName, sheets: [{ name: "Báo cáo", role: "template" as const, rows: [[{ value: 1 }]] }] }));
    const result = await createExcelHost(excel.env()).deliverWorkbooks(books);
    expect(result.written).toEqual(["Chi bộ Trường Phổ thông Dân tộc", "Chi bộ Trường Phổ thông Dân (2)", "Xã Ka Đô"]);
    const clash = result.notes.find((n) => n.en.includes("(2)"));
    expect(clash?.en).toMatch(/^Two output sheets would both be named "Chi bộ Trường Phổ thông Dân tộc"/);
    expect(clash?.vi).toMatch(/^Hai trang tính kết quả có cùng tên/);
    expect(result.notes.map((n) => n.en).join("\n")).not.toMatch(/of yours|already has/);
  });

  it("cleans characters Excel forbids and keeps 31 characters with the suffix", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Báo cáo tổng hợp tiến độ kết nạ");
    const long = "Báo cáo tổng hợp tiến độ kết nạp đảng viên";
    const result = await createExcelHost(excel.env()).writeOwnedSheets([
      { name: "Tổng hợp [5/2025]?", role: "progress", rows: [[{ value: 1 }]] },
      { name: long, role: "findings", rows: [[{ value: 1 }]] },
      { name: long, role: "findings", rows: [[{ value: 2 }]] },
    ]);
    expect(result.written[0]).toBe("Tổng hợp 5 2025");
    // The user's sheet holds the 31-character cut of the long name.
    expect(result.written[1]).toBe("Báo cáo tổng hợp tiến độ kế (2)");
    expect(result.written[2]).toBe("Báo cáo tổng hợp tiến độ kế (3)");
    for (const n of result.written) expect(Array.from(n).length).toBeLessThanOrEqual(31);
  });
});
