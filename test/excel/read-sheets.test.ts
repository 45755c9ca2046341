import { createExcelHost } from "../../src/excel/excel-host";
import { MAX_USED_ROWS, parseAreasAddress, rowBlocks } from "../../src/excel/read-sheets";
import { cellAt } from "../../src/core/grid";
import { API_LEVELS, FakeExcel, FakeRequestContext } from "./fake-excel";
import { addAllocationSheet, addReportSheet, SEED_ROWS } from "./workbook-fixtures";

describe("the fake enforces Office.js load/sync rules", () => {
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
     this test breaks the rules on purpose to show the fake enforces them */
  it("throws when a property is read before load and sync, and shows values set only after sync", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A", [["x"]]);
    const context = new FakeRequestContext(excel);
    const range = context.workbook.worksheets.getItem("A").getRange("A1");
    expect(() => range.values).toThrow(/not available/);
    range.load("values");
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.values).toEqual([["x"]]);
    range.values = [["y"]];
    expect(excel.cell("A", "A1")?.value).toBe("x");
    expect(range.values).toEqual([["x"]]);
    await context.sync();
    expect(excel.cell("A", "A1")?.value).toBe("y");
    expect(context.syncCount).toBe(2);
  });
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

  it("turns text written into a General cell into a formula, like Excel does", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A");
    const context = new FakeRequestContext(excel);
    context.workbook.worksheets.getItem("A").getRange("A1:B1").values = [["=1+1", "09"]];
    await context.sync();
    expect(excel.cell("A", "A1")?.formula).toBe("1+1");
    expect(excel.cell("A", "B1")?.value).toBe(9);
  });
});

describe.each(API_LEVELS)("reading sheets at ExcelApi %s", (level) => {
  it("reads the allocation sheet for a check in one Excel.run and at most 2 syncs (3 with merged areas)", async () => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    const host = createExcelHost(excel.env());
    excel.resetCounters();
    const [grid] = await host.readSheets([{ name: "Phân bổ" }]);
    expect(excel.runs).toBe(1);
    // Merged areas come in a step of their own where Excel can report them (one sheet with too many must not fail the read).
    expect(excel.syncs).toBeLessThanOrEqual(2 + (excel.isSetSupported("ExcelApi", "1.13") ? 1 : 0));
    expect(grid!.name).toBe("Phân bổ");
    expect(cellAt(grid!, 3, 1).value).toBe(SEED_ROWS[0]![0]);
    // "09" stored as text stays text; 3 with format 00 shows as "03".
    expect(cellAt(grid!, 5, 2)).toMatchObject({ value: "09", numFmt: "@" });
    expect(cellAt(grid!, 3, 2)).toMatchObject({ value: 3, text: "03", numFmt: "00" });
    expect(cellAt(grid!, 18, 2)).toMatchObject({ value: 73, formula: "SUM(C4:C18)" });
    expect(cellAt(grid!, 2, 0).font).toBeUndefined(); // column A mixes fonts
    expect(cellAt(grid!, 4, 1).font).toBeUndefined();
  });

  it.each([1, 10, 100, 200])("reads %i report sheets in at most 4 syncs", async (n) => {
    const excel = new FakeExcel({ level });
    const refs = [];
    for (let i = 0; i < n; i++) {
      addReportSheet(excel, `BC ${i + 1}`, SEED_ROWS[i % SEED_ROWS.length]![0], [
        [1, 1],
        [2, 0],
        [3, 2],
      ]);
      refs.push({ name: `BC ${i + 1}` });
    }
    const host = createExcelHost(excel.env());
    excel.resetCounters();
    const grids = await host.readSheets(refs);
    expect(excel.syncs).toBeLessThanOrEqual(4);
    expect(excel.runs).toBe(1);
    expect(grids.map((g) => g.name)).toEqual(refs.map((r) => r.name));
    expect(cellAt(grids[n - 1]!, 5, 2).value).toBe(2);
  });

  it("reports merged cells only where Excel can tell them (ExcelApi 1.13)", async () => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    const [grid] = await createExcelHost(excel.env()).readSheets([{ name: "Phân bổ" }]);
    const expected = level === "1.13" || level === "latest" ? [{ top: 0, left: 0, bottom: 0, right: 2 }] : [];
    expect(grid!.merges).toEqual(expected);
  });
});

