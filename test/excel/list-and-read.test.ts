import { createExcelHost } from "../../src/excel/excel-host";
import { cellAt } from "../../src/core/grid";
import { isTooLargeToRead } from "../../src/host";
import { API_LEVELS, FakeExcel } from "./fake-excel";
import { addAllocationSheet, SEED_ROWS } from "./workbook-fixtures";

describe.each(API_LEVELS)("listing and reading in one batch at ExcelApi %s", (level) => {
  it("lists the workbook and reads the allocation sheet for a check in one Excel.run and at most 2 syncs (3 with merged areas)", async () => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    excel.addSheet("Ghi chú", [["x", "y"], ["z"]]);
    const host = createExcelHost(excel.env());
    const listed = await host.listSheets();
    excel.resetCounters();

    const { sheets, grids } = await host.listAndReadSheets!([{ name: "Phân bổ" }]);

    expect(excel.runs).toBe(1);
    expect(excel.syncs).toBeLessThanOrEqual(2 + (excel.isSetSupported("ExcelApi", "1.13") ? 1 : 0));
    // The same list, sizes included, that listSheets gives.
    expect(sheets).toEqual(listed);
    expect(sheets.find((s) => s.name === "Ghi chú")).toMatchObject({ usedRows: 2, usedColumns: 2 });
    expect(grids).toHaveLength(1);
    expect(grids[0]!.name).toBe("Phân bổ");
    expect(cellAt(grids[0]!, 3, 1).value).toBe(SEED_ROWS[0]![0]);
    expect(cellAt(grids[0]!, 3, 2)).toMatchObject({ value: 3, text: "03", numFmt: "00" });
  });
});

describe("listing and reading in one batch", () => {
  it("gives null for a requested sheet deleted since the pane listed it, and still lists the others", async () => {
    const excel = new FakeExcel();
    addAllocationSheet(excel);
    excel.addSheet("Tạm", [["a"]]);
    const host = createExcelHost(excel.env());
    excel.model.sheets = excel.model.sheets.filter((s) => s.name !== "Tạm");
    excel.resetCounters();

    const { sheets, grids } = await host.listAndReadSheets!([{ name: "Tạm" }, { name: "Phân bổ" }]);

    expect(grids[0]).toBeNull();
    expect(grids[1]!.name).toBe("Phân bổ");
    expect(sheets.map((s) => s.name)).toEqual(["Phân bổ"]);
    expect(excel.runs).toBe(1);
    expect(excel.syncs).toBeLessThanOrEqual(2 + (excel.isSetSupported("ExcelApi", "1.13") ? 1 : 0));
  });

  it("gives null for a too-large sheet without asking for its cells, and lists its size", async () => {
    const excel = new FakeExcel();
    addAllocationSheet(excel);
    const wide = excel.addSheet("Rộng quá", [["a"]]);
    // 99,999 rows × 200 columns: loading its cells would blow the fake's 5 MB response limit.
    wide.cells.set("99998,199", { value: "z", numberFormat: "General", format: {} });
    const host = createExcelHost(excel.env());
    excel.resetCounters();

    const { sheets, grids } = await host.listAndReadSheets!([{ name: "Rộng quá" }, { name: "Phân bổ" }]);

    expect(grids[0]).toBeNull();
    expect(grids[1]!.name).toBe("Phân bổ");
    const info = sheets.find((s) => s.name === "Rộng quá")!;
    expect(info).toMatchObject({ usedRows: 99_999, usedColumns: 200 });
    expect(isTooLargeToRead(info)).toBe(true);
    expect(excel.syncs).toBeLessThanOrEqual(2 + (excel.isSetSupported("ExcelApi", "1.13") ? 1 : 0));
  });

  it("reads an empty requested sheet as an empty grid, not as gone", async () => {
    const excel = new FakeExcel();
    addAllocationSheet(excel);
    excel.addSheet("Trống");
    const { grids } = await createExcelHost(excel.env()).listAndReadSheets!([{ name: "Trống" }]);
    expect(grids[0]).toMatchObject({ name: "Trống", rows: [] });
  });
});
