import { createExcelHost } from "../../src/excel/excel-host";
import { ExcelHostError, toHostError } from "../../src/excel/office-errors";
import { API_LEVELS, FakeExcel, FakeOfficeError } from "./fake-excel";
import { addAllocationSheet } from "./workbook-fixtures";
import { isTooLargeToRead } from "../../src/host";

describe.each(API_LEVELS)("the Excel host at ExcelApi %s", (level) => {
  const above = (v: number) => ({ "1.7": 7, "1.9": 9, "1.13": 13, latest: 99 })[level] >= v;

  it("lists the limitations of this Excel in Vietnamese and English", () => {
    const host = createExcelHost(new FakeExcel({ level }).env());
    const lines = host.capabilities().limitations.map((l) => l.en).join("\n");
    expect(/ExcelApi 1\.8/.test(lines)).toBe(!above(8));
    expect(/ExcelApi 1\.9/.test(lines)).toBe(!above(9));
    expect(/ExcelApi 1\.13/.test(lines)).toBe(!above(13));
    for (const line of host.capabilities().limitations) {
      expect(line.vi).toMatch(/[ăâđêôơư]/);
      expect(line.en).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(host.capabilities().createWorkbook).toBe(above(8));
  });

  it("waits for cell editing to end only where Excel supports it", async () => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    await createExcelHost(excel.env()).listSheets();
    expect(excel.runOptions).toEqual([{ delayForCellEdit: above(11) }]);
  });

  it("delivers templates as new workbooks where Excel can, else as owned sheets", async () => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    const written: string[] = [];
    const host = createExcelHost(
      excel.env(async (spec) => {
        written.push(spec.fileName ?? "");
        return new TextEncoder().encode(`xlsx:${spec.fileName}`);
      }),
    );
    const books = ["Mẫu BC - Xã Ka Đô.xlsx", "Mẫu BC - Xã Tu Tra.xlsx"].map((fileName) => ({ fileName, sheets: [{ name: "Báo cáo 2025", role: "template" as const, rows: [[{ value: fileName }]] }] }));
    const result = await host.deliverWorkbooks(books);
    if (above(8)) {
      // One window holding every organisation's template, not one window per organisation.
      expect(excel.createdWorkbooks.map((b) => Buffer.from(b, "base64").toString())).toEqual(["xlsx:Mẫu báo cáo PTĐV.xlsx"]);
      expect(result.written).toEqual(["Xã Ka Đô", "Xã Tu Tra"]);
      expect(excel.model.sheets.map((s) => s.name)).toEqual(["Phân bổ"]);
    } else {
      expect(written).toEqual([]);
      expect(result.written).toEqual(["Xã Ka Đô", "Xã Tu Tra"]);
      expect(result.notes[0]?.en).toMatch(/ExcelApi 1\.8/);
      const owned = (await host.listSheets()).filter((s) => s.owned);
      expect(owned.map((s) => s.name)).toEqual(result.written);
      // The pane tells its own alias sheet and templates apart by role, not by a name the user may reuse.
      expect(owned.map((s) => s.role)).toEqual(["template", "template"]);
    }
  });
});

