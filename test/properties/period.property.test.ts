import fc from "fast-check";
import { assertProperty } from "./seed";
import { parsePeriodArgument, parsePeriodCell, parsePeriodText, periodKey, periodLabel, type PeriodParse } from "../../src/core/reports/period";
import { anyCell, anyText, RUNS } from "./arbitraries";

function expectSound(p: PeriodParse): void {
  expect(["blank", "ok", "invalid"]).toContain(p.status);
  if (p.status !== "ok") return;
  expect(Number.isInteger(p.month)).toBe(true);
  expect(p.month).toBeGreaterThanOrEqual(1);
  expect(p.month).toBeLessThanOrEqual(12);
  if (p.year !== null) {
    expect(Number.isInteger(p.year)).toBe(true);
    expect(p.year).toBeGreaterThanOrEqual(1900);
    expect(p.year).toBeLessThanOrEqual(2200);
  }
}

const month = fc.integer({ min: 1, max: 12 });
const year = fc.integer({ min: 1900, max: 2200 });
const pad2 = (n: number): string => String(n).padStart(2, "0");

/** Ways staff write "month M of year Y". */
const writtenPeriod = fc
  .record({ month, year, day: fc.integer({ min: 1, max: 28 }), form: fc.integer({ min: 0, max: 8 }), upper: fc.boolean() })
  .map((r) => {
    const forms = [
      `${r.month}/${r.year}`,
      `${pad2(r.month)}/${r.year}`,
      `${r.year}-${pad2(r.month)}`,
      `T${r.month}/${r.year}`,
      `Tháng ${r.month} năm ${r.year}`,
      `tháng ${pad2(r.month)}/${r.year}`,
      `${pad2(r.day)}/${pad2(r.month)}/${r.year}`,
      `${r.year}-${pad2(r.month)}-${pad2(r.day)}`,
      periodLabel(r.year, r.month),
    ];
    const text = forms[r.form]!;
    return { ...r, text: r.upper ? text.toUpperCase() : text };
  });

describe("months and periods under random input", () => {
  it("never throws on any text and an accepted period has a month 1–12 and a plausible year", () => {
    assertProperty(
      fc.property(anyText, (t) => expectSound(parsePeriodText(t))),
      RUNS,
    );
  });

  it("never throws on any cell (dates, serial numbers with date formats, errors) and stays sound", () => {
    assertProperty(
      fc.property(anyCell, (c) => expectSound(parsePeriodCell(c))),
      RUNS,
    );
  });

  it("reads back every written form of a month and year, in any case", () => {
    assertProperty(
      fc.property(writtenPeriod, (w) => {
        expect(parsePeriodText(w.text)).toEqual({ status: "ok", year: w.year, month: w.month });
      }),
      RUNS,
    );
  });

  it("reads a bare month (`5`, `T5`, `Tháng 05`) without inventing a year", () => {
    assertProperty(
      fc.property(month, fc.constantFrom("", "T", "t", "Tháng ", "tháng "), fc.boolean(), (m, prefix, padded) => {
        expect(parsePeriodText(`${prefix}${padded ? pad2(m) : m}`)).toEqual({ status: "ok", year: null, month: m });
      }),
      RUNS,
    );
  });

  it("round-trips the period key the CLI and JSON use", () => {
    assertProperty(
      fc.property(year, month, (y, m) => {
        expect(parsePeriodArgument(periodKey(y, m))).toEqual({ year: y, month: m });
      }),
      RUNS,
    );
  });

  it("rejects month numbers outside 1–12 instead of wrapping them", () => {
    assertProperty(
      fc.property(fc.integer({ min: 13, max: 99 }), year, (m, y) => {
        expect(parsePeriodText(`${m}/${y}`).status).toBe("invalid");
        expect(parsePeriodCell({ value: m }).status).toBe("invalid");
      }),
      RUNS,
    );
  });

  it("puts a date cell in the month Excel shows, whatever its time of day", () => {
    assertProperty(
      // Readers give the sheet's wall clock as UTC: the last minute of the month's last day is still that month.
      fc.property(year, month, fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 86_399_999 }), (y, m, d, ms) => {
        const expected = { status: "ok", year: y, month: m };
        expect(parsePeriodCell({ value: new Date(Date.UTC(y, m - 1, d) + ms) })).toEqual(expected);
        expect(parsePeriodCell({ value: new Date(Date.UTC(y, m, 1) - 1) })).toEqual(expected);
      }),
      RUNS,
    );
  });
});
