/**
 * The register's calendar dates, form by form: what a date cell may hold and
 * what is refused, the leap-year rules, ages on birthdays and the end of the
 * twelve-month probation.
 */
import { formatDate, isoDate, parseDateCell, parseIsoDate, probationEnd } from "../../src/core";
import type { Cell } from "../../src/core";
import { ageOn, dayNumber, excelSerial } from "../../src/core/register/dates";

const text = (value: string): Cell => ({ value });
const ok = (year: number, month: number, day: number) => ({ status: "ok", date: { year, month, day } });
const invalid = (displayed: string) => ({ status: "invalid", displayed });

describe("dates typed as text, day first", () => {
  it.each([
    ["05/06/2025", ok(2025, 6, 5)],
    ["5-6-2025", ok(2025, 6, 5)],
    ["05.06.2025", ok(2025, 6, 5)],
    ["5 / 6 / 2025", ok(2025, 6, 5)],
    ["  05/06/2025  ", ok(2025, 6, 5)],
    ["05/06/2025 10:30", ok(2025, 6, 5)],
    ["05/06/2025 10:30:15", ok(2025, 6, 5)],
    ["2025-06-05", ok(2025, 6, 5)],
    ["2025-6-5T08:00:00Z", ok(2025, 6, 5)],
    ["ngày 5 tháng 6 năm 2025", ok(2025, 6, 5)],
    ["05 tháng 06 năm 2025", ok(2025, 6, 5)],
    ["01/01/1900", ok(1900, 1, 1)],
    ["31/12/2200", ok(2200, 12, 31)],
    ["29/02/2000", ok(2000, 2, 29)],
    ["29/02/2024", ok(2024, 2, 29)],
    ["31/12/2025", ok(2025, 12, 31)],
  ])("reads %j as a date", (typed, expected) => {
    expect(parseDateCell(text(typed))).toStrictEqual(expected);
  });

  it.each([
    ["31/12/1899"],
    ["01/01/2201"],
    ["01/00/2025"],
    ["01/13/2025"],
    ["00/01/2025"],
    ["31/04/2025"],
    ["29/02/2025"],
    ["29/02/1900"],
    ["29/02/2100"],
    ["06/05/2025x"],
    ["2025-13-01"],
    ["ngày 31 tháng 2 năm 2024"],
    ["hôm qua"],
  ])("refuses %j, showing it as typed", (typed) => {
    expect(parseDateCell(text(typed))).toStrictEqual(invalid(typed));
  });

  it("shows refused text trimmed", () => {
    expect(parseDateCell(text("  hôm qua \t"))).toStrictEqual(invalid("hôm qua"));
  });

  it("treats blank text and an empty cell as blank", () => {
    expect(parseDateCell(text("   "))).toStrictEqual({ status: "blank" });
    expect(parseDateCell(text(""))).toStrictEqual({ status: "blank" });
    expect(parseDateCell({ value: null })).toStrictEqual({ status: "blank" });
  });
});

