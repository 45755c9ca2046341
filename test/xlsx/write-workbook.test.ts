/** writeWorkbook checked by reading its output back with openpyxl (independent) and with our own reader. */
import type { WorkbookSpec } from "../../src/core/sheet-spec";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { safeSheetName, shiftFormula, writeWorkbook } from "../../src/xlsx/write-workbook";
import { readWithOpenpyxl } from "./openpyxl";

const range = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

const SPEC: WorkbookSpec = {
  fileName: "test.xlsx",
  properties: { title: "Tiến độ", creator: "PTĐV test" },
  sheets: [
    {
      name: "Tiến độ kết nạp",
      role: "progress",
      tabColor: "#C00000",
      columns: [{ width: 6 }, { width: 40 }, { width: 12 }, { width: 12, hidden: true }],
      rowHeights: { 0: 30 },
      rows: [
        [{ value: "PHÂN BỔ CHỈ TIÊU", style: { font: { bold: true, name: "Times New Roman", size: 14 }, horizontal: "center" } }],
        [
          { value: "STT", style: { border: true, fill: "#D9E1F2" } },
          { value: "Tên TCCSĐ", style: { border: true, wrap: true } },
          { value: "Chỉ tiêu", style: { border: true } },
        ],
        [{ value: 1, style: { numFmt: "00" } }, { value: "=HYPERLINK(\"http://evil\",\"x\")" }, { value: 3, style: { locked: false } }],
        [{ value: 2, style: { numFmt: "00" } }, { value: "+84 123" }, { value: 5, style: { locked: false } }],
        [{ value: 3, style: { numFmt: "00" } }, { value: "@SUM(A1)" }, { value: 1, style: { locked: false } }],
        [{ value: 4, style: { numFmt: "00" } }, { value: "-1+2" }, { value: 0, style: { locked: false } }],
        [null, { value: "Tổng cộng" }, { value: 9, formula: "SUM(C3:C6)" }],
      ],
      merges: [range(0, 0, 0, 2)],
      freeze: { rows: 2, columns: 1 },
      print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: 1, last: 1 }, centerHorizontally: true },
      protect: true,
      definedNames: { TongChiTieu: range(6, 2, 6, 2), DanhSach: range(2, 1, 5, 1) },
      dataValidations: [{ range: range(2, 2, 5, 2), type: "wholeNumber", min: 0, max: "D3", errorTitle: "Sai", errorMessage: "Nhập số nguyên" }],
      conditionalFormats: [
        { kind: "cellValue", range: range(2, 2, 5, 2), operator: "lessThan", values: [1], style: { fill: "#FFC7CE", fontColor: "#9C0006" } },
        { kind: "dataBar", range: range(2, 2, 5, 2), color: "#5B9BD5", min: 0, max: 10 },
        { kind: "textEquals", range: range(2, 1, 5, 1), text: 'say "hi"', style: { bold: true } },
      ],
    },
    { name: "Bad:name/with*chars?and a very long tail beyond 31", role: "findings", rows: [[{ value: "x" }]] },
  ],
};

