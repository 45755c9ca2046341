/**
 * Biểu 2 in a consolidation: section III counts the allocation's organisations by
 * level from the monthly reports of the register period, and the register is
 * cross-checked against those reports only when both are of the same year.
 */
import type { AllocationCheckResult } from "../../src/core/allocation/types";
import { gridFromValues, type CellValue, type Grid } from "../../src/core/grid";
import { consolidate } from "../../src/core/reports/consolidate";
import { quarterPeriod } from "../../src/core/register/period";
import type { ConsolidateOptions, ConsolidationResult, SubmissionSource } from "../../src/core/reports/result";
import { templateSheetSpec } from "../../src/core/reports/template-spec";
import { seedAllocation, specToGrid, withValues } from "./helpers";

/** Two đảng bộ, a chi bộ, a name that says neither (police: a chi bộ), a commune named "Xã …" (a đảng bộ), a blank row. */
function mixedAllocation(): AllocationCheckResult {
  const a = seedAllocation();
  const o = a.organizations;
  const organizations = [o[0]!, o[1]!, o[10]!, { ...o[2]!, name: "Công an xã Ka Đô", kind: "police" as const }, { ...o[3]!, name: "Xã Lạc Xuân", kind: "commune" as const }, { ...o[4]!, name: "  " }];
  return { ...a, organizations };
}

function template(alloc: AllocationCheckResult, index: number, values: ReadonlyArray<readonly [number, number, CellValue]>): Grid {
  return withValues(
    specToGrid(templateSheetSpec(alloc.organizations[index]!, 2025)),
    values.map(([month, col, v]) => [12 + month, col, v] as const),
  );
}

/** A register sheet of the columns staff most often keep: STT, organisation, name, birth and admission. */
function register(rows: ReadonlyArray<readonly [string, string, string, string]>): Grid {
  return gridFromValues("DS", [["STT", "Tổ chức cơ sở đảng", "Họ và tên", "Ngày sinh", "Ngày kết nạp"], ...rows.map((r, i) => [i + 1, ...r])]);
}

function sources(alloc: AllocationCheckResult): SubmissionSource[] {
  const log = gridFromValues("Nhật ký", [
    ["TCCSĐ", "Tháng", "Kết nạp"],
    ["Đảng bộ thị trấn Thạnh Mỹ", "3/2025", 0],
    ["", "2/2025", 1],
  ]);
  return [
    // Công an huyện admitted only in April, outside the first quarter.
    { file: "ca.xlsx", grids: [template(alloc, 0, [[4, 1, 2]])] },
    // The log's March comes before the template's January: the last month of the period, not the last read, decides "no sources left".
    { file: "log.xlsx", grids: [log] },
    { file: "tm.xlsx", grids: [template(alloc, 1, [[1, 1, 1], [1, 10, "Có"]])] },
    { file: "dd.xlsx", grids: [template(alloc, 2, [[2, 1, 2], [2, 10, "Có"]])] },
    {
      file: "reg.xlsx",
      grids: [
        register([
          ["Chi bộ Trường THPT Đơn Dương", "Nguyễn Văn A", "01/01/2000", "05/02/2025"],
          ["", "Trần Văn B", "01/01/2000", "05/02/2025"],
        ]),
      ],
    },
  ];
}

/** The mixed allocation's sources consolidated through May 2025, with Biểu 2's options as given. */
function consolidateMixed(options: Pick<ConsolidateOptions, "registerPeriod" | "previousSources"> = {}): ConsolidationResult {
  const alloc = mixedAllocation();
  return consolidate(sources(alloc), { allocation: alloc, year: 2025, month: 5, ...options });
}

const sectionThree = (r: ConsolidationResult) => r.register.bieu2.rows.filter((x) => x.id.startsWith("III")).map((x) => [x.id, x.current]);

describe("section III of Biểu 2 in a consolidation", () => {
  it("counts đảng bộ and chi bộ cơ sở, those that admitted in the period and those with no sources left in its last reported month", () => {
    const r = consolidateMixed({ registerPeriod: quarterPeriod(2025, 1) });
    expect(sectionThree(r)).toEqual([
      ["III", 5],
      ["III.1", 3],
      ["III.1.admitted", 1],
      ["III.1.noSources", 0],
      ["III.2", 2],
      ["III.2.admitted", 1],
      ["III.2.noSources", 1],
    ]);
    expect(r.register.rowsRead).toBe(2);
  });

  it("cross-checks the register against the month's report, at the report's month cell, and never for a nameless row", () => {
    const r = consolidateMixed({ registerPeriod: quarterPeriod(2025, 1) });
    expect(r.register.findings.map((f) => [f.code, f.file, f.cell])).toEqual([
      ["MEMBER_ORGANIZATION_MISSING", "reg.xlsx", "B3"],
      ["REGISTER_COUNT_MISMATCH", "dd.xlsx", "A15"],
    ]);
    expect(r.register.findings[1]?.args).toEqual({
      organization: "Chi bộ Trường THPT Đơn Dương",
      month: "T2/2025",
      figure: "kết nạp trong tháng",
      figureEn: "admitted in the month",
      register: 1,
      reported: 2,
    });
  });

  it("leaves section III blank and cross-checks nothing when the register period is of another year", () => {
    const r = consolidateMixed({ registerPeriod: quarterPeriod(2024, 1) });
    expect(sectionThree(r).every(([, current]) => current === null)).toBe(true);
    expect(r.register.findings.map((f) => f.code)).not.toContain("REGISTER_COUNT_MISMATCH");
  });

  it("fills column (3) from last year's registers only when they are given", () => {
    const lastYear = register([
      ["Chi bộ Trường THPT Đơn Dương", "Lê Văn C", "01/01/1999", "05/02/2024"],
      ["Chi bộ Trường THPT Đơn Dương", "Lê Văn D", "01/01/1999", "06/03/2024"],
    ]);
    // Row I counts every person admitted in the period, the one whose organisation is missing too.
    const total = (r: ConsolidationResult) => r.register.bieu2.rows.find((x) => x.id === "I");
    const registerPeriod = quarterPeriod(2025, 1);
    expect(total(consolidateMixed({ registerPeriod }))).toMatchObject({ current: 2, previous: null, percent: null });
    const withPrevious = consolidateMixed({ registerPeriod, previousSources: [{ file: "2024.xlsx", grids: [lastYear] }] });
    expect(total(withPrevious)).toMatchObject({ current: 2, previous: 2, percent: 100 });
  });

  it("takes the register period through the consolidation's month by default", () => {
    const r = consolidateMixed();
    expect(r.register.bieu2.period.months).toEqual([1, 2, 3, 4, 5]);
    // April now counts: Công an huyện admitted in the period.
    expect(sectionThree(r)).toContainEqual(["III.1.admitted", 2]);
  });
});