describe("the Excel host", () => {
  it("keeps the target in the workbook and the language per user, loading workbook settings once", async () => {
    const excel = new FakeExcel();
    addAllocationSheet(excel);
    const host = createExcelHost(excel.env());
    await host.setSetting("ptdv.target", "88");
    await host.setSetting("ptdv.lang", "en");
    expect(excel.model.settings.get("ptdv.target")).toBe("88");
    expect(excel.model.settings.has("ptdv.lang")).toBe(false);
    expect(excel.userStorage.get("ptdv.lang")).toBe("en");
    const fresh = createExcelHost(excel.env());
    excel.resetCounters();
    const values = await Promise.all(["ptdv.target", "ptdv.year", "ptdv.lang"].map((k) => fresh.getSetting(k)));
    expect(values).toEqual(["88", undefined, "en"]);
    expect(excel.runs).toBe(1);
  });

  it("suggests the language of Office's UI", () => {
    expect(createExcelHost(new FakeExcel({ displayLanguage: "en-GB" }).env()).preferredLang()).toBe("en");
    expect(createExcelHost(new FakeExcel({ displayLanguage: "vi-VN" }).env()).preferredLang()).toBe("vi");
    expect(createExcelHost(new FakeExcel({ displayLanguage: "fr-FR" }).env()).preferredLang()).toBe("vi");
  });

  it("selects a finding's cell on its sheet and refuses a malformed address with a message", async () => {
    const excel = new FakeExcel();
    addAllocationSheet(excel);
    excel.addSheet("Khác");
    excel.model.activeSheetId = excel.sheet("Khác").id;
    const host = createExcelHost(excel.env());
    await host.selectCell({ name: "Phân bổ" }, "C14");
    expect(excel.model.selection).toEqual({ sheetId: excel.sheet("Phân bổ").id, address: "C14" });
    expect(excel.model.activeSheetId).toBe(excel.sheet("Phân bổ").id);
    await expect(host.selectCell({ name: "Phân bổ" }, "=HYPERLINK()")).rejects.toBeInstanceOf(ExcelHostError);
  });

  it("refuses to jump to a cell on a hidden sheet and leaves the sheet hidden", async () => {
    const excel = new FakeExcel();
    addAllocationSheet(excel);
    excel.addSheet("Ẩn", [["x"]]).visibility = "Hidden";
    const before = excel.snapshot("Ẩn");
    const error = await createExcelHost(excel.env())
      .selectCell({ name: "Ẩn" }, "A1")
      .then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelHostError);
    expect(error).toMatchObject({ code: "SHEET_HIDDEN", text: { vi: expect.stringMatching(/"Ẩn" đang bị ẩn.*bỏ ẩn/), en: expect.stringMatching(/"Ẩn" is hidden; unhide it/) } });
    expect(excel.sheet("Ẩn").visibility).toBe("Hidden");
    expect(excel.snapshot("Ẩn")).toEqual(before);
    expect(excel.model.selection).toBeNull();
  });

  it("tells the size of every sheet in one run so the pane can skip a sheet too large to read", async () => {
    const excel = new FakeExcel();
    addAllocationSheet(excel);
    excel.addSheet("Trống");
    const wide = excel.addSheet("Rộng", [["a"]]);
    wide.cells.set("200,16383", { value: "z", numberFormat: "General", format: {} });
    // Formatting alone does not count as used: only values do.
    excel.addSheet("Chỉ định dạng", [[{ value: "", format: { "fill.color": "#FF0000" } }]]);
    excel.resetCounters();
    const sheets = await createExcelHost(excel.env()).listSheets();
    expect(excel.runs).toBe(1);
    expect(excel.syncs).toBeLessThanOrEqual(2);
    expect(sheets.map((s) => [s.name, s.usedRows, s.usedColumns, isTooLargeToRead(s)])).toEqual([
      ["Phân bổ", 19, 3, false],
      ["Trống", 0, 0, false],
      ["Rộng", 201, 16_384, true],
      ["Chỉ định dạng", 0, 0, false],
    ]);
  });

  it("marks the active and owned sheets in the list", async () => {
    const excel = new FakeExcel();
    addAllocationSheet(excel);
    const host = createExcelHost(excel.env());
    await host.writeOwnedSheets([{ name: "Tiến độ", role: "progress", rows: [[{ value: 1 }]] }]);
    expect(await host.listSheets()).toEqual([
      { name: "Phân bổ", owned: false, usedRows: 19, usedColumns: 3 },
      { name: "Tiến độ", owned: true, role: "progress", active: true, usedRows: 1, usedColumns: 1 },
    ]);
  });

  it("turns Office error codes into clear messages in both languages", async () => {
    const edit = toHostError(new FakeOfficeError("InvalidOperationInCellEditMode", "x"));
    expect(edit.message).toMatch(/chế độ sửa ô.* \/ .*cell-edit mode/);
    expect(toHostError(new FakeOfficeError("SomethingNew", "detail")).message).toMatch(/SomethingNew/);
    expect(toHostError("boom").code).toBe("Unknown");
    const excel = new FakeExcel();
    excel.addSheet("A");
    await expect(createExcelHost(excel.env()).highlight({ sheet: { name: "Đã xóa" }, cells: [] })).rejects.toMatchObject({
      code: "ItemNotFound",
      message: expect.stringMatching(/Không tìm thấy trang tính/),
    });
  });
});