describe("writeWorkbook", () => {
  let written: Uint8Array;
  beforeAll(async () => {
    written = await writeWorkbook(SPEC);
  });

  test("text that looks like a formula is written as a string, and only SpecCell.formula makes a formula", () => {
    const book = readWithOpenpyxl(written);
    const cells = book.sheets[0]!.cells;
    expect(cells["B3"]).toMatchObject({ value: '=HYPERLINK("http://evil","x")', type: "s" });
    expect(cells["B4"]).toMatchObject({ value: "+84 123", type: "s" });
    expect(cells["B5"]).toMatchObject({ value: "@SUM(A1)", type: "s" });
    expect(cells["B6"]).toMatchObject({ value: "-1+2", type: "s" });
    expect(cells["C7"]).toMatchObject({ value: "=SUM(C3:C6)", type: "f" });
  });

  test("styles, number formats, merges, widths, heights and lock state survive", () => {
    const s = readWithOpenpyxl(written).sheets[0]!;
    expect(s.cells["A1"]).toMatchObject({ bold: true, font: "Times New Roman", horizontal: "center" });
    expect(s.cells["A2"]).toMatchObject({ fill: "FFD9E1F2", border: "thin" });
    expect(s.cells["B2"]!.wrap).toBe(true);
    expect(s.cells["A3"]!.numFmt).toBe("00");
    expect(s.cells["C3"]!.locked).toBe(false);
    expect(s.cells["B3"]!.locked).toBe(true);
    expect(s.merges).toEqual(["A1:C1"]);
    expect(s.widths["B"]).toBe(40);
    expect(s.heights["1"]).toBe(30);
  });

  test("freeze panes, A4 landscape fit to one page wide with repeated header rows, protection without password, tab colour", () => {
    const s = readWithOpenpyxl(written).sheets[0]!;
    expect(s.freeze).toBe("B3");
    expect(s.orientation).toBe("landscape");
    expect(Number(s.paperSize)).toBe(9);
    expect(s.fitToPage).toBe(true);
    expect(s.fitToWidth).toBe(1);
    expect(s.fitToHeight).toBe(0);
    expect(s.printTitleRows).toBe("$2:$2");
    expect(s.protected).toBe(true);
    expect(s.password).toBeNull();
    expect(s.tabColor).toBe("FFC00000");
  });

  test("data validation with a relative formula maximum and conditional formats are written", () => {
    const s = readWithOpenpyxl(written).sheets[0]!;
    // An absent operator means "between" in OOXML, and ExcelJS leaves the default out.
    const dvs = s.validations.map((d) => [d.sqref, d.type, d.operator ?? "between", d.f1, d.f2]).sort();
    expect(dvs).toEqual([
      ["C3", "whole", "between", "0", "D3"],
      ["C4", "whole", "between", "0", "D4"],
      ["C5", "whole", "between", "0", "D5"],
      ["C6", "whole", "between", "0", "D6"],
    ]);
    expect(s.conditional.map((c) => [c.sqref, c.type, c.operator, c.formula])).toEqual(
      expect.arrayContaining([
        ["C3:C6", "cellIs", "lessThan", ["1"]],
        ["C3:C6", "dataBar", null, []],
        ["B3:B6", "cellIs", "equal", ['"say ""hi"""']],
      ]),
    );
  });

  test("defined names point at the right sheet and cells; workbook properties are set", () => {
    const book = readWithOpenpyxl(written);
    expect(book.names["TongChiTieu"]).toBe("'Tiến độ kết nạp'!$C$7");
    expect(book.names["DanhSach"]).toBe("'Tiến độ kết nạp'!$B$3:$B$6");
    expect(book.title).toBe("Tiến độ");
    expect(book.creator).toBe("PTĐV test");
  });

  test("sheet names Excel would refuse are made valid and unique", () => {
    const book = readWithOpenpyxl(written);
    expect(book.sheets[1]!.name).toBe("Bad-name-with-chars-and a very ");
    const taken = new Set<string>();
    expect([safeSheetName("A", taken), safeSheetName("a", taken), safeSheetName("", taken)]).toEqual(["A", "a (2)", "Sheet"]);
  });

  test("our reader reads the written workbook back: cached formula result, 00 text, defined names", async () => {
    const read = await readWorkbook(written, "test.xlsx");
    if (!read.ok) throw new Error(read.problem.message.en);
    const g = read.grids[0]!;
    expect(g.rows[2]![0]).toMatchObject({ value: 1, text: "01", numFmt: "00" });
    expect(g.rows[6]![2]).toMatchObject({ value: 9, formula: "SUM(C3:C6)" });
    expect(g.rows[2]![1]).toMatchObject({ value: '=HYPERLINK("http://evil","x")' });
    expect(g.rows[2]![1]!.formula).toBeUndefined();
    expect(g.definedNames).toEqual({ TongChiTieu: range(6, 2, 6, 2), DanhSach: range(2, 1, 5, 1) });
    expect(g.merges).toEqual([range(0, 0, 0, 2)]);
  });

  test("relative references in a validation formula move with the cell, absolute ones stay", () => {
    expect(shiftFormula("C8", 2, 0)).toBe("C10");
    expect(shiftFormula("$C$8+D1", 1, 1)).toBe("$C$8+E2");
    expect(shiftFormula('LOG10(C1)&"A1"', 1, 0)).toBe('LOG10(C2)&"A1"');
  });
});
