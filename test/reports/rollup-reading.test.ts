/**
 * A progress workbook of the level below read as one organisation's report: by its
 * defined names only, its TỔNG CỘNG row and "Theo tháng" spread back over months 1…M.
 */
import type { CellRange, CellValue, Grid } from "../../src/core/grid";
import { gridFromValues } from "../../src/core/grid";
import { readRollup } from "../../src/core/reports/consolidate/read-rollup";
import type { SubmissionSource } from "../../src/core/reports/result";
import { ROLLUP_NAMES } from "../../src/core/reports/rollup-names";

const one = (top: number, left: number): CellRange => ({ top, left, bottom: top, right: left });

interface Totals {
  inPeriod?: CellValue;
  toDate?: CellValue;
  students?: CellValue;
  women?: CellValue;
  ethnicMinority?: CellValue;
  religious?: CellValue;
  youthUnion?: CellValue;
}

/** "Tiến độ": org in A1, period in C2, TỔNG CỘNG on sheet row 8 (zero-based 7). */
function progressGrid(org: CellValue, period: CellValue, t: Totals, names: Partial<Record<string, CellRange>> = {}): Grid {
  const totalsRow: CellValue[] = [
    null,
    "TỔNG CỘNG",
    88,
    null,
    t.inPeriod ?? 0,
    t.toDate ?? 0,
    t.students ?? 0,
    t.women ?? 0,
    t.ethnicMinority ?? 0,
    t.religious ?? 0,
    t.youthUnion ?? 0,
  ];
  const rows: CellValue[][] = [[org], [null, null, period], [], [], [], [], [], totalsRow];
  const definedNames: Record<string, CellRange> = {
    [ROLLUP_NAMES.reportingOrg]: one(0, 0),
    [ROLLUP_NAMES.period]: one(1, 2),
    [ROLLUP_NAMES.totals]: { top: 7, left: 0, bottom: 7, right: 10 },
  };
  for (const [k, v] of Object.entries(names)) {
    if (v === undefined) delete definedNames[k];
    else definedNames[k] = v;
  }
  return { ...gridFromValues("Tiến độ", rows), definedNames };
}

/** "Theo tháng": the Cộng row at B4 (zero-based row 3, col 1): T1…T12, Cộng, NTVĐ, pending. */
function monthlyGrid(months: readonly CellValue[], awareness: CellValue, pending: CellValue): Grid {
  const twelve = Array.from({ length: 12 }, (_, i) => months[i] ?? 0);
  const row = [null, ...twelve, null, awareness, pending];
  return { ...gridFromValues("Theo tháng", [[], [], [], row]), definedNames: { [ROLLUP_NAMES.monthlyTotals]: { top: 3, left: 1, bottom: 3, right: 15 } } };
}

const admittedPerRow = (r: ReturnType<typeof readRollup>) => r?.rows.map((x) => x.figures.admitted);
const keyPerRow = (r: ReturnType<typeof readRollup>, key: "students" | "women" | "ethnicMinority" | "religious" | "youthUnion") => r?.rows.map((x) => x.figures[key]);

