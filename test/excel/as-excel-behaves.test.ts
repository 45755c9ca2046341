/**
 * Issue #15, items 1–4, 7 and 8: the adapter against a fake as strict as Excel
 * where Excel is strict. Each case failed on the adapter before the fix.
 */
import { cellAt } from "../../src/core/grid";
import type { SheetSpec, WorkbookSpec } from "../../src/core/sheet-spec";
import { createExcelHost } from "../../src/excel/excel-host";
import { HIGHLIGHT_FORMULA } from "../../src/excel/highlight";
import { MERGES_UNREAD_NOTE } from "../../src/excel/read-sheets";
import { API_LEVELS, FakeExcel, FakeOfficeError, MAX_MERGED_AREAS, definedNameProblem, sheetNameProblem } from "./fake-excel";
import { addAllocationSheet, SEED_ROWS } from "./workbook-fixtures";

const progress = (rows: SheetSpec["rows"] = [[{ value: "TIẾN ĐỘ" }], [{ value: "Xã Ka Đô" }, { value: 9 }]]): SheetSpec => ({ name: "Tiến độ 5-2025", role: "progress", rows });

describe("merged areas are read in their own step (item 1)", () => {
  it("reads a sheet with more than 512 merged areas as having none, with a note, instead of failing the read", async () => {
    const excel = new FakeExcel({ level: "latest" });
    addAllocationSheet(excel);
    const sheet = excel.sheet("Phân bổ");
    // A form laid out with a merged pair of cells on every row, far below the table.
    for (let r = 0; r <= MAX_MERGED_AREAS; r++) sheet.merges.push({ top: 100 + r, left: 4, bottom: 100 + r, right: 5 });
    sheet.cells.set(`${100 + MAX_MERGED_AREAS},4`, { value: "ghi chú", numberFormat: "General", format: {} });
    const host = createExcelHost(excel.env());
    const [grid] = await host.readSheets([{ name: "Phân bổ" }]);
    expect(grid?.merges).toEqual([]);
    expect(cellAt(grid!, 3, 1).value).toBe(SEED_ROWS[0]![0]);
    expect(host.readNotes()).toEqual([MERGES_UNREAD_NOTE(["Phân bổ"])]);
    expect(host.capabilities().limitations).toContainEqual(MERGES_UNREAD_NOTE(["Phân bổ"]));
    // The next read that can see its merges has nothing to say.
    sheet.merges.splice(1);
    const [again] = await host.readSheets([{ name: "Phân bổ" }]);
    expect(again?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(host.readNotes()).toEqual([]);
  });
});

describe("highlights are found by their own marker (item 2)", () => {
  it("clearing keeps a rule the user added on top after highlighting, even one that looks like ours", async () => {
    const excel = new FakeExcel();
    addAllocationSheet(excel);
    const host = createExcelHost(excel.env());
    await host.highlight({ sheet: { name: "Phân bổ" }, cells: [{ address: "C14", severity: "error" }, { address: "C6", severity: "warning" }] });
    const sheet = excel.sheet("Phân bổ");
    // Excel puts a rule made from its Home tab first: it takes priority (and id) 0.
    sheet.conditionalFormats.unshift({ id: "{user-cf-2}", type: "Custom", rect: { top: 3, left: 1, bottom: 17, right: 1 }, props: { "rule.formula": "=TRUE", "format.fill.color": "#00FF00" } });
    await host.clearHighlight({ name: "Phân bổ" });
    expect(sheet.conditionalFormats.map((c) => c.id)).toEqual(["{user-cf-2}", "{user-cf-1}"]);
  });

  it("writes the marker formula on every highlight rule", async () => {
    const excel = new FakeExcel();
    addAllocationSheet(excel);
    await createExcelHost(excel.env()).highlight({ sheet: { name: "Phân bổ" }, cells: [{ address: "C14", severity: "error" }] });
    const ours = excel.sheet("Phân bổ").conditionalFormats.filter((c) => c.type === "Custom");
    expect(ours.map((c) => c.props["rule.formula"])).toEqual([HIGHLIGHT_FORMULA]);
  });
});

describe("the owned-sheet registry comes first (item 3)", () => {
  it.each(API_LEVELS)("a render that fails half-way leaves no stray sheet, and the next run keeps the plain name (ExcelApi %s)", async (level) => {
    const excel = new FakeExcel({ level });
    addAllocationSheet(excel);
    const host = createExcelHost(excel.env());
    excel.faults.set("Range.values", "GeneralException");
    await expect(host.writeOwnedSheets([progress()])).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Phân bổ"]);
    excel.faults.clear();
    const result = await host.writeOwnedSheets([progress()]);
    expect(result.written).toEqual(["Tiến độ 5-2025"]);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Phân bổ", "Tiến độ 5-2025"]);
  });

  it("a rewrite that fails keeps the earlier output sheet registered, so the next run rewrites it in place", async () => {
    const excel = new FakeExcel();
    addAllocationSheet(excel);
    const host = createExcelHost(excel.env());
    await host.writeOwnedSheets([progress()]);
    const id = excel.sheet("Tiến độ 5-2025").id;
    excel.faults.set("Range.values", "GeneralException");
    await expect(host.writeOwnedSheets([progress()])).rejects.toBeDefined();
    excel.faults.clear();
    expect((await host.writeOwnedSheets([progress()])).written).toEqual(["Tiến độ 5-2025"]);
    expect(excel.sheet("Tiến độ 5-2025").id).toBe(id);
  });
});

describe("template names are scoped to their sheet (item 4)", () => {
  const book = (org: string): WorkbookSpec => ({
    fileName: `Mẫu báo cáo 2025 - ${org}.xlsx`,
    sheets: [{ name: "Báo cáo", role: "template", rows: [[{ value: org }], [{ value: 0 }]], definedNames: { PTDV_ORG_NAME: { top: 0, left: 0, bottom: 0, right: 0 }, PTDV_INPUTS: { top: 1, left: 0, bottom: 1, right: 0 } } }],
  });

  it("gives every template sheet its own PTDV_* names without ExcelApi 1.8, on the first run and the second", async () => {
    const excel = new FakeExcel({ level: "1.7" });
    addAllocationSheet(excel);
    const host = createExcelHost(excel.env());
    for (let run = 0; run < 2; run++) {
      const result = await host.deliverWorkbooks([book("Xã Ka Đô"), book("Xã Ka Đơn")]);
      expect(result.written).toEqual(["Xã Ka Đô", "Xã Ka Đơn"]);
      for (const name of result.written) {
        const scoped = excel.model.sheetNames.get(excel.sheet(name).id);
        expect({ name, names: Object.fromEntries(scoped ?? []) }).toEqual({ name, names: { PTDV_ORG_NAME: { top: 0, left: 0, bottom: 0, right: 0 }, PTDV_INPUTS: { top: 1, left: 0, bottom: 1, right: 0 } } });
      }
      // The user's workbook-level names are not the add-in's business.
      expect(excel.model.names.size).toBe(0);
    }
  });
});

describe("Excel on the web's 5 MB limit (item 7)", () => {
  it("halves the block and reads again when a response is refused as too large", async () => {
    const reference = new FakeExcel();
    addAllocationSheet(reference);
    const [expected] = await createExcelHost(reference.env()).readSheets([{ name: "Phân bổ" }]);

    const excel = new FakeExcel();
    addAllocationSheet(excel);
    // A limit the first round overshoots but a few rows fit, like a wide sheet of long text against 5 MB.
    excel.responseLimitBytes = 1500;
    const [grid] = await createExcelHost(excel.env()).readSheets([{ name: "Phân bổ" }]);
    expect(grid).toEqual(expected);
  });
});

describe("the fake is as strict as Excel (item 8)", () => {
  it("refuses the sheet names Excel refuses", () => {
    for (const bad of ["'Kết nạp", "Kết nạp'", "History", "HISTORY", "a".repeat(32), "Tháng [5]", "5/2025", "a:b", "a*b", "a?b", "a\\b", ""]) {
      expect({ bad, problem: sheetNameProblem(bad) }).not.toEqual({ bad, problem: null });
      expect(() => new FakeExcel().addSheet(bad)).toThrow(FakeOfficeError);
    }
    for (const good of ["Ea H'Leo", "History 2025", "a".repeat(31), "Tiến độ (2)"]) expect(sheetNameProblem(good)).toBeNull();
  });

  it("refuses the defined names Excel refuses", () => {
    for (const bad of ["1abc", "A1", "xfd1048576", "R1C1", "r", "C", "có dấu cách", "a-b", "", "x".repeat(256)]) expect({ bad, problem: definedNameProblem(bad) }).not.toEqual({ bad, problem: null });
    for (const good of ["PTDV_INPUTS", "_x", "\\tên", "Tên.hợp_lệ", "XFE1", "A1B"]) expect({ good, problem: definedNameProblem(good) }).toEqual({ good, problem: null });
  });

  it("enforces protection: edits and a second protect() are refused", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Khóa", [["x"]]).protected = true;
    const env = excel.env();
    await expect(
      env.run(async (context) => {
        context.workbook.worksheets.getItem("Khóa").getRange("A1").values = [["y"]];
        await context.sync();
      }, { delayForCellEdit: false }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      env.run(async (context) => {
        context.workbook.worksheets.getItem("Khóa").protection.protect();
        await context.sync();
      }, { delayForCellEdit: false }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(excel.cell("Khóa", "A1")?.value).toBe("x");
  });

  it("refuses more than 512 merged areas, numbers conditional formats by position, and reads null objects' properties as undefined", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Gộp", [["x"]]);
    for (let r = 0; r <= MAX_MERGED_AREAS; r++) sheet.merges.push({ top: r, left: 0, bottom: r, right: 1 });
    sheet.conditionalFormats.push({ id: "{a}", type: "Custom", rect: { top: 0, left: 0, bottom: 0, right: 0 }, props: {} }, { id: "{b}", type: "Custom", rect: { top: 0, left: 0, bottom: 0, right: 0 }, props: {} });
    const env = excel.env();
    await expect(
      env.run(async (context) => {
        context.workbook.worksheets.getItem("Gộp").getRange("A1:B600").getMergedAreasOrNullObject().load("address");
        await context.sync();
      }, { delayForCellEdit: false }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    const ids = await env.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Gộp").getRange("A1").conditionalFormats.load("items/id");
      await context.sync();
      return formats.items.map((f) => f.id);
    }, { delayForCellEdit: false });
    expect(ids).toEqual(["0", "1"]);
    const missing = await env.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject("Không có");
      ws.load("name");
      await context.sync();
      return { isNull: ws.isNullObject, name: ws.name as string | undefined };
    }, { delayForCellEdit: false });
    expect(missing).toEqual({ isNull: true, name: undefined });
  });
});
