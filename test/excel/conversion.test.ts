import { isDateFormat, toCell } from "../../src/excel/cell-conversion";
import { cellMatrices, columnWidthPoints } from "../../src/excel/render-sheet";
import { groupStyles } from "../../src/excel/style-groups";
import { uniqueSheetName } from "../../src/excel/sheet-names";

const raw = (value: unknown, numberFormat = "General", text?: string, formula: unknown = value) => ({ value, numberFormat, text: text ?? String(value), formula, font: undefined });

describe("Office.js arrays to engine cells", () => {
  it("keeps error values apart from text that looks like one", () => {
    expect(toCell(raw("#REF!"))).toEqual({ value: { error: "#REF!" } });
    expect(toCell(raw("#REF!", "@"))).toEqual({ value: "#REF!", numFmt: "@" });
  });

  it("turns date serials into dates only under a date format", () => {
    expect(toCell(raw(45658, "dd/mm/yyyy", "01/01/2025"))?.value).toEqual(new Date(Date.UTC(2025, 0, 1)));
    expect(toCell(raw(45658, "0"))?.value).toBe(45658);
    expect(isDateFormat('"Tháng" m/yyyy')).toBe(true);
    expect(isDateFormat("[Red]0.00")).toBe(false);
  });

  it("treats empty strings as empty cells, keeps formulas and the displayed text", () => {
    expect(toCell(raw("", "General", "", ""))).toBeUndefined();
    expect(toCell(raw(9, "00", "09", "=3*3"))).toEqual({ value: 9, text: "09", numFmt: "00", formula: "3*3" });
  });
});

describe("sheet rendering helpers", () => {
  it("gives every plain string the text format and leaves formulas and numbers alone", () => {
    const { values, formats } = cellMatrices({
      name: "x",
      role: "progress",
      rows: [[{ value: "=1+1" }, { value: 5, style: { numFmt: "0" } }, { value: 5, formula: "2+3" }], [null]],
    });
    expect(values).toEqual([["=1+1", 5, 5], ["", "", ""]]);
    expect(formats).toEqual([["@", "0", "General"], ["General", "General", "General"]]);
  });

  it("groups identical styles into rectangles", () => {
    const header = { value: "h", style: { border: true, fill: "#EEEEEE" } };
    const body = { value: 1, style: { border: true, numFmt: "0" } };
    const groups = groupStyles([
      [header, header, header],
      [body, body, body],
      [body, body, body],
    ]);
    expect(groups.map((g) => g.ranges)).toEqual([[{ top: 0, left: 0, bottom: 0, right: 2 }], [{ top: 1, left: 0, bottom: 2, right: 2 }]]);
  });

  it("converts Excel character widths to points and numbers clashing names upwards", () => {
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
    const taken = new Set(["tiến độ", "tiến độ (2)"]);
    expect(uniqueSheetName("Tiến độ", (n) => taken.has(n.toLowerCase()))).toBe("Tiến độ (3)");
  });
});