describe("recognising a progress workbook by its defined names", () => {
  it("is not a roll-up when any of the organisation, period or totals names is missing", () => {
    for (const missing of [ROLLUP_NAMES.reportingOrg, ROLLUP_NAMES.period, ROLLUP_NAMES.totals]) {
      const g = progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "2025-03", { inPeriod: 1, toDate: 1 }, { [missing]: undefined });
      expect(readRollup({ file: "x.xlsx", grids: [g] })).toBeNull();
    }
  });

  it("is not a roll-up when no sheet carries defined names at all", () => {
    expect(readRollup({ grids: [gridFromValues("Tiến độ", [["ĐẢNG ỦY XÃ KA ĐÔ"]])] })).toBeNull();
    expect(readRollup({ grids: [] })).toBeNull();
  });

  it("finds each name on whichever sheet carries it, not only the first", () => {
    const first = gridFromValues("Ghi chú", [["x"]]);
    const r = readRollup({ file: "ka-do.xlsx", grids: [first, progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "2025-01", { inPeriod: 2, toDate: 2 })] });
    expect(r).not.toBeNull();
    expect(r?.organization).toBe("ĐẢNG ỦY XÃ KA ĐÔ");
    expect(r?.rows[0]?.location).toEqual({ file: "ka-do.xlsx", sheet: "Tiến độ", cell: "A8" });
  });

  it("is not a roll-up when the organisation is blank or only spaces", () => {
    expect(readRollup({ grids: [progressGrid("   ", "2025-03", { inPeriod: 1, toDate: 1 })] })).toBeNull();
    expect(readRollup({ grids: [progressGrid(null, "2025-03", { inPeriod: 1, toDate: 1 })] })).toBeNull();
  });

  it("is not a roll-up when the period is unreadable or has no year", () => {
    expect(readRollup({ grids: [progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "tháng sau", { inPeriod: 1, toDate: 1 })] })).toBeNull();
    expect(readRollup({ grids: [progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "3", { inPeriod: 1, toDate: 1 })] })).toBeNull();
    expect(readRollup({ grids: [progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", null, { inPeriod: 1, toDate: 1 })] })).toBeNull();
  });

  it("trims the organisation and reads the period YYYY-MM", () => {
    const r = readRollup({ grids: [progressGrid("  ĐẢNG ỦY XÃ KA ĐÔ  ", " 2025-04 ", { inPeriod: 1, toDate: 1 })] });
    expect(r).toMatchObject({ organization: "ĐẢNG ỦY XÃ KA ĐÔ", year: 2025, month: 4 });
    expect(r?.rows).toHaveLength(4);
  });
});

describe("the rows a roll-up becomes", () => {
  it("is one row per month 1…M, the running total and invalid figures on month M only", () => {
    const source: SubmissionSource = { file: "ka-do.xlsx", grids: [progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "2025-03", { inPeriod: 3, toDate: 6, women: "nhiều" }), monthlyGrid([1, 2, 3], 7, 4)] };
    const r = readRollup(source)!;
    expect(r.rows.map((x) => x.period)).toEqual([
      { year: 2025, month: 1 },
      { year: 2025, month: 2 },
      { year: 2025, month: 3 },
    ]);
    expect(r.rows.map((x) => x.periodText)).toEqual(["1/2025", "2/2025", "3/2025"]);
    expect(r.rows.map((x) => x.cumulative)).toEqual([null, null, 6]);
    expect(r.rows.map((x) => x.invalid)).toEqual([[], [], [{ key: "women", displayed: "nhiều", cell: "H8" }]]);
    for (const row of r.rows) {
      expect(row.name).toBe("ĐẢNG ỦY XÃ KA ĐÔ");
      expect(row.note).toBe("");
      expect(row.location).toEqual({ file: "ka-do.xlsx", sheet: "Tiến độ", cell: "A8" });
      expect(row.cells).toEqual({ name: "A1", cumulative: "F8" });
    }
  });

  it("leaves the file out of the location of a sheet of the open workbook", () => {
    const r = readRollup({ grids: [progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "2025-01", { inPeriod: 1, toDate: 1 })] })!;
    expect(r.rows[0]?.location).toEqual({ sheet: "Tiến độ", cell: "A8" });
  });

  it("takes admitted per month from Theo tháng when it adds up to TỔNG CỘNG, with the class and pending counts in month M", () => {
    const r = readRollup({ grids: [progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "2025-03", { inPeriod: 3, toDate: 6 }), monthlyGrid([1, 2, 3, 9], 7, 4)] });
    expect(admittedPerRow(r)).toEqual([1, 2, 3]);
    expect(r?.rows.map((x) => [x.figures.awarenessClass, x.figures.pendingApplications])).toEqual([
      [0, 0],
      [0, 0],
      [7, 4],
    ]);
  });

  it("reads a month of Theo tháng typed as text ('02') as a count and an unreadable one as 0", () => {
    const ok = readRollup({ grids: [progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "2025-03", { inPeriod: 3, toDate: 5 }), monthlyGrid(["02", "x", 3], "y", null)] });
    expect(admittedPerRow(ok)).toEqual([2, 0, 3]);
    expect(ok?.rows[2]?.figures).toMatchObject({ awarenessClass: 0, pendingApplications: 0 });
  });

  it("puts the months before M together in month M − 1 when Theo tháng does not add up to the total to date", () => {
    const r = readRollup({ grids: [progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "2025-04", { inPeriod: 3, toDate: 7 }), monthlyGrid([1, 2, 3, 0], 5, 2)] });
    expect(admittedPerRow(r)).toEqual([0, 0, 4, 3]);
    // The class and pending counts still come from Theo tháng.
    expect(r?.rows[3]?.figures).toMatchObject({ awarenessClass: 5, pendingApplications: 2 });
  });

  it("falls back when Theo tháng adds up but month M disagrees with the month's total", () => {
    const r = readRollup({ grids: [progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "2025-03", { inPeriod: 3, toDate: 6 }), monthlyGrid([1, 3, 2], 0, 0)] });
    expect(admittedPerRow(r)).toEqual([0, 3, 3]);
  });

  it("falls back without Theo tháng, leaving the class and pending counts at 0", () => {
    const r = readRollup({ grids: [progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "2025-03", { inPeriod: 2, toDate: 5 })] });
    expect(admittedPerRow(r)).toEqual([0, 3, 2]);
    expect(r?.rows[2]?.figures).toMatchObject({ awarenessClass: 0, pendingApplications: 0 });
  });

  it("never puts a negative count in month M − 1 when the month's total exceeds the total to date", () => {
    const r = readRollup({ grids: [progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "2025-03", { inPeriod: 5, toDate: 2 })] });
    expect(admittedPerRow(r)).toEqual([0, 0, 5]);
  });

  it("is a single row for January, carrying the month's total", () => {
    const r = readRollup({ grids: [progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "2025-01", { inPeriod: 4, toDate: 6 })] });
    expect(admittedPerRow(r)).toEqual([4]);
    expect(r?.rows[0]?.cumulative).toBe(6);
  });
});

