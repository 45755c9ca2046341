import { createExcelHost } from "../../src/excel/excel-host";
import { ExcelHostError, toHostError } from "../../src/excel/office-errors";
import { API_LEVELS, FakeExcel, FakeOfficeError } from "./fake-excel";
import { addAllocationSheet } from "./workbook-fixtures";

describe.each(API_LEVELS)("the Excel host at ExcelApi %s", (level) => {
  const above = (v: number) => ({ "1.7": 7, "1.9": 9, "1.13": 13, latest: 99 })[level] >= v;

  it("lists the limitations of this Excel in Vietnamese and English", () => {
    const host = createExcelHost(new FakeExcel({ level }).env());
    const lines = host.capabilities().limitations.join("\n");
    expect(/ExcelApi 1\.8/.test(lines)).toBe(!above(8));
    expect(/ExcelApi 1\.9/.test(lines)).toBe(!above(9));
    expect(/ExcelApi 1\.13/.test(lines)).toBe(!above(13));
    for (const line of host.capabilities().limitations) expect(line).toMatch(/[ăâđêôơư].* \/ [A-Za-z]/);
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
      expect(excel.createdWorkbooks.map((b) => Buffer.from(b, "base64").toString())).toEqual(books.map((b) => `xlsx:${b.fileName}`));
      expect(excel.model.sheets.map((s) => s.name)).toEqual(["Phân bổ"]);
    } else {
      expect(written).toEqual([]);
      expect(result.written).toEqual(["Mẫu BC - Xã Ka Đô", "Mẫu BC - Xã Tu Tra"]);
      expect(result.notes[0]).toMatch(/ExcelApi 1\.8/);
      expect((await host.listSheets()).filter((s) => s.owned).map((s) => s.name)).toEqual(result.written);
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

  it("marks the active and owned sheets in the list", async () => {
    const excel = new FakeExcel();
    addAllocationSheet(excel);
    const host = createExcelHost(excel.env());
    await host.writeOwnedSheets([{ name: "Tiến độ", role: "progress", rows: [[{ value: 1 }]] }]);
    expect(await host.listSheets()).toEqual([
      { name: "Phân bổ", owned: false },
      { name: "Tiến độ", owned: true, active: true },
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
