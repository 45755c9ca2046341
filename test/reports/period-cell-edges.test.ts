/** Period and year cells at the edges of what staff type: ISO dates with impossible days, year boxes as text, dates and numbers. */
import { parsePeriodCell, parsePeriodText, parseYearCell } from "../../src/core/reports/period";

describe("a period written as an ISO date", () => {
  it("reads the month of a day 1 to 31", () => {
    expect(parsePeriodText("2025-05-01")).toEqual({ status: "ok", year: 2025, month: 5 });
    expect(parsePeriodText("2025-05-31")).toEqual({ status: "ok", year: 2025, month: 5 });
    expect(parsePeriodText("2025-05-31T00:00:00")).toEqual({ status: "ok", year: 2025, month: 5 });
  });

  it("refuses day 0 and day 32, quoting what was written", () => {
    expect(parsePeriodText("2025-05-00")).toEqual({ status: "invalid", displayed: "2025-05-00" });
    expect(parsePeriodText(" 2025-05-32 ")).toEqual({ status: "invalid", displayed: "2025-05-32" });
  });

  it("refuses a day-first date with day 0 or 32, and reads days 1 and 31", () => {
    expect(parsePeriodText("00/05/2025")).toEqual({ status: "invalid", displayed: "00/05/2025" });
    expect(parsePeriodText("32/05/2025")).toEqual({ status: "invalid", displayed: "32/05/2025" });
    expect(parsePeriodText("01/05/2025")).toEqual({ status: "ok", year: 2025, month: 5 });
    expect(parsePeriodText("31.05.2025")).toEqual({ status: "ok", year: 2025, month: 5 });
  });
});

describe("a year cell", () => {
  it("reads a whole number from 1900 to 2200", () => {
    expect(parseYearCell({ value: 1900 })).toBe(1900);
    expect(parseYearCell({ value: 2200 })).toBe(2200);
    expect(parseYearCell({ value: 1899 })).toBeNull();
    expect(parseYearCell({ value: 2201 })).toBeNull();
    expect(parseYearCell({ value: 2025.5 })).toBeNull();
    expect(parseYearCell({ value: 25 })).toBeNull();
  });

  it("reads 'Năm 2025' and '2025' typed as text, not a year out of range or other words", () => {
    expect(parseYearCell({ value: "Năm 2025" })).toBe(2025);
    expect(parseYearCell({ value: " 2025 " })).toBe(2025);
    expect(parseYearCell({ value: "năm2026" })).toBe(2026);
    expect(parseYearCell({ value: "Năm 1800" })).toBeNull();
    expect(parseYearCell({ value: "2025 - 2030" })).toBeNull();
    expect(parseYearCell({ value: "hai nghìn" })).toBeNull();
  });

  it("reads a date's year, and nothing from a boolean, an error or a blank", () => {
    expect(parseYearCell({ value: new Date(Date.UTC(2024, 11, 31)) })).toBe(2024);
    expect(parseYearCell({ value: true })).toBeNull();
    expect(parseYearCell({ value: { error: "#REF!" } })).toBeNull();
    expect(parseYearCell({ value: null })).toBeNull();
  });
});

describe("a period cell that is neither text nor a number", () => {
  it("is invalid as an error value or a boolean, quoting what is shown", () => {
    expect(parsePeriodCell({ value: { error: "#N/A" } })).toEqual({ status: "invalid", displayed: "#N/A" });
    expect(parsePeriodCell({ value: false })).toEqual({ status: "invalid", displayed: "false" });
  });
});
