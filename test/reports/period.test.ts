import { parsePeriodArgument, parsePeriodCell, parsePeriodText } from "../../src/core/reports/period";
import { parseCount } from "../../src/core/reports/count";

describe("report month cells", () => {
  it.each([
    ["5", null, 5],
    ["05", null, 5],
    ["T5", null, 5],
    ["Tháng 5", null, 5],
    ["tháng 05", null, 5],
    ["THÁNG 12", null, 12],
    ["5/2025", 2025, 5],
    ["05/2025", 2025, 5],
    ["2025-05", 2025, 5],
    ["T5/2025", 2025, 5],
    ["T05-2025", 2025, 5],
    ["Tháng 5/2025", 2025, 5],
    ["tháng 5 năm 2025", 2025, 5],
    ["31/05/2025", 2025, 5],
    ["2025-05-01", 2025, 5],
    [" 5 / 2025 ", 2025, 5],
  ])("reads %p as month %p-%p", (text, year, month) => {
    expect(parsePeriodText(text)).toEqual({ status: "ok", year, month });
  });

  it.each(["13/2025", "0", "T13", "tháng năm", "abc", "5.5", "2025", "32/05/2025", "5/25"])("rejects %p", (text) => {
    expect(parsePeriodText(text).status).toBe("invalid");
  });

  it("reads a date cell by the month Excel shows, whatever the time of day", () => {
    expect(parsePeriodCell({ value: new Date(Date.UTC(2025, 4, 1)) })).toEqual({ status: "ok", year: 2025, month: 5 });
    // 31/05/2025 17:00 in the sheet is still May: readers give the sheet's clock as UTC.
    expect(parsePeriodCell({ value: new Date(Date.UTC(2025, 4, 31, 17)) })).toEqual({ status: "ok", year: 2025, month: 5 });
    expect(parsePeriodCell({ value: new Date(Date.UTC(2025, 11, 31, 23, 59)) })).toEqual({ status: "ok", year: 2025, month: 12 });
  });

  it("reads a date serial with a time by its day, not the nearest day", () => {
    // 45808.75 = 31/05/2025 18:00; rounding would make it June.
    expect(parsePeriodCell({ value: 45808.75, numFmt: "dd/mm/yyyy hh:mm" })).toEqual({ status: "ok", year: 2025, month: 5 });
  });

  it("reads a date serial number when the cell is formatted as a date", () => {
    // 45778 = 2025-05-01 in Excel's 1900 system
    expect(parsePeriodCell({ value: 45778, numFmt: "mm/yyyy" })).toEqual({ status: "ok", year: 2025, month: 5 });
    expect(parsePeriodCell({ value: 45778 }).status).toBe("invalid");
  });

  it("takes a plain number 1-12 as a month without a year", () => {
    expect(parsePeriodCell({ value: 5 })).toEqual({ status: "ok", year: null, month: 5 });
    expect(parsePeriodCell({ value: 5.5 }).status).toBe("invalid");
    expect(parsePeriodCell({ value: null }).status).toBe("blank");
  });

  it("parses the --month argument only when it names a year", () => {
    expect(parsePeriodArgument("2025-05")).toEqual({ year: 2025, month: 5 });
    expect(parsePeriodArgument("5")).toBeNull();
    expect(parsePeriodArgument("2025-13")).toBeNull();
  });
});

describe("report count cells", () => {
  it.each([
    [3, 3],
    [0, 0],
    ["05", 5],
    [" 2 ", 2],
  ])("reads %p as %p", (value, n) => {
    expect(parseCount({ value })).toEqual({ status: "ok", value: n });
  });

  it.each([["hai"], [-1], [1.5], ["1,5"], ["-2"], ["3 người"], [true]])("rejects %p", (value) => {
    expect(parseCount({ value }).status).toBe("invalid");
  });

  it("treats empty cells and a lone dash as blank", () => {
    expect(parseCount({ value: null }).status).toBe("blank");
    expect(parseCount({ value: "  " }).status).toBe("blank");
    expect(parseCount({ value: "-" }).status).toBe("blank");
  });
});
