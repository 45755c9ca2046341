import fc from "fast-check";
import { gridFromValues, type CellValue } from "../../src/core/grid";
import { consolidate } from "../../src/core/reports/consolidate";
import { isReportSheet } from "../../src/core/reports/detect-sources";
import { seedAllocation } from "./helpers";
import { assertProperty } from "../properties/seed";

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 20 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.date({ min: new Date(1900, 0, 1), max: new Date(2200, 0, 1) }),
  fc.constant({ error: "#REF!" }),
  fc.constantFrom("TCCSĐ", "Tháng", "Kết nạp", "HS", "Lũy kế", "5/2025", "T13", "Đảng bộ xã Ka Đô", "=SUM(A1)", "", "hai", "Cộng", "T1", "Tháng 5"),
  fc.string(),
);

describe("hostile report sheets", () => {
  it("never throws, whatever the cells, and counts only whole numbers", () => {
    assertProperty(
      fc.property(fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 20 }), (rows) => {
        const grid = gridFromValues("X", [["TCCSĐ", "Tháng", "Kết nạp", "HS", "Lũy kế"], ...rows]);
        isReportSheet(grid);
        const r = consolidate([{ file: "x.xlsx", grids: [grid] }], { allocation: seedAllocation(), year: 2025, month: 5 });
        for (const o of [...r.organizations, ...r.others]) {
          expect(Number.isInteger(o.admittedToDate) && o.admittedToDate >= 0).toBe(true);
          expect(o.studentsToDate).toBeLessThanOrEqual(o.admittedToDate);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reads breakdowns under a two-line header with a merged 'Trong đó'", () => {
    const grid = gridFromValues("Log", [
      ["STT", "Tổ chức cơ sở đảng", "Tháng", "Số kết nạp", "Trong đó", null, null],
      [null, null, null, null, "Học sinh", "Nữ", "Đoàn viên"],
      [1, "Chi bộ Trường THPT Pró", "5/2025", 2, 1, 1, 2],
    ]);
    const r = consolidate([{ file: "x.xlsx", grids: [grid] }], { allocation: seedAllocation(), year: 2025, month: 5 });
    expect(r.organizations.find((o) => o.name === "Chi bộ Trường THPT Pró")).toMatchObject({ admittedToDate: 2, studentsToDate: 1, women: 1, youthUnion: 2 });
  });

  it("reads an empty file list and empty sheets as nothing reported", () => {
    const r = consolidate([], { allocation: seedAllocation(), year: 2025, month: 5 });
    expect(r.totals.admittedToDate).toBe(0);
    expect(r.missing).toHaveLength(15);
    const e = consolidate([{ file: "e.xlsx", grids: [gridFromValues("E", [])] }], { allocation: seedAllocation(), year: 2025, month: 5 });
    expect(e.findings[0]!.code).toBe("SUBMISSION_UNRECOGNISED");
  });
});