describe("big and odd sheets", () => {
  it("reads a 60,000-row sheet in row blocks whose responses each stay under 5 MB", async () => {
    const excel = new FakeExcel();
    const rows = Array.from({ length: 60_000 }, (_, i) => [`Đơn vị số ${i + 1} có tên khá dài`, i, i * 2, "ghi chú"]);
    excel.addSheet("Lớn", rows);
    const grids = await createExcelHost(excel.env()).readSheets([{ name: "Lớn" }]);
    expect(grids[0]!.rows).toHaveLength(60_000);
    expect(cellAt(grids[0]!, 59_999, 1).value).toBe(59_999);
    expect(excel.syncs).toBeGreaterThan(2);
  });

  it(`refuses a sheet over ${MAX_USED_ROWS} used rows with a clear bilingual message`, async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Quá lớn", [["a"]]);
    sheet.cells.set(`${MAX_USED_ROWS + 5},0`, { value: "z", numberFormat: "General", format: {} });
    await expect(createExcelHost(excel.env()).readSheets([{ name: "Quá lớn" }])).rejects.toMatchObject({
      code: "SHEET_TOO_LARGE",
      message: expect.stringMatching(/Quá lớn.*100\.000 dòng.*100,000-row limit/s),
    });
  });

  it("refuses a sheet with too many cells even when it has few rows, before reading any cell", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Nhỏ", [["a"]]);
    const sheet = excel.addSheet("Rộng quá", [["a"]]);
    // 99,999 rows × 200 columns: under the row limit, but 20 million cells.
    sheet.cells.set("99998,199", { value: "z", numberFormat: "General", format: {} });
    excel.resetCounters();
    await expect(createExcelHost(excel.env()).readSheets([{ name: "Nhỏ" }, { name: "Rộng quá" }])).rejects.toMatchObject({
      code: "SHEET_TOO_LARGE",
      message: expect.stringMatching(/Rộng quá.*99\.999 dòng × 200 cột.*2\.000\.000 ô.*2,000,000-cell limit/s),
    });
    expect(excel.syncs).toBe(1);
  });

  it("keeps each response under 5 MB when every cell holds long Vietnamese text", async () => {
    const excel = new FakeExcel();
    const note = "Chi bộ đã họp xét, đề nghị kết nạp quần chúng ưu tú vào Đảng";
    const rows = Array.from({ length: 12_000 }, (_, i) => [`${note} ${i}`, `${note} (a)`, `${note} (b)`, `${note} (c)`, `${note} (d)`]);
    excel.addSheet("Ghi chú dài", rows);
    const [grid] = await createExcelHost(excel.env()).readSheets([{ name: "Ghi chú dài" }]);
    expect(grid!.rows).toHaveLength(12_000);
    expect(cellAt(grid!, 11_999, 0).value).toBe(`${note} 11999`);
  });

  it("reads text that starts with = as text, and a real formula as a formula", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Ghi chú", [["=gọi điện cho xã Ka Đơn", { value: 7, formula: "3+4" }, { value: "=1+1", numberFormat: "@" }]]);
    const [grid] = await createExcelHost(excel.env()).readSheets([{ name: "Ghi chú" }]);
    expect(cellAt(grid!, 0, 0).value).toBe("=gọi điện cho xã Ka Đơn");
    expect(cellAt(grid!, 0, 0).formula).toBeUndefined();
    expect(cellAt(grid!, 0, 1)).toMatchObject({ value: 7, formula: "3+4" });
    expect(cellAt(grid!, 0, 2).formula).toBeUndefined();
    expect(cellAt(grid!, 0, 2).value).toBe("=1+1");
  });

  it("returns an empty grid for an empty sheet and keeps legacy font names per column", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Trống");
    excel.addSheet("TCVN3", [[{ value: "§¶ng bé x· Ka §«", format: { "font.name": ".VnTime" } }, 3]]);
    const [empty, legacy] = await createExcelHost(excel.env()).readSheets([{ name: "Trống" }, { name: "TCVN3" }]);
    expect(empty).toMatchObject({ name: "Trống", rows: [], merges: [] });
    expect(cellAt(legacy!, 0, 0)).toMatchObject({ value: "§¶ng bé x· Ka §«", font: ".VnTime" });
    expect(cellAt(legacy!, 0, 1).font).toBe("Calibri");
  });

  it("says which sheet is missing instead of failing silently", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A");
    await expect(createExcelHost(excel.env()).readSheets([{ name: "Không có" }])).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("splits rows into blocks and parses merged-area addresses with quoted sheet names", () => {
    expect(rowBlocks(10, 4, 12)).toEqual([
      { first: 0, count: 3 },
      { first: 3, count: 3 },
      { first: 6, count: 3 },
      { first: 9, count: 1 },
    ]);
    expect(parseAreasAddress("'Phân bổ (2)'!A1:C1,'Phân bổ (2)'!$B$4")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 3, left: 1, bottom: 3, right: 1 },
    ]);
  });
});