describe("each breakdown to date spread over the months", () => {
  it("fills from month M backwards, never above each month's admitted count, down to January", () => {
    const totals = { inPeriod: 3, toDate: 6, students: 6, women: 4, ethnicMinority: 1, religious: 0, youthUnion: 5 };
    const r = readRollup({ grids: [progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "2025-03", totals), monthlyGrid([1, 2, 3], 0, 0)] });
    expect(keyPerRow(r, "students")).toEqual([1, 2, 3]);
    expect(keyPerRow(r, "women")).toEqual([0, 1, 3]);
    expect(keyPerRow(r, "ethnicMinority")).toEqual([0, 0, 1]);
    expect(keyPerRow(r, "religious")).toEqual([0, 0, 0]);
    expect(keyPerRow(r, "youthUnion")).toEqual([0, 2, 3]);
  });

  it("skips a month with none admitted", () => {
    const r = readRollup({ grids: [progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "2025-03", { inPeriod: 2, toDate: 3, women: 3 }), monthlyGrid([1, 0, 2], 0, 0)] });
    expect(keyPerRow(r, "women")).toEqual([1, 0, 2]);
  });

  it("puts what cannot be placed in month M, where the row rules flag it", () => {
    const r = readRollup({ grids: [progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "2025-03", { inPeriod: 3, toDate: 6, students: 10 }), monthlyGrid([1, 2, 3], 0, 0)] });
    expect(keyPerRow(r, "students")).toEqual([1, 2, 7]);
  });

  it("reads an invalid count as 0 and lists it with its key and cell", () => {
    const r = readRollup({ grids: [progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "2025-02", { inPeriod: -1, toDate: "sáu", students: 1.5, youthUnion: "02" })] })!;
    expect(admittedPerRow(r)).toEqual([0, 0]);
    expect(r.rows[1]?.cumulative).toBe(0);
    expect(r.rows[1]?.invalid).toEqual([
      { key: "admitted", displayed: "-1", cell: "E8" },
      { key: "admitted", displayed: "sáu", cell: "F8" },
      { key: "students", displayed: "1.5", cell: "G8" },
    ]);
    // "02" is a count; nothing admitted leaves it for month M.
    expect(keyPerRow(r, "youthUnion")).toEqual([0, 2]);
  });

  it("reads each breakdown from its own column of TỔNG CỘNG", () => {
    const totals = { inPeriod: 5, toDate: 5, students: 1, women: 2, ethnicMinority: 3, religious: 4, youthUnion: 5 };
    const r = readRollup({ grids: [progressGrid("ĐẢNG ỦY XÃ KA ĐÔ", "2025-01", totals)] });
    expect(r?.rows[0]?.figures).toEqual({ admitted: 5, students: 1, women: 2, ethnicMinority: 3, religious: 4, youthUnion: 5, awarenessClass: 0, pendingApplications: 0 });
  });
});