describe("dates given as numbers and Date objects", () => {
  it("reads an Excel serial as its day", () => {
    expect(parseDateCell({ value: 45813 })).toStrictEqual(ok(2025, 6, 5));
    expect(parseDateCell({ value: 45813.75 })).toStrictEqual(ok(2025, 6, 5));
    expect(parseDateCell({ value: 2 })).toStrictEqual(ok(1900, 1, 1));
  });

  it("refuses a bare year between 1900 and 2200 unless the cell is date-formatted", () => {
    expect(parseDateCell({ value: 1990 })).toStrictEqual(invalid("1990"));
    expect(parseDateCell({ value: 1990, numFmt: "General" })).toStrictEqual(invalid("1990"));
    expect(parseDateCell({ value: 1900 })).toStrictEqual(invalid("1900"));
    expect(parseDateCell({ value: 2200 })).toStrictEqual(invalid("2200"));
    expect(parseDateCell({ value: 1990, text: " 1990 " })).toStrictEqual(invalid("1990"));
    expect(parseDateCell({ value: 1990, numFmt: "dd/mm/yyyy" })).toStrictEqual(ok(1905, 6, 12));
    expect(parseDateCell({ value: 1899 })).toStrictEqual(ok(1905, 3, 13));
    expect(parseDateCell({ value: 2201 })).toStrictEqual(ok(1906, 1, 9));
  });

  it("refuses serials before 1900 and non-finite numbers", () => {
    expect(parseDateCell({ value: 0 })).toStrictEqual(invalid("0"));
    expect(parseDateCell({ value: -5 })).toStrictEqual(invalid("-5"));
    expect(parseDateCell({ value: Number.POSITIVE_INFINITY })).toStrictEqual(invalid("Infinity"));
  });

  it("keeps a Date on the day Excel shows, whatever the time of day", () => {
    // Readers give the sheet's wall clock as UTC: 4 June 17:00 is the 4th, not the 5th.
    expect(parseDateCell({ value: new Date(Date.UTC(2025, 5, 5)) })).toStrictEqual(ok(2025, 6, 5));
    expect(parseDateCell({ value: new Date(Date.UTC(2025, 5, 4, 17)) })).toStrictEqual(ok(2025, 6, 4));
    expect(parseDateCell({ value: new Date(Date.UTC(2025, 5, 5, 11, 59)) })).toStrictEqual(ok(2025, 6, 5));
    expect(parseDateCell({ value: new Date(Date.UTC(2025, 5, 5, 12)) })).toStrictEqual(ok(2025, 6, 5));
    expect(parseDateCell({ value: new Date(Date.UTC(2025, 11, 31, 23, 59, 59, 999)) })).toStrictEqual(ok(2025, 12, 31));
    expect(parseDateCell({ value: new Date(Number.NaN) })).toStrictEqual(invalid(""));
  });

  it("reads a serial with a time as its day: the floor, not the nearest day", () => {
    // 45667.75 = 10/01/2025 18:00.
    expect(parseDateCell({ value: 45667.75, numFmt: "dd/mm/yyyy hh:mm" })).toStrictEqual(ok(2025, 1, 10));
    expect(parseDateCell({ value: 45667.5 })).toStrictEqual(ok(2025, 1, 10));
  });

  it("refuses error values and booleans, showing what the cell shows", () => {
    expect(parseDateCell({ value: { error: "#REF!" } })).toStrictEqual(invalid("#REF!"));
    expect(parseDateCell({ value: true })).toStrictEqual(invalid("true"));
  });
});

describe("formatting and computing with dates", () => {
  it("formats day first for sheets and ISO for JSON", () => {
    expect(formatDate({ year: 2025, month: 6, day: 5 })).toBe("05/06/2025");
    expect(formatDate({ year: 2025, month: 12, day: 31 })).toBe("31/12/2025");
    expect(isoDate({ year: 2025, month: 6, day: 5 })).toBe("2025-06-05");
  });

  it("parses --as-of only as yyyy-mm-dd", () => {
    expect(parseIsoDate(" 2025-06-05 ")).toStrictEqual({ year: 2025, month: 6, day: 5 });
    expect(parseIsoDate("x2025-06-05")).toBeNull();
    expect(parseIsoDate("2025-06-05x")).toBeNull();
    expect(parseIsoDate("2025-6-5")).toBeNull();
    expect(parseIsoDate("2025-02-30")).toBeNull();
  });

  it("counts whole years completed, a year older on the birthday itself", () => {
    const birth = { year: 2007, month: 6, day: 6 };
    expect(ageOn(birth, { year: 2025, month: 6, day: 6 })).toBe(18);
    expect(ageOn(birth, { year: 2025, month: 6, day: 5 })).toBe(17);
    expect(ageOn(birth, { year: 2025, month: 5, day: 30 })).toBe(17);
    expect(ageOn(birth, { year: 2025, month: 7, day: 1 })).toBe(18);
    const leapling = { year: 2004, month: 2, day: 29 };
    expect(ageOn(leapling, { year: 2022, month: 2, day: 28 })).toBe(17);
    expect(ageOn(leapling, { year: 2022, month: 3, day: 1 })).toBe(18);
  });

  it("gives Excel serials and day numbers", () => {
    expect(excelSerial({ year: 2025, month: 6, day: 5 })).toBe(45813);
    expect(excelSerial({ year: 1900, month: 1, day: 1 })).toBe(2);
    expect(dayNumber({ year: 1970, month: 1, day: 2 })).toBe(1);
    expect(dayNumber({ year: 2025, month: 6, day: 5 }) - dayNumber({ year: 2024, month: 6, day: 5 })).toBe(365);
  });

  it("ends probation on the same day a year later, 28 February for 29 February", () => {
    expect(probationEnd({ year: 2024, month: 2, day: 29 })).toStrictEqual({ year: 2025, month: 2, day: 28 });
    expect(probationEnd({ year: 2027, month: 2, day: 29 })).toStrictEqual({ year: 2028, month: 2, day: 29 });
    expect(probationEnd({ year: 2025, month: 6, day: 5 })).toStrictEqual({ year: 2026, month: 6, day: 5 });
    expect(probationEnd({ year: 2025, month: 1, day: 31 })).toStrictEqual({ year: 2026, month: 1, day: 31 });
  });
});
