import { FIRST_ADMISSION_YEAR, parseAdmissionYear, parseHasSources, parseWhole } from "../../src/core/branches/parse-cells";
import type { Cell, CellValue } from "../../src/core/grid";

const cell = (value: CellValue, text?: string): Cell => (text === undefined ? { value } : { value, text });

describe("whole numbers in a chi bộ row", () => {
  it.each<[CellValue, number]>([
    [0, 0],
    [12, 12],
    [100000, 100000],
    ["12", 12],
    [" 12 ", 12],
    ["1\u00A0250", 1250],
    ["1.250", 1250],
    ["100.000", 100000],
    ["000012", 12],
  ])("reads %p as %i", (value, n) => {
    expect(parseWhole(cell(value))).toEqual({ status: "ok", value: n });
  });

  it.each<CellValue>([null, "", "   ", "-", "–", "—", "."])("takes %p for blank, as paper forms write none", (value) => {
    expect(parseWhole(cell(value))).toEqual({ status: "blank" });
  });

  it.each<[CellValue, string]>([
    [-1, "-1"],
    [1.5, "1.5"],
    [100001, "100001"],
    [Number.NaN, "NaN"],
    ["100001", "100001"],
    ["100.001", "100.001"],
    ["1234567", "1234567"],
    ["1.25", "1.25"],
    ["1,250", "1,250"],
    ["12a", "12a"],
    [" mười ", "mười"],
    ["--", "--"],
    ["-5", "-5"],
    [true, "true"],
    [{ error: "#REF!" }, "#REF!"],
  ])("refuses %p, showing %p", (value, shown) => {
    expect(parseWhole(cell(value))).toEqual({ status: "invalid", shown });
  });

  it("shows a date it refuses as the person saw it", () => {
    expect(parseWhole(cell(new Date(Date.UTC(2024, 0, 2))))).toEqual({ status: "invalid", shown: "2024-01-02" });
    expect(parseWhole(cell(new Date(Date.UTC(2024, 0, 2)), "02/01/2024"))).toEqual({ status: "invalid", shown: "02/01/2024" });
  });
});

describe("the year of the last admission", () => {
  it("runs from the Party's founding to the report year, both included", () => {
    expect(FIRST_ADMISSION_YEAR).toBe(1930);
    expect(parseAdmissionYear(cell(1930), 2025)).toEqual({ status: "ok", value: 1930 });
    expect(parseAdmissionYear(cell(2025), 2025)).toEqual({ status: "ok", value: 2025 });
    expect(parseAdmissionYear(cell("2021"), 2025)).toEqual({ status: "ok", value: 2021 });
    expect(parseAdmissionYear(cell(1929), 2025)).toEqual({ status: "invalid", shown: "1929" });
    expect(parseAdmissionYear(cell(2026), 2025)).toEqual({ status: "invalid", shown: "2026" });
    expect(parseAdmissionYear(cell(" 2026 "), 2025)).toEqual({ status: "invalid", shown: "2026" });
  });

  it("shows a refused year as the cell displayed it", () => {
    expect(parseAdmissionYear(cell(1929, "1.929"), 2025)).toEqual({ status: "invalid", shown: "1.929" });
    expect(parseAdmissionYear(cell(5, "  "), 2025)).toEqual({ status: "invalid", shown: "5" });
  });

  it("takes the year of a date, within the same bounds", () => {
    expect(parseAdmissionYear(cell(new Date(Date.UTC(2021, 5, 1))), 2025)).toEqual({ status: "ok", value: 2021 });
    expect(parseAdmissionYear(cell(new Date(Date.UTC(1930, 0, 1))), 2025)).toEqual({ status: "ok", value: 1930 });
    expect(parseAdmissionYear(cell(new Date(Date.UTC(2025, 11, 31))), 2025)).toEqual({ status: "ok", value: 2025 });
    expect(parseAdmissionYear(cell(new Date(Date.UTC(1929, 11, 31))), 2025)).toEqual({ status: "invalid", shown: "1929" });
    expect(parseAdmissionYear(cell(new Date(Date.UTC(2026, 0, 1))), 2025)).toEqual({ status: "invalid", shown: "2026" });
    expect(parseAdmissionYear(cell(new Date(Number.NaN)), 2025)).toEqual({ status: "invalid", shown: "" });
  });

  it("passes blanks and unreadable numbers on as they are", () => {
    expect(parseAdmissionYear(cell(null), 2025)).toEqual({ status: "blank" });
    expect(parseAdmissionYear(cell("-"), 2025)).toEqual({ status: "blank" });
    expect(parseAdmissionYear(cell("năm 2020"), 2025)).toEqual({ status: "invalid", shown: "năm 2020" });
  });
});

describe("“Còn nguồn” typed loosely", () => {
  it.each<[CellValue, boolean | null]>([
    [null, null],
    [true, true],
    [false, false],
    [3, true],
    [0, false],
    [-1, false],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    ["Có", true],
    ["có", true],
    ["C", true],
    ["x", true],
    ["X", true],
    ["Yes", true],
    ["Còn", true],
    ["Còn nguồn", true],
    ["Có nguồn", true],
    ["TRUE", true],
    ["v", true],
    ["Không", false],
    ["K", false],
    ["ko", false],
    ["No", false],
    ["n", false],
    ["Hết", false],
    ["Hết nguồn", false],
    ["Không còn", false],
    ["Không còn nguồn", false],
    ["false", false],
    ["2 quần chúng", true],
    ["0 người", false],
    ["  có.  ", true],
    ["", null],
    ["   ", null],
    ["?", null],
    ["chưa rõ", null],
    ["cóc", null],
    ["không có", null],
    ["có nguồn rồi", null],
    ["a2", null],
  ])("reads %p as %p", (value, has) => {
    expect(parseHasSources(cell(value))).toBe(has);
  });

  it("reads what the cell shows, and an error value as not understood", () => {
    expect(parseHasSources(cell({ error: "#N/A" }))).toBeNull();
    expect(parseHasSources(cell("", "Có"))).toBe(true);
  });
});
