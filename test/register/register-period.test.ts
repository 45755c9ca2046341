/** Biểu 2's period: each kind with its label and key, and the CLI's `--period` forms accepted and refused. */
import { halfYearPeriod, monthPeriod, parseRegisterPeriod, periodThrough, quarterPeriod } from "../../src/core";

const months = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("periods of Biểu 2", () => {
  it("runs from January to the month consolidated, clamped to 1..12", () => {
    expect(periodThrough(2026, 1)).toStrictEqual({ year: 2026, months: [1], label: "THÁNG 1 NĂM 2026", key: "2026-01" });
    expect(periodThrough(2026, 0)).toStrictEqual({ year: 2026, months: [1], label: "THÁNG 1 NĂM 2026", key: "2026-01" });
    expect(periodThrough(2026, 5.7)).toStrictEqual({ year: 2026, months: months(1, 5), label: "5 THÁNG ĐẦU NĂM 2026", key: "2026-01..05" });
    expect(periodThrough(2026, 11)).toStrictEqual({ year: 2026, months: months(1, 11), label: "11 THÁNG ĐẦU NĂM 2026", key: "2026-01..11" });
    expect(periodThrough(2026, 13)).toStrictEqual({ year: 2026, months: months(1, 12), label: "NĂM 2026", key: "2026" });
  });

  it("names quarters in Roman numerals, half-years and single months", () => {
    expect(quarterPeriod(2026, 2)).toStrictEqual({ year: 2026, months: [4, 5, 6], label: "QUÝ II NĂM 2026", key: "2026-Q2" });
    expect(quarterPeriod(2026, 4)).toStrictEqual({ year: 2026, months: [10, 11, 12], label: "QUÝ IV NĂM 2026", key: "2026-Q4" });
    expect(halfYearPeriod(2026, 1)).toStrictEqual({ year: 2026, months: months(1, 6), label: "6 THÁNG ĐẦU NĂM 2026", key: "2026-H1" });
    expect(halfYearPeriod(2026, 2)).toStrictEqual({ year: 2026, months: months(7, 12), label: "6 THÁNG CUỐI NĂM 2026", key: "2026-H2" });
    expect(monthPeriod(2026, 5)).toStrictEqual({ year: 2026, months: [5], label: "THÁNG 5 NĂM 2026", key: "2026-05" });
    expect(monthPeriod(2026, 11)).toStrictEqual({ year: 2026, months: [11], label: "THÁNG 11 NĂM 2026", key: "2026-11" });
  });
});

describe("the CLI's --period", () => {
  it.each([
    ["2026", "2026"],
    ["1900", "1900"],
    ["2200", "2200"],
    ["2026-Q2", "2026-Q2"],
    ["2026q3", "2026-Q3"],
    ["Q2/2026", "2026-Q2"],
    ["q1-2026", "2026-Q1"],
    ["Quý 4/2026", "2026-Q4"],
    ["2026-H1", "2026-H1"],
    ["H2/2026", "2026-H2"],
    ["2026 - 05", "2026-05"],
    ["2026-1", "2026-01"],
    ["2026-12", "2026-12"],
  ])("reads %j as the period %j", (text, key) => {
    expect(parseRegisterPeriod(text)?.key).toBe(key);
  });

  it.each([
    ["1899"],
    ["2201"],
    ["1899-Q1"],
    ["2201-H1"],
    ["H1/1899"],
    ["1899-05"],
    ["2201-05"],
    ["2026-H3"],
    ["2026-Q5"],
    ["x2026-Q2"],
    ["2026-Q2x"],
    ["xQ2/2026"],
    ["Q2/2026x"],
    ["x2026-05"],
    ["2026-05x"],
    ["2026-0"],
    ["2026-13"],
    ["2026-quý 2"],
    ["năm 2026"],
  ])("refuses %j", (text) => {
    expect(parseRegisterPeriod(text)).toBeNull();
  });

  it("gives the whole period, not just its key", () => {
    expect(parseRegisterPeriod("Q2/2026")).toStrictEqual({ year: 2026, months: [4, 5, 6], label: "QUÝ II NĂM 2026", key: "2026-Q2" });
    expect(parseRegisterPeriod("2026")).toStrictEqual({ year: 2026, months: months(1, 12), label: "NĂM 2026", key: "2026" });
  });
});
